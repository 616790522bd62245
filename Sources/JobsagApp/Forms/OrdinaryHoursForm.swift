import JobsagCore

/// The ordinary-hours form (ordinære løntimer, TB.AKTIV12): a month, typed as any day of
/// it and kept as its first day, and the hours worked. One record per month.
enum OrdinaryHoursForm {
    static func make(for item: Case, editing id: EntryID?, context: FormContext) -> FormState {
        let strings = context.strings
        let existing = id.flatMap { id in item.ordinaryHours.first { $0.id == id } }
        let fields: [FormField] = [
            .date("month", strings.fieldLabel("month"), existing?.month ?? context.today.firstOfMonth.adding(months: -1),
                  hint: strings[form: .hintMonth]),
            .number("hours", strings.fieldLabel("hours"), existing?.hours, required: true),
        ]
        return FormState(kind: .ordinaryHours, title: strings.formTitle(.ordinaryHours, editing: existing != nil),
                         caseID: item.id, entryID: existing?.id, fields: fields, focus: "hours")
    }

    /// At most 24 hours a day in a 31-day month.
    static let hoursRange: ClosedRange<Double> = 0.01...744

    static let spec = FormSpec.checked(
        rules: { id, form, item, context in
            switch id {
            case "month":
                guard let month = form.day("month", context)?.firstOfMonth else { return nil }
                if month > context.today.firstOfMonth { return context.strings[form: .monthInFuture] }
                if let item, item.ordinaryHours.contains(where: { $0.month == month && $0.id != form.entryID }) {
                    return context.strings.format(form: .monthTaken, monthName(month, context.strings))
                }
            case "hours":
                return FieldChecks.within(form.number("hours"), hoursRange, context, .hoursPositive)
            default:
                break
            }
            return nil
        },
        build: { form, item, context in
            guard var item else { return missingCase }
            let record = OrdinaryHours(id: form.entryID ?? context.ids.next(), month: form.requiredDate("month", today: context.today),
                                       hours: form.number("hours") ?? 0)
            item.ordinaryHours.upsert(record)
            return .success(.update(item, description: context.strings.format(form: .describeHours, monthName(record.month, context.strings)),
                                    action: .update))
        })

    /// "november 2026".
    static func monthName(_ date: CalendarDate, _ strings: Strings) -> String {
        let names = strings[form: .monthNames].split(separator: ",").map(String.init)
        return (date.month <= names.count ? names[date.month - 1] : String(date.month)) + " " + String(date.year)
    }
}
