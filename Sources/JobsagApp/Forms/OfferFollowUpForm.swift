import JobsagCore

/// The follow-up form (opfølgning på tilbud, TB.OPFOELG): the offer, the date, whether the
/// company took part, and a note. Opened on an offer (FormTarget.parentID) or on a
/// follow-up (entryID); otherwise the offer running today is chosen.
enum OfferFollowUpForm {
    static func make(for item: Case, target: FormTarget, context: FormContext) -> FormState {
        let strings = context.strings
        let owner = target.entryID.flatMap { id in item.offers.first { $0.followUps.contains { $0.id == id } } }
        let existing = target.entryID.flatMap { id in owner?.followUps.first { $0.id == id } }
        let offerID = owner?.id ?? target.parentID.flatMap { id in item.offers.first { $0.id == id }?.id }
            ?? item.likelyOffer(on: context.today)?.id
        let fields: [FormField] = [
            .choice("offer", strings.fieldLabel("offer"), item.offerOptions(strings, asOf: context.today), selected: offerID),
            .date("date", strings.fieldLabel("date"), existing?.date ?? context.today),
            .checkbox("companyInvolved", strings.fieldLabel("companyInvolved"), existing?.companyInvolved ?? false),
            .text("note", strings.fieldLabel("note"), existing?.note ?? "", multiline: true, hint: strings[.hintMultiline]),
        ]
        var form = FormState(kind: .offerFollowUp, title: strings.formTitle(.offerFollowUp, editing: existing != nil),
                             caseID: item.id, entryID: existing?.id, fields: fields, focus: item.offers.isEmpty ? "offer" : "note")
        if item.offers.isEmpty { form.errors["offer"] = strings[form: .noOffer] }
        return form
    }

    /// The rules of a date about an offer (a follow-up, an evaluation): an offer is chosen,
    /// the date is not in the future and not before the offer began.
    static func offerRules(_ id: String, _ form: FormState, _ item: Case?, _ context: FormContext) -> String? {
        switch id {
        case "offer":
            guard let offerID = form.choice("offer") else { return context.strings[form: .noOffer] }
            if let item, !item.offers.contains(where: { $0.id == offerID }) { return context.strings[form: .offerGone] }
        case "date":
            let date = form.day("date", context)
            if let problem = FieldChecks.notInFuture(date, context) { return problem }
            let offer = form.choice("offer").flatMap { id in item?.offers.first { $0.id == id } }
            return FieldChecks.notBefore(date, offer?.start, context, .beforeOfferStart)
        default:
            break
        }
        return nil
    }

    static let spec = FormSpec.checked(
        rules: offerRules,
        build: { form, item, context in
            guard var item, let offerID = form.choice("offer"), let index = item.offers.firstIndex(where: { $0.id == offerID }) else {
                return missingCase
            }
            let id = form.entryID ?? context.ids.next()
            var position: Int?
            for offer in item.offers.indices {
                if let at = item.offers[offer].followUps.firstIndex(where: { $0.id == id }) {
                    item.offers[offer].followUps.remove(at: at)
                    if offer == index { position = at }
                }
            }
            let followUp = Offer.FollowUp(id: id, date: form.requiredDate("date", today: context.today),
                                          companyInvolved: form.bool("companyInvolved"), note: form.text("note"))
            item.offers[index].followUps.insert(followUp, at: position ?? item.offers[index].followUps.count)
            let strings = context.strings
            let description = strings.format(form: .describeFollowUp, followUp.date.danish, strings.label(item.offers[index].type).lowercased())
            return .success(.update(item, description: description, action: .update))
        })
}
