import JobsagCore

/// What a form needs besides its fields: today, the user, the strings, new ids, and the
/// cases and caseworkers the app holds.
public struct FormContext: Sendable {
    public let strings: Strings
    public let today: CalendarDate
    public let user: Initials
    public var ids: EntryIDSource
    /// The cases the app holds: for checks across cases (a CPR number already used) and,
    /// while a field is left, for checks against the case the form writes to.
    public let cases: [CaseID: Case]
    /// The rows of the scope shown, the cases not held too: a CPR number used by any of them.
    public let rows: [CaseRow]
    /// The caseworkers a case can be given to.
    public let caseworkers: [Caseworker]
    /// The spot-check round being reviewed: the round a follow-up action belongs to.
    public let reviewRoundID: String?

    public init(strings: Strings, today: CalendarDate, user: Initials, ids: EntryIDSource,
                cases: [CaseID: Case] = [:], rows: [CaseRow] = [], caseworkers: [Caseworker] = [], reviewRoundID: String? = nil) {
        self.strings = strings
        self.today = today
        self.user = user
        self.ids = ids
        self.cases = cases
        self.rows = rows
        self.caseworkers = caseworkers
        self.reviewRoundID = reviewRoundID
    }

    /// The case a form writes to, when the context holds it.
    public func currentCase(of form: FormState) -> Case? {
        form.caseID.flatMap { cases[$0] }
    }
}

/// The checks and the change of one kind of form. Fields are checked generically first
/// (required, a real date, a number); `check` adds what only this form knows (a
/// conversation not in the future); `apply` turns valid values into the changed case,
/// or returns messages at fields for rules across fields (an end before a start).
/// `warn` gives advice shown at a field like a message that does not stop the save (a
/// generic job title).
public struct FormSpec: Sendable {
    public typealias Check = @Sendable (_ fieldID: String, _ form: FormState, _ context: FormContext) -> String?
    public typealias Apply = @Sendable (_ form: FormState, _ case: Case?, _ context: inout FormContext) -> Result<FormOutcome, FieldErrors>

    public let check: Check
    public let warn: Check
    public let apply: Apply

    public init(check: @escaping Check = { _, _, _ in nil }, warn: @escaping Check = { _, _, _ in nil }, apply: @escaping Apply) {
        self.check = check
        self.warn = warn
        self.apply = apply
    }
}

/// Messages at fields, by field id.
public struct FieldErrors: Error, Sendable {
    public var messages: [String: String]

    public init(_ messages: [String: String]) {
        self.messages = messages
    }
}

extension FormState {
    /// The message for one field, or nil when it is fine: required, date, number, the
    /// form's own check, then its advice (which does not stop a save).
    func validate(_ index: Int, spec: FormSpec, context: FormContext) -> String? {
        guard index < fields.count, isVisible(fields[index]) else { return nil }
        return problem(index, spec: spec, context: context) ?? spec.warn(fields[index].id, self, context)
    }

    /// The message that stops a save, or nil: required, date, number, then the form's own check.
    func problem(_ index: Int, spec: FormSpec, context: FormContext) -> String? {
        guard index < fields.count, isVisible(fields[index]) else { return nil }
        let field = fields[index]
        let strings = context.strings
        switch field.value {
        case .text(let input, _):
            if field.isRequired && input.text.trimmingWhitespace().isEmpty { return strings[.validationRequired] }
        case .date(let input):
            let typed = input.text.trimmingWhitespace()
            if typed.isEmpty {
                if field.isRequired { return strings[.validationRequired] }
            } else if case .failure(let problem) = DateInput.parse(typed, today: context.today) {
                return strings.text(problem.message)
            }
        case .number(let input):
            let typed = input.text.trimmingWhitespace()
            if typed.isEmpty {
                if field.isRequired { return strings[.validationRequired] }
            } else if number(field.id) == nil {
                return strings[.validationNumber]
            }
        case .choice, .checkbox:
            break
        }
        return spec.check(field.id, self, context)
    }

    /// Checks every visible field; returns the messages that stop a save, by field id.
    func validateAll(spec: FormSpec, context: FormContext) -> [String: String] {
        var messages: [String: String] = [:]
        for index in visibleIndices {
            if let message = problem(index, spec: spec, context: context) { messages[fields[index].id] = message }
        }
        return messages
    }

    /// A required date that passed validation.
    func requiredDate(_ id: String, today: CalendarDate) -> CalendarDate {
        (try? date(id, today: today).get()).flatMap { $0 } ?? today
    }

    /// An optional date that passed validation.
    func optionalDate(_ id: String, today: CalendarDate) -> CalendarDate? {
        (try? date(id, today: today).get()).flatMap { $0 }
    }
}
