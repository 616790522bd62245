/// Whole numbers given to options (`--cases`, `--size`, `--sample`, `--seed`), read and
/// range-checked here rather than by the argument parser, so that a wrong value is a Danish
/// message naming the option and its range, with exit status 2.
enum NumberOption {
    /// A count within `range`.
    static func count(_ text: String, option: String, in range: ClosedRange<Int>) throws -> Int {
        guard let value = Int(text), range.contains(value) else {
            throw CommandFailure.usage(
                "\(option) skal være et helt tal fra \(range.lowerBound) til \(range.upperBound), ikke »\(text)«.")
        }
        return value
    }

    /// A seed: any whole number from 0 to 2^64 - 1.
    static func seed(_ text: String, option: String) throws -> UInt64 {
        guard let value = UInt64(text) else {
            throw CommandFailure.usage("\(option) skal være et helt tal fra 0 til \(UInt64.max), ikke »\(text)«.")
        }
        return value
    }
}
