/// Logins: the operating-system user names (and database roles) that say who a caseworker
/// is, their form, and the demo's logins made from initials.
public enum Login {
    /// The longest login: Linux's limit for a user name, PostgreSQL's for a role is longer.
    public static let maximumLength = 32

    /// Why `text` cannot be a login (Danish), or nil when it can: 1–32 of `a-z 0-9 _ . -`,
    /// not starting with `-` or `.` (the portable user names of POSIX, in lowercase).
    public static func problem(_ text: String) -> String? {
        guard !text.isEmpty else { return "Et login kan ikke være tomt." }
        guard text.unicodeScalars.count <= maximumLength else { return "Et login har højst \(maximumLength) tegn." }
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789_.-".unicodeScalars)
        guard text.unicodeScalars.allSatisfy(allowed.contains) else {
            return "Et login består af små bogstaver a-z, tal, _ . og - (»\(text)« har andre tegn)."
        }
        guard let first = text.unicodeScalars.first, first != "-", first != "." else { return "Et login kan ikke begynde med - eller ." }
        return nil
    }

    /// The demo's login for a caseworker: the initials in lowercase, æ ø å as ae oe aa.
    public static func demo(for initials: Initials) -> String {
        initials.lowercased().map { character -> String in
            switch character {
            case "æ": return "ae"
            case "ø": return "oe"
            case "å": return "aa"
            default: return String(character)
            }
        }.joined()
    }
}
