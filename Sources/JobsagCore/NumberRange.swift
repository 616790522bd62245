/// The documented range of every number a case holds (schema/case.schema.json gives the
/// same bounds). A case file with a number outside them is a bad file, so no arithmetic
/// or conversion on a stored number can overflow.
public struct NumberRange: Hashable, Sendable {
    public var lower: Double
    public var upper: Double
    /// Whether only whole numbers are allowed.
    public var wholeNumbers: Bool

    public static let revision = NumberRange(lower: 0, upper: 2_147_483_647, wholeNumbers: true)
    /// Hours in a week: 0 to 168.
    public static let hoursPerWeek = NumberRange(lower: 0, upper: 168, wholeNumbers: false)
    /// Hours in a month: 0 to 744 (31 × 24).
    public static let hoursPerMonth = NumberRange(lower: 0, upper: 744, wholeNumbers: false)
    public static let percent = NumberRange(lower: 0, upper: 100, wholeNumbers: true)
    /// An internship's purpose (1-3) and a step of an education injunction (1-3).
    public static let oneToThree = NumberRange(lower: 1, upper: 3, wholeNumbers: true)
    /// A sanction's length in months: 0 to 120 (the rules judge whether it is lawful).
    public static let sanctionMonths = NumberRange(lower: 0, upper: 120, wholeNumbers: true)

    public func contains(_ value: Double) -> Bool {
        value >= lower && value <= upper && (!wholeNumbers || value.rounded() == value)
    }

    public func contains(_ value: Int) -> Bool {
        contains(Double(value))
    }

    /// "et helt tal fra 0 til 100", "a number from 0 to 168".
    public var phrase: LocalizedText {
        let from = Self.format(lower), to = Self.format(upper)
        return wholeNumbers
            ? LocalizedText(da: "et helt tal fra \(from) til \(to)", en: "a whole number from \(from) to \(to)")
            : LocalizedText(da: "et tal fra \(from) til \(to)", en: "a number from \(from) to \(to)")
    }

    private static func format(_ bound: Double) -> String {
        bound.rounded() == bound && abs(bound) < 1e15 ? String(Int64(bound)) : String(bound)
    }
}

/// A number of a case outside its range: where it is (a coding path) and what is allowed.
public struct NumberOutOfRange: Sendable {
    public var path: [CasePathKey]
    public var range: NumberRange
}

/// A step of a path into a case document: a field name or a list index.
public struct CasePathKey: CodingKey, Sendable {
    public var stringValue: String
    public var intValue: Int?

    public init(stringValue: String) {
        self.stringValue = stringValue
        intValue = nil
    }

    public init(intValue: Int) {
        stringValue = String(intValue)
        self.intValue = intValue
    }
}

extension Case {
    /// The first number of the case outside its documented range, or nil when all are in range.
    public func numberOutOfRange() -> NumberOutOfRange? {
        var found: NumberOutOfRange?
        // The path is made only for a number out of range: a case has dozens in range.
        func check(_ value: Double?, _ range: NumberRange, _ path: @autoclosure () -> [CasePathKey]) {
            guard found == nil, let value, !range.contains(value) else { return }
            found = NumberOutOfRange(path: path(), range: range)
        }
        func key(_ name: String) -> CasePathKey { CasePathKey(stringValue: name) }
        func index(_ position: Int) -> CasePathKey { CasePathKey(intValue: position) }

        check(Double(revision), .revision, [key("revision")])
        for (position, offer) in offers.enumerated() {
            check(offer.hoursPerWeek, .hoursPerWeek, [key("offers"), index(position), key("hoursPerWeek")])
            check(offer.internshipPurpose.map(Double.init), .oneToThree, [key("offers"), index(position), key("internshipPurpose")])
        }
        for (position, month) in ordinaryHours.enumerated() {
            check(month.hours, .hoursPerMonth, [key("ordinaryHours"), index(position), key("hours")])
        }
        for (position, injunction) in injunctions.enumerated() {
            for (step, entry) in injunction.steps.enumerated() {
                check(Double(entry.number), .oneToThree, [key("injunctions"), index(position), key("steps"), index(step), key("number")])
            }
        }
        for (position, sanction) in sanctions.enumerated() {
            check(sanction.lengthMonths.map(Double.init), .sanctionMonths, [key("sanctions"), index(position), key("lengthMonths")])
        }
        for (position, job) in flexJobs.enumerated() {
            func path(_ rest: CasePathKey...) -> [CasePathKey] { [key("flexJobs"), index(position)] + rest }
            check(job.hoursPerWeek, .hoursPerWeek, path(key("hoursPerWeek")))
            check(job.effectiveHoursPerWeek, .hoursPerWeek, path(key("effectiveHoursPerWeek")))
            if let assessment = job.assessment {
                check(assessment.hoursPerWeek, .hoursPerWeek, path(key("assessment"), key("hoursPerWeek")))
                check(Double(assessment.intensityPercent), .percent, path(key("assessment"), key("intensityPercent")))
            }
        }
        return found
    }
}
