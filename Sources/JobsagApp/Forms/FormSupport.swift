import JobsagCore

/// A rule of one form for one field: the message, or nil when the field is fine. It gets the
/// case the form writes to (nil while a field is left and the context does not hold it, and
/// for a new case).
typealias FieldRule = @Sendable (_ fieldID: String, _ form: FormState, _ item: Case?, _ context: FormContext) -> String?

extension FormSpec {
    /// A spec whose rules run when a field is left and again, against the case being saved,
    /// when the form is saved; `build` runs only when every rule is satisfied.
    static func checked(rules: @escaping FieldRule, warnings: @escaping FieldRule = { _, _, _, _ in nil },
                        build: @escaping Apply) -> FormSpec {
        FormSpec(
            check: { id, form, context in rules(id, form, context.currentCase(of: form), context) },
            warn: { id, form, context in warnings(id, form, context.currentCase(of: form), context) },
            apply: { form, item, context in
                var messages: [String: String] = [:]
                for index in form.visibleIndices {
                    let id = form.fields[index].id
                    if let message = rules(id, form, item, context) { messages[id] = message }
                }
                if !messages.isEmpty { return .failure(FieldErrors(messages)) }
                return build(form, item, &context)
            })
    }
}

/// The answer of a form's `build` when it has no case to write to.
let missingCase: Result<FormOutcome, FieldErrors> = .failure(FieldErrors([:]))

extension FormState {
    /// A choice field read as a domain value.
    func value<Value: RawRepresentable>(_ id: String, as type: Value.Type) -> Value? where Value.RawValue == String {
        choice(id).flatMap { Value(rawValue: $0) }
    }

    /// A date field that passed the generic checks (nil when empty).
    func day(_ id: String, _ context: FormContext) -> CalendarDate? {
        optionalDate(id, today: context.today)
    }

    /// A text field, or nil when empty.
    func nonEmptyText(_ id: String) -> String? {
        let typed = text(id)
        return typed.isEmpty ? nil : typed
    }

    /// Whether the form edits an existing entry.
    var isEditing: Bool { entryID != nil }
}

/// Checks shared by the forms; each returns the message, or nil.
enum FieldChecks {
    /// A date that must not lie after today.
    static func notInFuture(_ date: CalendarDate?, _ context: FormContext, _ text: FormText = .dateInFuture) -> String? {
        guard let date, date > context.today else { return nil }
        return context.strings[form: text]
    }

    /// A date that must not lie before another (an end before its start).
    static func notBefore(_ date: CalendarDate?, _ earliest: CalendarDate?, _ context: FormContext, _ text: FormText) -> String? {
        guard let date, let earliest, date < earliest else { return nil }
        return context.strings.format(form: text, earliest.danish)
    }

    /// A number within bounds.
    static func within(_ value: Double?, _ range: ClosedRange<Double>, _ context: FormContext, _ text: FormText) -> String? {
        guard let value, !range.contains(value) else { return nil }
        return context.strings[form: text]
    }
}

extension Strings {
    /// The message or label of the forms for `key`.
    subscript(form key: FormText) -> String {
        entry(key.key)
    }

    /// The text for `key` with `{0}`, `{1}`, ... replaced by `arguments`.
    func format(form key: FormText, _ arguments: CustomStringConvertible...) -> String {
        Strings.fill(self[form: key], with: arguments)
    }

    /// A choice over a domain enum, optionally led by an empty option ("not given").
    func options<Value: LabeledValue>(_ type: Value.Type, emptyLabel: String?) -> [ChoiceOption] {
        (emptyLabel.map { [ChoiceOption(value: "", label: $0)] } ?? []) + options(type)
    }
}

extension Case {
    /// The open benefit episode (no end), if any.
    var openEpisode: BenefitEpisode? {
        episodes.last { $0.end == nil }
    }

    /// The target group on `date`, else the group of the current episode.
    func group(around date: CalendarDate) -> TargetGroup? {
        if let group = targetGroup(on: date) { return group }
        guard let episode = currentEpisode else { return nil }
        return TargetGroup(benefit: episode.benefit, category: category(in: episode, on: date))
    }
}

extension Case {
    /// The offers as choices, newest first: type, period and provider.
    func offerOptions(_ strings: Strings, asOf: CalendarDate) -> [ChoiceOption] {
        let text = EntryText(strings: strings, asOf: asOf)
        return offers.sorted { ($0.start, $0.id) > ($1.start, $1.id) }.map { offer in
            let provider = offer.provider.isEmpty ? "" : " · " + offer.provider
            return ChoiceOption(value: offer.id, label: strings.label(offer.type) + " " + text.period(offer) + provider)
        }
    }

    /// The offer running on `date`, else the one that started last.
    func likelyOffer(on date: CalendarDate) -> Offer? {
        let newest = offers.sorted { ($0.start, $0.id) > ($1.start, $1.id) }
        return newest.first { $0.isActive(on: date) } ?? newest.first
    }
}
