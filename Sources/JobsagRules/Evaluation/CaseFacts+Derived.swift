import JobsagCore

/// Facts several rule families read, derived from the entries.
extension CaseFacts {
    /// The first day of the current activity-ready stretch of the episode: the visitation
    /// that made the citizen aktivitetsparat (after a different category), or the episode's
    /// start when it began as aktivitetsparat. Nil when not activity-ready, or when the
    /// episode began as activity-ready without a start date.
    var activityReadySince: CalendarDate? {
        guard let episode else { return nil }
        var current = episode.category
        var since: CalendarDate? = current == .aktivitetsparat ? (episode.start ?? episode.firstContact) : nil
        for visitation in episodeVisitations {
            if visitation.category == .aktivitetsparat {
                if current != .aktivitetsparat { since = visitation.date }
            } else {
                since = nil
            }
            current = visitation.category
        }
        return current == .aktivitetsparat ? since : nil
    }

    /// The deadline of the standing requirements (Min Plan, goals, CV, guidance):
    /// `policy.setupDays` after the episode's floor (start or first contact, whichever is
    /// earlier), but never before the rule took effect; with the arithmetic. Nil when the
    /// episode has neither date.
    func setupDeadline(_ context: EvaluationContext) -> (deadline: CalendarDate, arithmetic: RuleMessage)? {
        guard episodeFloor != .distantPast else { return nil }
        let label = episodeStart == episodeFloor ? Messages.episodeStartLabel : Messages.firstContactLabel
        let days = context.policy.setupDays
        let deadline = episodeFloor.adding(days: days)
        let arithmetic = Messages.plusDays(label, episodeFloor, days)
        guard deadline < context.validFrom else { return (deadline, arithmetic) }
        return (
            context.validFrom,
            RuleMessage(
                da: "{0}; reglen gælder først fra {1}", en: "{0}; the rule applies only from {1}",
                .message(arithmetic), .date(context.validFrom))
        )
    }

    /// The dropout-risk reports known on `asOf`, each with the education start it belongs to.
    func findDropoutReports() -> [DropoutReportFact] {
        var reports: [DropoutReportFact] = []
        for injunction in injunctions {
            guard let start = injunction.educationStart, start.date <= asOf else { continue }
            for report in injunction.dropoutReports where report.date <= asOf {
                reports.append(DropoutReportFact(report: report, educationStart: start.date, injunctionID: injunction.id))
            }
        }
        return reports.sorted { ($0.report.date, $0.report.id) < ($1.report.date, $1.report.id) }
    }
}

/// A dropout-risk report with the start of the education it concerns (UH.FRAFALD).
struct DropoutReportFact: Identifiable, Sendable {
    let report: EducationInjunction.DropoutReport
    let educationStart: CalendarDate
    let injunctionID: EntryID
    var id: EntryID { report.id }
}

extension EducationInjunction.Step {
    /// The step's deadline as it stood on `asOf`: a move recorded after `asOf` is not known yet.
    func deadline(asOf: CalendarDate) -> CalendarDate {
        let later = deadlineChanges.filter { $0.changedOn > asOf }.min { $0.changedOn < $1.changedOn }
        return later?.previousDeadline ?? deadline
    }

    /// The moves of the deadline known on `asOf`.
    func changes(asOf: CalendarDate) -> [EducationInjunction.DeadlineChange] {
        deadlineChanges.filter { $0.changedOn <= asOf }
    }
}
