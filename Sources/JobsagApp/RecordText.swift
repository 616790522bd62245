import JobsagCore

/// The texts of the records Overblik lists: one line each with its date, and the details.
extension EntryText {
    func recordLine(_ record: CaseRecord, depth: Int, isLast: Bool) -> String {
        let date = format.short(record.date)
        let marker = depth > 0 ? (isLast ? "└ " : "├ ") : ""
        if case .injunctionStep = record { return date + " " + marker + recordSummary(record) }
        return date + " " + marker + strings[form: kindLabel(record)] + ": " + recordSummary(record)
    }

    private func kindLabel(_ record: CaseRecord) -> FormText {
        switch record {
        case .episode: return .recordEpisode
        case .visitation: return .recordVisitation
        case .injunction: return .recordInjunction
        case .injunctionStep: return .recordStep
        case .literacyTest: return .recordLiteracyTest
        case .guidance: return .recordGuidance
        case .exemption: return .recordExemption
        case .ordinaryHours: return .recordHours
        case .absence: return .recordAbsence
        case .contactAttempt: return .recordContactAttempt
        case .sanction: return .recordSanction
        }
    }

    private func recordSummary(_ record: CaseRecord) -> String {
        switch record {
        case .episode(let episode):
            return benefitText(episode) + " · " + format.short(episode.start) + "–" + (episode.end.map { format.short($0) } ?? "")
        case .visitation(let visitation):
            return strings.label(visitation.category) + " · " + visitation.decidedBy
        case .injunction(let injunction):
            return injunction.education.isEmpty ? strings[form: .noEducationYet] : injunction.education
        case .injunctionStep(let step, _):
            var parts = [InjunctionStepForm.stepLabel(step.number, strings)]
            if let completed = step.completed { parts.append(strings[form: .completedOn] + " " + format.short(completed)) }
            if step.deadlineChanges.count == 1 { parts.append(strings[form: .movedOnce]) }
            if step.deadlineChanges.count > 1 { parts.append(strings.format(form: .movedTimes, step.deadlineChanges.count)) }
            return parts.joined(separator: " · ")
        case .literacyTest(let test):
            guard test.date != nil else { return strings[form: .modeExempt] + " – " + test.exemptionReason }
            let course = test.courseOffered.map { " · " + strings[form: .courseOfferedOn] + " " + format.short($0) } ?? ""
            return (test.result.map { strings.label($0) } ?? "–") + course
        case .guidance(let guidance):
            let channels = guidance.channels.map { strings.label($0) }.joined(separator: ", ")
            return strings.label(guidance.kind) + (channels.isEmpty ? "" : " · " + channels)
        case .exemption(let exemption):
            let until = exemption.to.map { " · " + strings[form: .until] + " " + format.short($0) } ?? ""
            return ExemptionForm.shortScope(exemption.scope, strings) + until
        case .ordinaryHours(let hours):
            return strings.format(form: .hoursIn, number(hours.hours), OrdinaryHoursForm.monthName(hours.month, strings))
        case .absence(let absence):
            return strings[form: .reasonableCauseShort] + " " + strings.label(absence.reasonableCause)
                + (absence.hearingSent.map { " · " + strings[form: .hearingSentOn] + " " + format.short($0) } ?? "")
        case .contactAttempt(let attempt):
            return strings.label(attempt.channel) + " · " + strings[form: attempt.reachedCitizen ? .reached : .notReached]
        case .sanction(let sanction):
            let length = sanction.lengthMonths.map { " · " + strings.format(form: .months, $0) } ?? ""
            var approval = ""
            if sanction.kind == .skaerpet40a {
                approval = " · " + (sanction.approval.map { strings[form: $0.approved ? .approvedYes : .approvedNo] + " (" + $0.by + ")" }
                    ?? strings[form: .awaitingApproval])
            }
            return (sanction.paragraph.isEmpty ? strings.label(sanction.kind) : sanction.paragraph) + length + approval
        }
    }

    private func benefitText(_ episode: BenefitEpisode) -> String {
        strings.label(episode.benefit) + (episode.category.map { ", " + strings.label($0) } ?? "")
    }

    /// `7` or `7,5`.
    private func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value).replacingOccurrences(of: ".", with: ",")
    }

    private func optional(_ date: CalendarDate?) -> String {
        date.map { format.withWeekday($0) } ?? "–"
    }

    private func text(_ value: String) -> String {
        value.isEmpty ? "–" : value
    }

    private func yesNo(_ value: Bool) -> String {
        strings[value ? .yes : .no]
    }

    /// The label of a field in the details, which have 16 columns for labels: the field's
    /// label, or a shorter form of it.
    private func detailLabel(_ id: String) -> String {
        let short: [String: FormText] = [
            "firstContact": .detailFirstContact, "hearingSent": .detailHearingSent, "hearingAnswered": .detailHearingAnswered,
            "educationStart": .detailEducationStart, "dutyAssessed": .detailDutyAssessed, "institutionNotified": .detailInstitutionNotified,
            "unwillingness": .detailUnwillingness, "allElementsGiven": .detailAllElementsGiven,
            "integrationProgramme": .detailIntegrationProgramme, "justification": .detailJustification,
        ]
        return short[id].map { strings[form: $0] } ?? strings.fieldLabel(id)
    }

    /// The details of a record, as labelled paragraphs.
    func recordDetails(_ record: CaseRecord, in item: Case) -> [(label: String, text: String)] {
        let label = { (id: String) in detailLabel(id) }
        switch record {
        case .episode(let episode):
            var lines: [(String, String)] = [
                (label("benefit"), benefitText(episode)),
                (label("episodeStart"), optional(episode.start)),
                (label("episodeEnd"), episode.end.map { format.withWeekday($0) } ?? strings[form: .stillOpen]),
            ]
            if let firstContact = episode.firstContact { lines.append((label("firstContact"), format.withWeekday(firstContact))) }
            if episode.benefit == .selvforsoergelsesydelse {
                lines.append((label("arrivalDate"), optional(episode.arrivalDate)))
                lines.append((label("integrationProgramme"), yesNo(episode.inIntegrationProgramme)))
            }
            return lines
        case .visitation(let visitation):
            return [
                (label("date"), format.withWeekday(visitation.date)),
                (label("category"), strings.label(visitation.category)),
                (label("justification"), text(visitation.justification)),
                (strings[form: .decidedBy], visitation.decidedBy),
            ]
        case .injunction(let injunction):
            var lines: [(String, String)] = [
                (label("given"), format.withWeekday(injunction.given)),
                (label("education"), injunction.education.isEmpty ? strings[form: .noEducationYet] : injunction.education),
            ]
            for step in injunction.steps.sorted(by: { $0.number < $1.number }) {
                lines.append((strings.format(form: .stepNumber, step.number), strings[form: .deadlineShort] + " " + format.long(step.deadline)
                    + (step.completed.map { " · " + strings[form: .completedOn] + " " + format.long($0) } ?? "")))
            }
            if let start = injunction.educationStart {
                lines.append((label("educationStart"), format.long(start.date) + " · " + start.institution))
                lines.append((label("dutyAssessed"), optional(start.dutyAssessed)))
                lines.append((label("institutionNotified"), optional(start.institutionNotified)))
            }
            return lines
        case .injunctionStep(let step, let injunction):
            var lines: [(String, String)] = [
                (strings[form: .recordStep], InjunctionStepForm.stepLabel(step.number, strings)),
                (label("injunction"), strings.format(form: .injunctionOf, injunction.given.danish)),
                (label("deadline"), format.withWeekday(step.deadline) + " (" + format.relative(step.deadline, asOf: asOf) + ")"),
                (label("completed"), optional(step.completed)),
            ]
            for change in step.deadlineChanges {
                lines.append((strings[form: .movedOn] + " " + format.short(change.changedOn),
                              format.short(change.previousDeadline) + " → " + format.short(change.newDeadline) + ": " + change.reason))
            }
            return lines
        case .literacyTest(let test):
            guard let date = test.date else {
                return [(label("noTestReason"), text(test.exemptionReason)), (strings[form: .recordedOn], format.long(test.recorded))]
            }
            return [
                (label("testDate"), format.withWeekday(date)),
                (label("testResult"), test.result.map { strings.label($0) } ?? "–"),
                (label("courseOffered"), optional(test.courseOffered)),
            ]
        case .guidance(let guidance):
            var lines: [(String, String)] = [
                (label("date"), format.withWeekday(guidance.date)),
                (label("guidanceKind"), strings.label(guidance.kind)),
                (strings[form: .channels], guidance.channels.isEmpty ? "–" : guidance.channels.map { strings.label($0) }.joined(separator: ", ")),
            ]
            if guidance.kind == .koordinerendeTilbudt {
                lines.append((label("answer"), guidance.answer.map { strings.label($0) } ?? strings[form: .awaitingAnswer]))
            }
            if guidance.kind == .advarsel35_2 { lines.append((label("allElementsGiven"), yesNo(guidance.allElementsGiven))) }
            lines.append((label("note"), text(guidance.note)))
            return lines
        case .exemption(let exemption):
            return [
                (label("scope"), ExemptionForm.scopeLabel(exemption.scope, strings)),
                (label("reason"), text(exemption.reason)),
                (strings[.period], format.long(exemption.from) + "–" + (exemption.to.map { format.long($0) } ?? "")),
                (strings[form: .decidedBy], exemption.decidedBy + (exemption.newAssessment ? " · " + label("newAssessment") : "")),
            ]
        case .ordinaryHours(let hours):
            return [(label("month"), OrdinaryHoursForm.monthName(hours.month, strings)), (label("hours"), number(hours.hours))]
        case .absence(let absence):
            return [
                (label("date"), format.withWeekday(absence.date)),
                (label("absentFrom"), text(AbsenceForm.describeFrom(absence, in: item, strings))),
                (label("reasonableCause"), strings.label(absence.reasonableCause)),
                (label("hearingSent"), optional(absence.hearingSent)),
                (label("hearingAnswered"), optional(absence.hearingAnswered)),
                (label("note"), text(absence.note)),
            ]
        case .contactAttempt(let attempt):
            var lines: [(String, String)] = [
                (label("date"), format.withWeekday(attempt.date)),
                (label("contactChannel"), strings.label(attempt.channel)),
                (label("reached"), yesNo(attempt.reachedCitizen)),
            ]
            if attempt.channel == .familie { lines.append((label("consent"), yesNo(attempt.consent))) }
            lines.append((label("note"), text(attempt.note)))
            return lines
        case .sanction(let sanction):
            var lines: [(String, String)] = [
                (label("sanctionKind"), strings.label(sanction.kind) + (sanction.paragraph.isEmpty ? "" : " · " + sanction.paragraph)),
                (label("decided"), format.long(sanction.decided) + " · " + label("effective") + " " + format.long(sanction.effective)),
            ]
            if let months = sanction.lengthMonths {
                lines.append((label("lengthMonths"), strings.format(form: .months, months) + " · " + text(sanction.lengthReason)))
            }
            let absences = sanction.absenceIDs.compactMap { id in item.absences.first { $0.id == id } }.map { format.short($0.date) }
            lines.append((strings[form: .restsOn], absences.isEmpty ? "–" : absences.joined(separator: ", ")))
            if sanction.kind == .skaerpet40a {
                let priors = sanction.priorSanctionIDs.compactMap { id in item.sanctions.first { $0.id == id } }.map { format.short($0.decided) }
                lines.append((strings[form: .priorSanctions], priors.isEmpty ? "–" : priors.joined(separator: ", ")))
                let warning = sanction.warningID.flatMap { id in item.guidance.first { $0.id == id } }
                lines.append((label("warning"), warning.map { format.long($0.date) } ?? strings[form: .noWarningChosen]))
                lines.append((label("unwillingness"), text(sanction.checklist.unwillingnessAssessment)))
                lines.append((label("promotesAvailability"), text(sanction.checklist.promotesAvailabilityAssessment)))
                if let approval = sanction.approval {
                    lines.append((label("approvedBy"), approval.by + " " + format.long(approval.date) + " · "
                        + strings[form: approval.approved ? .approvedYes : .approvedNo] + (approval.note.isEmpty ? "" : " · " + approval.note)))
                }
                for earlier in sanction.earlierApprovals.reversed() {
                    lines.append((label("earlierApproval"), SanctionApprovalForm.decisionText(earlier, strings: strings)))
                }
            }
            return lines
        }
    }
}
