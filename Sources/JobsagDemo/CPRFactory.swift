import JobsagCore

/// Makes the demo's CPR numbers: valid in form (a real birth date, the seventh digit by the
/// century rule, the last digit odd for men and even for women) and synthetic by a fixed
/// pattern: the eighth and ninth digits are always `99`, and the ten digits never pass the
/// old modulus-11 check, so no number issued before 2007 can match one.
///
/// Each case draws a candidate on its own (so cases can be built in parallel); `makeUnique`
/// then settles the rare clashes in case order.
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

    /// All demo numbers for someone born on `date`, in a random order.
    private static func numbers(for date: CalendarDate, male: Bool, random: inout DemoRandom) -> [[Int]] {
        let (year, month, day) = date.components
        var centuries = centuryDigits(for: year)
        random.shuffle(&centuries)
        var lastDigits = male ? [1, 3, 5, 7, 9] : [0, 2, 4, 6, 8]
        random.shuffle(&lastDigits)
        var result: [[Int]] = []
        for century in centuries {
            for last in lastDigits {
                let digits = [day / 10, day % 10, month / 10, month % 10, (year % 100) / 10, year % 10, century, 9, 9, last]
                if !passesModulus11(digits) { result.append(digits) }
            }
        }
        return result
    }

    private static func cpr(_ digits: [Int]) -> CPR? {
        let text = String(unsafeUninitializedCapacity: 11) { buffer in
            var position = 0
            for (index, digit) in digits.enumerated() {
                if index == 6 {
                    buffer[position] = UInt8(ascii: "-")
                    position += 1
                }
                buffer[position] = UInt8(ascii: "0") + UInt8(digit)
                position += 1
            }
            return position
        }
        return CPR(text)
    }

    private static func value(_ digits: [Int]) -> Int {
        digits.reduce(0) { $0 * 10 + $1 }
    }

    /// A number for someone born on or shortly before `birth`, not yet checked for
    /// uniqueness; returns the number and the birth date it encodes.
    static func candidate(birth: CalendarDate, male: Bool, random: inout DemoRandom) -> (CPR, CalendarDate) {
        let (year, month, day) = birth.components
        let centuries = centuryDigits(for: year)
        if !centuries.isEmpty {
            for _ in 0..<8 {
                let last = 2 * random.int(below: 5) + (male ? 1 : 0)
                let digits = [day / 10, day % 10, month / 10, month % 10, (year % 100) / 10, year % 10,
                              centuries[random.int(below: centuries.count)], 9, 9, last]
                if !passesModulus11(digits), let cpr = cpr(digits) { return (cpr, birth) }
            }
        }
        var date = birth
        while true {
            for digits in numbers(for: date, male: male, random: &random) {
                if let cpr = cpr(digits) { return (cpr, date) }
            }
            date = date.adding(days: -1)
        }
    }

    /// `cpr` if no earlier case has it, else another demo number of the same sex, born on the
    /// same day if one is free (or a day or more before).
    mutating func makeUnique(_ cpr: CPR, random: inout DemoRandom) -> CPR {
        let digits = cpr.digits.compactMap(\.wholeNumberValue)
        if used.insert(CPRFactory.value(digits)).inserted { return cpr }
        let male = (digits.last ?? 0) % 2 == 1
        var date = cpr.birthDate ?? CalendarDate(dayNumber: 0)
        while true {
            for candidate in CPRFactory.numbers(for: date, male: male, random: &random)
            where !used.contains(CPRFactory.value(candidate)) {
                if let unique = CPRFactory.cpr(candidate) {
                    used.insert(CPRFactory.value(candidate))
                    return unique
                }
            }
            date = date.adding(days: -1)
        }
    }
}
