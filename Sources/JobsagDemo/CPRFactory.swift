import JobsagCore

/// Makes the demo's CPR numbers: valid in form (a real birth date, the seventh digit by the
/// century rule, the last digit odd for men and even for women) and synthetic by a fixed
/// pattern: the eighth and ninth digits are always `99`, and the ten digits never pass the
/// old modulus-11 check, so no number issued before 2007 can match one. Unique in the store.
struct CPRFactory {
    private var used: Set<Int> = []

    /// The modulus-11 weights of the ten digits.
    static let weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]

    /// Whether ten digits pass the modulus-11 check.
    static func passesModulus11(_ digits: [Int]) -> Bool {
        zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 } % 11 == 0
    }

    /// The seventh digits that give `year` under the century rule.
    static func centuryDigits(for year: Int) -> [Int] {
        let twoDigit = year % 100
        switch year {
        case 1900...1999: return twoDigit >= 37 ? [0, 1, 2, 3, 4, 9] : [0, 1, 2, 3]
        case 2000...2036: return [4, 9] + (twoDigit <= 57 ? [5, 6, 7, 8] : [])
        case 2037...2057: return [5, 6, 7, 8]
        case 1858...1899: return [5, 6, 7, 8]
        default: return []
        }
    }

    /// A new number for someone born on or shortly before `birth`; returns the number and the
    /// birth date it encodes (moved a day back at a time when a date's numbers are used up).
    mutating func make(birth: CalendarDate, male: Bool, random: inout DemoRandom) -> (CPR, CalendarDate) {
        var date = birth
        while true {
            let (year, month, day) = date.components
            var centuries = CPRFactory.centuryDigits(for: year)
            random.shuffle(&centuries)
            var lastDigits = male ? [1, 3, 5, 7, 9] : [0, 2, 4, 6, 8]
            random.shuffle(&lastDigits)
            for century in centuries {
                for last in lastDigits {
                    let digits = [day / 10, day % 10, month / 10, month % 10, (year % 100) / 10, year % 10, century, 9, 9, last]
                    guard !CPRFactory.passesModulus11(digits) else { continue }
                    let number = digits.reduce(0) { $0 * 10 + $1 }
                    guard !used.contains(number) else { continue }
                    let text = digits.prefix(6).map(String.init).joined() + "-" + digits.suffix(4).map(String.init).joined()
                    guard let cpr = CPR(text) else { continue }
                    used.insert(number)
                    return (cpr, date)
                }
            }
            date = date.adding(days: -1)
        }
    }
}
