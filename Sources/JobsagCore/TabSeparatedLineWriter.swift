/// A line of a `TabSeparatedText` file being written as bytes: a tab before every field but
/// the first (the fields made into strings and joined afterwards were most of the time a
/// cache took to write).
public struct TabSeparatedLineWriter {
    public private(set) var bytes: [UInt8] = []
    private var isEmpty = true

    /// `capacity`: about the bytes the line will have.
    public init(capacity: Int = 128) {
        bytes.reserveCapacity(capacity)
    }

    /// A field written as it is (an id, a raw value): one that never needs escaping.
    public mutating func plain(_ value: String) {
        separate()
        bytes.append(contentsOf: value.utf8)
    }

    /// A text field (`TabSeparatedText.field`).
    public mutating func text(_ value: String?) {
        separate()
        TabSeparatedText.appendField(value, to: &bytes)
    }

    /// A decimal number, `-` for none.
    public mutating func number(_ value: Int?) {
        separate()
        guard let value else {
            bytes.append(UInt8(ascii: "-"))
            return
        }
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        // The digits from the last, then turned: `String(value)` took a thousand instructions.
        let start = bytes.count
        var rest = value.magnitude
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        bytes[start...].reverse()
    }

    public mutating func date(_ value: CalendarDate?) {
        guard let value else { return plain("-") }
        plain(value.iso)
    }

    public mutating func flag(_ value: Bool) {
        plain(value ? "1" : "0")
    }

    /// The list's count, then each item's fields as `write` writes them.
    public mutating func list<Element>(_ items: [Element], _ write: (inout TabSeparatedLineWriter, Element) -> Void) {
        number(items.count)
        for item in items { write(&self, item) }
    }

    private mutating func separate() {
        if !isEmpty { bytes.append(0x09) }
        isEmpty = false
    }
}
