import JobsagCore

// The domain values the forms offer as choices, labelled from the string tables
// (`<prefix>.<rawValue>`, in Resources/Strings/<lang>-forms.json).
extension Absence.ReasonableCause: LabeledValue { public static var labelPrefix: String { "reasonableCause" } }
extension ContactAttempt.Channel: LabeledValue { public static var labelPrefix: String { "contactChannel" } }
extension Guidance.Kind: LabeledValue { public static var labelPrefix: String { "guidanceKind" } }
extension Guidance.Channel: LabeledValue { public static var labelPrefix: String { "guidanceChannel" } }
extension Guidance.Answer: LabeledValue { public static var labelPrefix: String { "guidanceAnswer" } }
extension LiteracyTest.Result: LabeledValue { public static var labelPrefix: String { "literacyResult" } }
extension SanctionDecision.Kind: LabeledValue { public static var labelPrefix: String { "sanctionKind" } }
