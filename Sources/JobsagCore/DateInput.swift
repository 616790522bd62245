/// Dates as a Danish user types them: `22.11.2026`, `22-11-2026`, `22/11/2026`, `22.11.26`,
/// `22/11` (this year), `2026-11-22`, `i dag`, `i morgen`, `i går`, `+14`, `-3`
/// (days from today). English `today`, `tomorrow`, `yesterday` are accepted too.
public enum DateInput {
    public enum Problem: Error, Equatable, Sendable {
        /// Nothing was typed.
        case empty
        /// Not a form of date Jobsag knows.
        case unknownForm
        /// The form is right but the date does not exist (31.11, 29.02 in a common year).
        case impossibleDate

        /// The Danish message shown at the field.
        public var message: LocalizedText {
            switch self {
            case .empty:
                return LocalizedText(da: "Skriv en dato.", en: "Enter a date.")
            case .unknownForm:
                return LocalizedText(
                    da: "Ukendt dato. Skriv fx 22.11.2026, 22/11, i dag, i morgen eller +14.",
                    en: "Unknown date. Type e.g. 22.11.2026, 22/11, today, tomorrow or +14.")
            case .impossibleDate:
                return LocalizedText(da: "Datoen findes ikke.", en: "That date does not exist.")
            }
        }
    }

    public static func parse(_ text: String, today: CalendarDate) -> Result<CalendarDate, Problem> {
        let input = text.trimmingWhitespace().lowercased()
        guard !input.isEmpty else { return .failure(.empty) }
        switch input {
        case "i dag", "idag", "today", "d": return .success(today)
        case "i morgen", "imorgen", "tomorrow", "m": return .success(today.adding(days: 1))
        case "i går", "igår", "i gaar", "yesterday": return .success(today.adding(days: -1))
        default: break
        }
        if let sign = input.first, sign == "+" || sign == "-", let days = Int(input.dropFirst()), input.count <= 6 {
            return .success(today.adding(days: sign == "+" ? days : -days))
        }
        if let iso = CalendarDate(input) { return .success(iso) }
        let parts = input.split(whereSeparator: { $0 == "." || $0 == "-" || $0 == "/" }).map(String.init)
        guard parts.count == 2 || parts.count == 3,
              parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let day = Int(parts[0]), let month = Int(parts[1]), parts[0].count <= 2, parts[1].count <= 2
        else {
            // An ISO date with impossible numbers still has a recognisable form.
            if input.count == 10, input.split(separator: "-").count == 3 { return .failure(.impossibleDate) }
            return .failure(.unknownForm)
        }
        var year = today.year
        if parts.count == 3, let typed = Int(parts[2]) {
            switch parts[2].count {
            case 2: year = 2000 + typed
            case 4: year = typed
            default: return .failure(.unknownForm)
            }
        }
        guard let date = CalendarDate(year: year, month: month, day: day) else { return .failure(.impossibleDate) }
        return .success(date)
    }
}
