/// A Danish personal identity number (CPR-nummer) in the form `DDMMYY-SSSS`.
///
/// The first six digits must be a real birth date; the seventh digit fixes the century
/// (CPR-kontoret's rule). No modulus-11 check: numbers issued since 2007 need not pass it.
public struct CPR: Hashable, Sendable {
    /// The ten digits, without the hyphen.
    public let digits: String

    /// Why a text is not a valid CPR number.
    public enum Problem: Error, Equatable, Sendable {
        /// Not ten digits in the form DDMMYY-SSSS.
        case wrongForm
        /// The first six digits are not a real date.
        case impossibleBirthDate
    }

    /// Parses `DDMMYY-SSSS` or `DDMMYYSSSS` (spaces around are ignored).
    public static func parse(_ text: String) -> Result<CPR, Problem> {
        guard let digits = plainDigits(text) ?? writtenDigits(text) else { return .failure(.wrongForm) }
        let cpr = CPR(uncheckedDigits: digits)
        guard cpr.birthDate != nil else { return .failure(.impossibleBirthDate) }
        return .success(cpr)
    }

    /// The ten digits of the form the program writes, `DDMMYY-SSSS` (or `DDMMYYSSSS`) with
    /// nothing around, read byte by byte; nil for any other text, which `writtenDigits` reads.
    private static func plainDigits(_ text: String) -> String? {
        let utf8 = text.utf8
        let hasHyphen = utf8.count == 11
        guard utf8.count == 10 || hasHyphen else { return nil }
        var isPlain = true
        let digits = String(unsafeUninitializedCapacity: 10) { output in
            var count = 0
            for (index, byte) in utf8.enumerated() {
                if hasHyphen, index == 6 {
                    isPlain = isPlain && byte == UInt8(ascii: "-")
                    continue
                }
                guard count < output.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else {
                    isPlain = false
                    return 0
                }
                output[count] = byte
                count += 1
            }
            return count
        }
        return isPlain && digits.utf8.count == 10 ? digits : nil
    }

    /// The ten digits of `DDMMYY-SSSS` or `DDMMYYSSSS` with spaces around, or nil.
    private static func writtenDigits(_ text: String) -> String? {
        let trimmed = text.trimmingWhitespace()
        var digits = ""
        for (index, character) in trimmed.enumerated() {
            if index == 6, character == "-" { continue }
            guard character.isASCII, character.isNumber else { return nil }
            digits.append(character)
        }
        let hyphenCount = trimmed.filter { $0 == "-" }.count
        guard digits.count == 10, hyphenCount <= 1, trimmed.count == 10 + hyphenCount else { return nil }
        return digits
    }

    public init?(_ text: String) {
        guard case .success(let cpr) = CPR.parse(text) else { return nil }
        self = cpr
    }

    private init(uncheckedDigits: String) {
        self.digits = uncheckedDigits
    }

    /// The digits' values (`digits` holds the ASCII digits `parse` let through, nothing else).
    private var numbers: [Int] { digits.utf8.map { Int($0) - Int(UInt8(ascii: "0")) } }

    /// The birth date, using the century rule of the seventh digit.
    public var birthDate: CalendarDate? {
        let n = numbers
        guard n.count == 10 else { return nil }
        let day = n[0] * 10 + n[1]
        let month = n[2] * 10 + n[3]
        let twoDigitYear = n[4] * 10 + n[5]
        let century: Int
        switch n[6] {
        case 0...3: century = 1900
        case 4, 9: century = twoDigitYear <= 36 ? 2000 : 1900
        default: century = twoDigitYear <= 57 ? 2000 : 1800
        }
        return CalendarDate(year: century + twoDigitYear, month: month, day: day)
    }

    /// `DDMMYY-SSSS`.
    public var formatted: String {
        String(digits.prefix(6)) + "-" + String(digits.suffix(4))
    }

    /// `DDMMYY-xxxx`: the form shown in lists.
    public var masked: String {
        String(digits.prefix(6)) + "-xxxx"
    }

    /// Whole years of age on `date`.
    public func age(on date: CalendarDate) -> Int? {
        guard let birth = birthDate else { return nil }
        return birth.wholeMonths(until: date) / 12
    }
}

extension CPR: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let cpr = CPR(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a CPR number DDMMYY-SSSS, got another text")
        }
        self = cpr
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(formatted)
    }
}

extension String {
    /// The string without leading and trailing whitespace and newlines.
    public func trimmingWhitespace() -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
