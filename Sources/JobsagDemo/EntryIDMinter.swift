import JobsagCore

/// Makes the entry ids of one case: short lower-case base-32 strings (Crockford's alphabet)
/// that look random but are unique across the store by construction. The id encodes the
/// case's index and a counter within the case through a keyed bijection on 45 bits, so two
/// entries can never collide, and the key comes from the seed, so another seed gives other ids.
struct EntryIDMinter {
    private static let alphabet = Array("0123456789abcdefghjkmnpqrstvwxyz".utf8)
    private static let bits: UInt64 = 45
    private static let mask: UInt64 = (1 << bits) - 1
    /// Entries per case before the counter would spill into the case index.
    static let maxEntriesPerCase: UInt64 = 1 << 18

    private let key: UInt64
    private let caseIndex: UInt64
    private var counter: UInt64 = 0

    init(key: UInt64, caseIndex: Int) {
        self.key = key
        self.caseIndex = UInt64(max(0, caseIndex))
    }

    mutating func next() -> EntryID {
        let raw = ((caseIndex << 18) | (counter % EntryIDMinter.maxEntriesPerCase)) & EntryIDMinter.mask
        counter += 1
        return EntryIDMinter.encode(EntryIDMinter.permute(raw, key: key))
    }

    /// A bijection on 45 bits: xor with the key, then rounds of multiply-by-odd and xorshift,
    /// each invertible modulo 2^45.
    static func permute(_ value: UInt64, key: UInt64) -> UInt64 {
        var x = (value ^ key) & mask
        x = (x &* 0x1_6A09_E667_F3BD) & mask  // odd
        x ^= x >> 23
        x = (x &* 0x0_BB67_AE85_84CB) & mask  // odd
        x ^= x >> 19
        x ^= (key >> 19) & mask
        x = (x &* 0x1_3C6E_F372_FE95) & mask  // odd
        x ^= x >> 21
        return x
    }

    /// Nine base-32 digits.
    static func encode(_ value: UInt64) -> String {
        String(unsafeUninitializedCapacity: 9) { buffer in
            var rest = value
            for index in stride(from: 8, through: 0, by: -1) {
                buffer[index] = alphabet[Int(rest & 31)]
                rest >>= 5
            }
            return 9
        }
    }
}
