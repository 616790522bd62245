import JobsagCore

/// A local policy as written (the store's `settings.policy`), read field by field: every
/// field that is right is merged over the defaults (the maps key by key), and every field
/// that is wrong keeps its default and is named in `issues`. Nothing is dropped silently.
public struct PolicyReading: Sendable, Decodable {
    /// One thing wrong in the policy: where (the keys from the policy object down), whether
    /// it is the key itself that is wrong (an unknown key) or its value, and what is wrong.
    public struct Issue: Hashable, Sendable {
        public var keyPath: [String]
        public var isKey: Bool
        public var detail: LocalizedText
    }

    public var policy: RulePolicy
    public var issues: [Issue]

    public init(from decoder: Decoder) throws {
        var policy = RulePolicy.standard
        var issues: [Issue] = []
        let object: KeyedDecodingContainer<PolicyKey>
        do {
            object = try decoder.container(keyedBy: PolicyKey.self)
        } catch {
            self.init(policy: policy, issues: [Self.notAnObject])
            return
        }
        for key in object.allKeys {
            guard let field = Field(rawValue: key.stringValue) else {
                issues.append(Issue(keyPath: [key.stringValue], isKey: true, detail: Self.unknownKey(key.stringValue)))
                continue
            }
            field.read(from: object, key: key, into: &policy, issues: &issues)
        }
        self.init(policy: policy, issues: issues)
    }

    public init(policy: RulePolicy, issues: [Issue]) {
        self.policy = policy
        self.issues = issues
    }

    /// The policy is not an object at all: the defaults apply.
    public static let notAnObject = Issue(keyPath: [], isKey: false, detail: LocalizedText(
        da: "politikken skal være et objekt ({\"leadTimeDays\": 10, …}); standardpolitikken gælder",
        en: "the policy must be an object ({\"leadTimeDays\": 10, …}); the default policy applies"))

    private static func unknownKey(_ key: String) -> LocalizedText {
        let known = Field.allCases.map(\.rawValue).joined(separator: ", ")
        return LocalizedText(
            da: "»\(key)« er ikke en nøgle i politikken og bruges ikke. Nøglerne er: \(known)",
            en: "\"\(key)\" is not a key of the policy and is not used. The keys are: \(known)")
    }

    /// The local rules of the catalogue: the rules `localRulesEnabled` switches.
    public static var localRuleIDs: [String] {
        var seen = Set<String>()
        return RuleCatalogue.rules.filter { $0.kind == .lokal }.compactMap { seen.insert($0.id).inserted ? $0.id : nil }
    }
}

/// Any key of a JSON object.
struct PolicyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension PolicyReading {
    /// The fields of the policy as written in `settings.policy`, with their types and ranges.
    enum Field: String, CaseIterable {
        case leadTimeDays, immediatelyDays, asSoonAsPossibleDays, localRulesEnabled, conversationsPerYear
        case conversationsPerYearDefault, setupDays, dropoutReactionDays, offerEvaluationDays, agreementsDays
        case genericJobGoalWords, newGoalPhrases, minimumIndividualReasonLength

        func read(from object: KeyedDecodingContainer<PolicyKey>, key: PolicyKey, into policy: inout RulePolicy, issues: inout [Issue]) {
            let name = rawValue
            func number(_ range: ClosedRange<Int>, default value: Int) -> Int {
                guard let read = try? object.decode(Int.self, forKey: key), range.contains(read) else {
                    issues.append(Issue(keyPath: [name], isKey: false, detail: Field.wholeNumber(
                        name, range, fallback: LocalizedText(da: "standardværdien \(value) gælder", en: "the default \(value) applies"))))
                    return value
                }
                return read
            }
            func texts(default value: [String]) -> [String] {
                guard let read = try? object.decode([String].self, forKey: key) else {
                    issues.append(Issue(keyPath: [name], isKey: false, detail: LocalizedText(
                        da: "»\(name)« skal være en liste af tekster ([\"…\", \"…\"]); standardlisten gælder",
                        en: "\"\(name)\" must be a list of texts ([\"…\", \"…\"]); the default list applies")))
                    return value
                }
                return read
            }
            switch self {
            case .leadTimeDays: policy.leadTimeDays = number(RulePolicy.daysRange, default: policy.leadTimeDays)
            case .immediatelyDays: policy.immediatelyDays = number(RulePolicy.daysRange, default: policy.immediatelyDays)
            case .asSoonAsPossibleDays: policy.asSoonAsPossibleDays = number(RulePolicy.daysRange, default: policy.asSoonAsPossibleDays)
            case .setupDays: policy.setupDays = number(RulePolicy.daysRange, default: policy.setupDays)
            case .dropoutReactionDays: policy.dropoutReactionDays = number(RulePolicy.daysRange, default: policy.dropoutReactionDays)
            case .offerEvaluationDays: policy.offerEvaluationDays = number(RulePolicy.daysRange, default: policy.offerEvaluationDays)
            case .agreementsDays: policy.agreementsDays = number(RulePolicy.daysRange, default: policy.agreementsDays)
            case .conversationsPerYearDefault:
                policy.conversationsPerYearDefault = number(RulePolicy.countRange, default: policy.conversationsPerYearDefault)
            case .minimumIndividualReasonLength:
                policy.minimumIndividualReasonLength = number(RulePolicy.lengthRange, default: policy.minimumIndividualReasonLength)
            case .genericJobGoalWords: policy.genericJobGoalWords = Set(texts(default: policy.genericJobGoalWords.sorted()))
            case .newGoalPhrases: policy.newGoalPhrases = texts(default: policy.newGoalPhrases)
            case .localRulesEnabled:
                readMap(from: object, key: key, issues: &issues) { ruleID, entries, entry in
                    guard PolicyReading.localRuleIDs.contains(ruleID) else { return .key(Field.notALocalRule(ruleID)) }
                    guard let enabled = try? entries.decode(Bool.self, forKey: entry) else {
                        return .value(LocalizedText(
                            da: "»\(ruleID)« skal være true (slået til) eller false (slået fra); standarden gælder",
                            en: "\"\(ruleID)\" must be true (on) or false (off); the default applies"))
                    }
                    policy.localRulesEnabled[ruleID] = enabled
                    return nil
                }
            case .conversationsPerYear:
                readMap(from: object, key: key, issues: &issues) { group, entries, entry in
                    guard TargetGroup(rawValue: group) != nil else {
                        let groups = TargetGroup.allCases.map(\.rawValue).joined(separator: ", ")
                        return .key(LocalizedText(
                            da: "»\(group)« er ikke en målgruppe. Målgrupperne er: \(groups)",
                            en: "\"\(group)\" is not a target group. The groups are: \(groups)"))
                    }
                    guard let count = try? entries.decode(Int.self, forKey: entry), RulePolicy.countRange.contains(count) else {
                        return .value(Field.wholeNumber(group, RulePolicy.countRange, fallback: LocalizedText(
                            da: "conversationsPerYearDefault gælder for gruppen", en: "conversationsPerYearDefault applies to the group")))
                    }
                    policy.conversationsPerYear[group] = count
                    return nil
                }
            }
        }

        /// What is wrong with one entry of a map: its key (unknown) or its value.
        enum EntryProblem {
            case key(LocalizedText)
            case value(LocalizedText)
        }

        /// Reads a map field entry by entry, merging the entries that are right over the
        /// defaults; `entry` returns what is wrong with one entry, or nil.
        private func readMap(
            from object: KeyedDecodingContainer<PolicyKey>, key: PolicyKey, issues: inout [Issue],
            entry read: (String, KeyedDecodingContainer<PolicyKey>, PolicyKey) -> EntryProblem?
        ) {
            guard let entries = try? object.nestedContainer(keyedBy: PolicyKey.self, forKey: key) else {
                issues.append(Issue(keyPath: [rawValue], isKey: false, detail: LocalizedText(
                    da: "»\(rawValue)« skal være et objekt ({\"…\": …}); standarden gælder",
                    en: "\"\(rawValue)\" must be an object ({\"…\": …}); the default applies")))
                return
            }
            for entry in entries.allKeys {
                switch read(entry.stringValue, entries, entry) {
                case nil: break
                case .key(let detail): issues.append(Issue(keyPath: [rawValue, entry.stringValue], isKey: true, detail: detail))
                case .value(let detail): issues.append(Issue(keyPath: [rawValue, entry.stringValue], isKey: false, detail: detail))
                }
            }
        }

        private static func wholeNumber(_ name: String, _ range: ClosedRange<Int>, fallback: LocalizedText) -> LocalizedText {
            LocalizedText(
                da: "»\(name)« skal være et helt tal fra \(range.lowerBound) til \(range.upperBound) (uden anførselstegn); " + fallback.da,
                en: "\"\(name)\" must be a whole number from \(range.lowerBound) to \(range.upperBound) (without quotes); " + fallback.en)
        }

        private static func notALocalRule(_ ruleID: String) -> LocalizedText {
            let local = PolicyReading.localRuleIDs.joined(separator: ", ")
            let known = RuleCatalogue.rules.first { $0.id == ruleID }
            return LocalizedText(
                da: "»\(ruleID)« er ikke " + (known == nil ? "en regel i kataloget" : "en lokal regel og kan ikke slås til eller fra")
                    + ". De lokale regler er: \(local)",
                en: "\"\(ruleID)\" is not " + (known == nil ? "a rule of the catalogue" : "a local rule and cannot be switched on or off")
                    + ". The local rules are: \(local)")
        }
    }
}
