import JobsagCore

/// Which entry a form opens on: the case, the entry being edited (nil for new), and the
/// entry it belongs under (the goal of a subgoal, the offer of a follow-up, the booked meeting
/// a conversation is recorded from).
public struct FormTarget: Sendable {
    public var caseID: CaseID?
    public var entryID: EntryID?
    public var parentID: EntryID?

    public init(caseID: CaseID?, entryID: EntryID? = nil, parentID: EntryID? = nil) {
        self.caseID = caseID
        self.entryID = entryID
        self.parentID = parentID
    }
}

/// Every form by kind: how to open it and how to check and apply it.
enum FormRegistry {
    static func spec(_ kind: FormKind) -> FormSpec? {
        switch kind {
        case .newCase: return NewCaseForm.spec
        case .episodeChange: return EpisodeChangeForm.spec
        case .visitation: return VisitationForm.spec
        case .conversation: return ConversationForm.spec
        case .goal: return GoalForm.spec
        case .subgoal: return SubgoalForm.spec
        case .offer: return OfferForm.spec
        case .offerFollowUp: return OfferFollowUpForm.spec
        case .offerEvaluation: return OfferEvaluationForm.spec
        case .ordinaryHours: return OrdinaryHoursForm.spec
        case .exemption: return ExemptionForm.spec
        case .guidance: return GuidanceForm.spec
        case .injunction: return InjunctionForm.spec
        case .injunctionStep: return InjunctionStepForm.spec
        case .literacyTest: return LiteracyTestForm.spec
        case .absence: return AbsenceForm.spec
        case .contactAttempt: return ContactAttemptForm.spec
        case .sanction: return SanctionForm.spec
        case .sanctionApproval: return SanctionApprovalForm.spec
        case .reviewRound: return ReviewRoundForm.spec
        case .reminder, .followUpAction: return ReminderForm.spec
        case .flexJobProgression: return FlexJobProgressionForm.spec
        case .cv: return CVForm.spec
        case .dropoutReport: return DropoutReportForm.spec
        case .rehabilitationRecommendation: return RehabilitationRecommendationForm.spec
        case .workCapacity: return WorkCapacityForm.spec
        case .flexJob: return FlexJobForm.spec
        case .journalNote: return JournalNoteForm.spec
        case .closeCase: return CloseCaseForm.spec
        case .reopenCase: return ReopenCaseForm.spec
        case .transferCase: return TransferCaseForm.spec
        case .booking: return BookingForm.spec
        }
    }

    /// The form of `kind` on `item` (nil only when a form that needs a case has none; a new
    /// case needs none, and on a case it edits the case's citizen and caseworkers).
    static func make(_ kind: FormKind, for item: Case?, target: FormTarget, context: FormContext) -> FormState? {
        if kind == .newCase { return NewCaseForm.make(for: item, context: context) }
        if kind == .reviewRound { return ReviewRoundForm.make(context: context) }
        guard let item else { return nil }
        let id = target.entryID
        switch kind {
        case .newCase: return NewCaseForm.make(for: item, context: context)
        case .episodeChange: return EpisodeChangeForm.make(for: item, editing: id, context: context)
        case .visitation: return VisitationForm.make(for: item, editing: id, context: context)
        case .conversation: return ConversationForm.make(for: item, target: target, context: context)
        case .goal: return GoalForm.make(for: item, editing: id, context: context)
        case .subgoal: return SubgoalForm.make(for: item, target: target, context: context)
        case .offer: return OfferForm.make(for: item, target: target, context: context)
        case .offerFollowUp: return OfferFollowUpForm.make(for: item, target: target, context: context)
        case .offerEvaluation: return OfferEvaluationForm.make(for: item, target: target, context: context)
        case .ordinaryHours: return OrdinaryHoursForm.make(for: item, editing: id, context: context)
        case .reminder, .followUpAction: return ReminderForm.make(kind, for: item, editing: id, context: context)
        case .exemption: return ExemptionForm.make(for: item, editing: id, context: context)
        case .guidance: return GuidanceForm.make(for: item, editing: id, context: context)
        case .injunction: return InjunctionForm.make(for: item, editing: id, context: context)
        case .injunctionStep: return InjunctionStepForm.make(for: item, target: target, context: context)
        case .literacyTest: return LiteracyTestForm.make(for: item, editing: id, context: context)
        case .absence: return AbsenceForm.make(for: item, editing: id, context: context)
        case .contactAttempt: return ContactAttemptForm.make(for: item, editing: id, context: context)
        case .sanction: return SanctionForm.make(for: item, editing: id, context: context)
        case .sanctionApproval: return SanctionApprovalForm.make(for: item, editing: id, context: context)
        case .reviewRound: return ReviewRoundForm.make(context: context)
        case .flexJobProgression: return FlexJobProgressionForm.make(for: item, target: target, context: context)
        case .cv: return CVForm.make(for: item, context: context)
        case .dropoutReport: return DropoutReportForm.make(for: item, target: target, context: context)
        case .rehabilitationRecommendation: return RehabilitationRecommendationForm.make(for: item, editing: id, context: context)
        case .workCapacity: return WorkCapacityForm.make(for: item, target: target, context: context)
        case .flexJob: return FlexJobForm.make(for: item, editing: id, context: context)
        case .journalNote: return JournalNoteForm.make(for: item, target: target, context: context)
        case .closeCase: return CloseCaseForm.make(for: item, context: context)
        case .reopenCase: return ReopenCaseForm.make(for: item, context: context)
        case .transferCase: return TransferCaseForm.make(for: item, context: context)
        case .booking: return BookingForm.make(for: item, editing: id, context: context)
        }
    }
}
