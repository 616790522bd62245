import JobsagCore

/// The evaluation form (evaluering af tilbud, TB.OPFOELG): the offer, the date and the
/// result. An offer has one evaluation; opening the form on an evaluated offer edits it.
enum OfferEvaluationForm {
    static func make(for item: Case, target: FormTarget, context: FormContext) -> FormState {
        let strings = context.strings
        let chosen = (target.parentID ?? target.entryID).flatMap { id in item.offers.first { $0.id == id } }
        let ended = item.offers.filter { $0.evaluation == nil && ($0.effectiveEnd ?? .distantFuture) <= context.today }
            .max { ($0.effectiveEnd ?? $0.start, $0.id) < ($1.effectiveEnd ?? $1.start, $1.id) }
        let offer = chosen ?? ended ?? item.likelyOffer(on: context.today)
        let existing = offer?.evaluation
        let fields: [FormField] = [
            .choice("offer", strings.fieldLabel("offer"), item.offerOptions(strings, asOf: context.today), selected: offer?.id),
            .date("date", strings.fieldLabel("date"), existing?.date ?? context.today),
            .text("result", strings.fieldLabel("result"), existing?.result ?? "", required: true, multiline: true,
                  hint: strings[form: .hintEvaluation]),
        ]
        var form = FormState(kind: .offerEvaluation, title: strings.formTitle(.offerEvaluation, editing: existing != nil),
                             caseID: item.id, entryID: existing == nil ? nil : offer?.id, fields: fields,
                             focus: item.offers.isEmpty ? "offer" : "result")
        if item.offers.isEmpty { form.errors["offer"] = strings[form: .noOffer] }
        return form
    }

    static let spec = FormSpec.checked(
        rules: OfferFollowUpForm.offerRules,
        build: { form, item, context in
            guard var item, let offerID = form.choice("offer"), let index = item.offers.firstIndex(where: { $0.id == offerID }) else {
                return missingCase
            }
            // An evaluation moved to another offer leaves the one it was on.
            if let previous = form.entryID, previous != offerID, let old = item.offers.firstIndex(where: { $0.id == previous }) {
                item.offers[old].evaluation = nil
            }
            let evaluation = Offer.Evaluation(date: form.requiredDate("date", today: context.today), result: form.text("result"))
            item.offers[index].evaluation = evaluation
            let strings = context.strings
            let offer = item.offers[index]
            let description = strings.format(form: .describeEvaluation, strings.label(offer.type).lowercased(), offer.start.danish)
            return .success(.update(item, description: description, action: .update))
        })
}
