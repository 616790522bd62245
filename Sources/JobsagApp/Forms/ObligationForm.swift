import JobsagCore
import JobsagRules

extension AppState {
    /// The obligation selected on the open case's tab, if the selected line is one.
    var selectedObligation: Obligation? {
        guard case .obligation(let obligation)? = selectedTabEntry?.payload else { return nil }
        return obligation
    }

    /// The form that records what `obligation` asks for, for duties whose evidence is not an
    /// entry of its own on the tab (the CV on Jobnet, a flex job's progression goals, the reaction
    /// to a dropout-risk report, the rehabilitation team's recommendation, a flex job's
    /// work-capacity assessment).
    func evidenceForm(for obligation: Obligation, in caseID: CaseID) -> (kind: FormKind, target: FormTarget)? {
        guard let kind = FormKind.recording(obligation) else { return nil }
        switch kind {
        case .flexJobProgression, .dropoutReport, .workCapacity: return (kind, FormTarget(caseID: caseID, entryID: obligation.subjectID))
        case .rehabilitationRecommendation: return (kind, FormTarget(caseID: caseID, entryID: obligation.evidence.last?.entryID))
        default: return (kind, FormTarget(caseID: caseID))
        }
    }

    /// Enter on an obligation: one that cannot be evaluated opens the benefit episode it
    /// names at the missing date (a new episode when the case has none); any other shows
    /// *hvorfor?*.
    mutating func openObligation() {
        guard let detail, let obligation = selectedObligation else { return }
        guard obligation.status == .cannotEvaluate, let missing = obligation.missingData else {
            overlay = .why(whyReading(obligation))
            return
        }
        openForm(.episodeChange, target: FormTarget(caseID: detail.caseID, entryID: missing.episodeID))
        guard case .form(var form)? = overlay, let index = form.fields.firstIndex(where: { $0.id == missing.field.rawValue }) else { return }
        form.focus = index
        overlay = .form(form)
    }
}

extension FormKind {
    /// The form that records the evidence of `obligation`'s rule, when that evidence is not an
    /// entry of its own on the tab. (The flex job itself, which FJ.ARBEJDSEVNE, FJ.TIMER and
    /// FJ.PROGRESSION count from, is recorded with the flex-job form from the palette.)
    static func recording(_ obligation: Obligation) -> FormKind? {
        switch obligation.ruleID {
        case "PL.CV", "PL.CV.AAUP": return .cv
        case "FJ.PROGRESSION": return .flexJobProgression
        case "UH.FRAFALD": return .dropoutReport
        case "FJ.REHAB": return .rehabilitationRecommendation
        case "FJ.ARBEJDSEVNE", "FJ.TIMER": return .workCapacity
        default: return nil
        }
    }
}
