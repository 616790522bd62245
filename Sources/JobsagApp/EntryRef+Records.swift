import JobsagCore

/// Describing and removing the records the forms add (episodes, visitations, injunctions,
/// tests, guidance, exemptions, hours, absences, contact attempts, sanctions, and an
/// offer's follow-ups and evaluation).
extension Case {
    func describeRecord(_ ref: EntryRef, strings: Strings) -> String? {
        switch ref {
        case .episode(let id):
            return episodes.first { $0.id == id }.map { EpisodeChangeForm.describe($0, strings) }
        case .visitation(let id):
            return visitations.first { $0.id == id }.map { VisitationForm.describe($0, strings) }
        case .offerFollowUp(let id, let offerID):
            guard let offer = offers.first(where: { $0.id == offerID }), let followUp = offer.followUps.first(where: { $0.id == id }) else {
                return nil
            }
            return strings.format(form: .describeFollowUp, followUp.date.danish, strings.label(offer.type).lowercased())
        case .offerEvaluation(let offerID):
            guard let offer = offers.first(where: { $0.id == offerID }), offer.evaluation != nil else { return nil }
            return strings.format(form: .describeEvaluation, strings.label(offer.type).lowercased(), offer.start.danish)
        case .ordinaryHours(let id):
            return ordinaryHours.first { $0.id == id }.map {
                strings.format(form: .describeHours, OrdinaryHoursForm.monthName($0.month, strings))
            }
        case .exemption(let id):
            return exemptions.first { $0.id == id }.map { ExemptionForm.describe($0, strings) }
        case .guidance(let id):
            return guidance.first { $0.id == id }.map { GuidanceForm.describe($0, strings) }
        case .injunction(let id):
            return injunctions.first { $0.id == id }.map { strings.format(form: .describeInjunction, $0.given.danish) }
        case .injunctionStep(let number, let injunctionID):
            guard let injunction = injunctions.first(where: { $0.id == injunctionID }),
                  injunction.steps.contains(where: { $0.number == number })
            else { return nil }
            return strings.format(form: .describeStep, number, injunction.given.danish)
        case .literacyTest(let id):
            return literacyTests.first { $0.id == id }.map { LiteracyTestForm.describe($0, strings) }
        case .absence(let id):
            return absences.first { $0.id == id }.map { strings.format(form: .describeAbsence, $0.date.danish) }
        case .contactAttempt(let id):
            return contactAttempts.first { $0.id == id }.map {
                strings.format(form: .describeContactAttempt, $0.date.danish, strings.label($0.channel))
            }
        case .sanction(let id):
            return sanctions.first { $0.id == id }.map { SanctionForm.describe($0, strings) }
        case .conversation, .meeting, .note, .goal, .subgoal, .offer, .reminder:
            return describe(ref, strings: strings)
        }
    }

    /// The case without the record. References to it go too: a removed absence leaves the
    /// sanctions resting on it, a removed sanction the later ones building on it, a removed
    /// warning the sanctions naming it; a removed open episode reopens the one it closed.
    func removingRecord(_ ref: EntryRef) -> Case {
        var copy = self
        switch ref {
        case .episode(let id):
            guard let index = episodes.firstIndex(where: { $0.id == id }) else { return copy }
            let removed = copy.episodes.remove(at: index)
            if removed.end == nil, index > 0, let start = removed.start, copy.episodes[index - 1].end == start.adding(days: -1) {
                copy.episodes[index - 1].end = nil
            }
        case .visitation(let id):
            copy.visitations.removeAll { $0.id == id }
        case .offerFollowUp(let id, let offerID):
            if let index = copy.offers.firstIndex(where: { $0.id == offerID }) {
                copy.offers[index].followUps.removeAll { $0.id == id }
            }
        case .offerEvaluation(let offerID):
            if let index = copy.offers.firstIndex(where: { $0.id == offerID }) {
                copy.offers[index].evaluation = nil
            }
        case .ordinaryHours(let id):
            copy.ordinaryHours.removeAll { $0.id == id }
        case .exemption(let id):
            copy.exemptions.removeAll { $0.id == id }
        case .guidance(let id):
            copy.guidance.removeAll { $0.id == id }
            for index in copy.sanctions.indices where copy.sanctions[index].warningID == id {
                copy.sanctions[index].warningID = nil
            }
        case .injunction(let id):
            copy.injunctions.removeAll { $0.id == id }
        case .injunctionStep(let number, let injunctionID):
            if let index = copy.injunctions.firstIndex(where: { $0.id == injunctionID }) {
                copy.injunctions[index].steps.removeAll { $0.number == number }
            }
        case .literacyTest(let id):
            copy.literacyTests.removeAll { $0.id == id }
        case .absence(let id):
            copy.absences.removeAll { $0.id == id }
            for index in copy.sanctions.indices {
                copy.sanctions[index].absenceIDs.removeAll { $0 == id }
            }
        case .contactAttempt(let id):
            copy.contactAttempts.removeAll { $0.id == id }
        case .sanction(let id):
            copy.sanctions.removeAll { $0.id == id }
            for index in copy.sanctions.indices {
                copy.sanctions[index].priorSanctionIDs.removeAll { $0 == id }
            }
        case .conversation, .meeting, .note, .goal, .subgoal, .offer, .reminder:
            return removing(ref)
        }
        return copy
    }
}
