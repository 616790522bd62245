import CPrefetch

/// The folded texts (`DanishText.searchKey`) of many entries, kept as bytes a few thousand
/// entries to a buffer, each text ended by `textEnd`, and the search for the entries that hold
/// a query. Buffers instead of a string a text: a keystroke in the search over every case of a
/// jobcenter scans them in place, 32 bytes at a time, for the query's two rarest bytes. Beside
/// each entry the characters its texts hold (`CharacterMask`) and their pairs of adjacent
/// characters (`CharacterPairMask`): an entry lacking one of the query's is not scanned, and a
/// query of one letter is answered from the characters alone.
struct FoldedKeys: Sendable {
    /// Ends each text; a query holding it finds nothing, so no match spans two texts.
    static let textEnd: UInt8 = 0x1F
    /// Entries to a chunk: a chunk is folded, and scanned, on one core.
    static let chunkSize = 4096

    /// What a query needs an entry's texts to hold: its characters, and its pairs of adjacent
    /// characters (three quarters of the bytes scanned for `læ` in the demo's texts were of
    /// entries holding l and æ, but not together).
    private struct Needed: Sendable {
        let characters: CharacterMask
        let pairs: CharacterPairMask
        /// Whether the query has a pair (it is not one character): else the pairs are not read.
        let hasPairs: Bool

        init(_ query: [UInt8]) {
            characters = CharacterMask(query)
            pairs = CharacterPairMask(query)
            hasPairs = !pairs.isEmpty
        }

        /// Whether entry `entry` of `chunk` holds them.
        func isHeld(by entry: Int, of chunk: Chunk) -> Bool {
            chunk.characters[entry].holds(characters) && (!hasPairs || chunk.pairs[entry].holds(pairs))
        }
    }

    /// Up to `chunkSize` entries' folded texts, entry after entry.
    private struct Chunk: Sendable {
        var bytes: [UInt8] = []
        /// Where each entry's texts begin in `bytes`, and last where the last one ends.
        var starts: [Int] = [0]
        /// The characters of each entry's texts, and their pairs (apart: a query of one
        /// letter reads only the characters).
        var characters: [CharacterMask] = []
        var pairs: [CharacterPairMask] = []

        var count: Int { starts.count - 1 }

        mutating func append(texts: [String]) {
            for text in texts {
                let start = bytes.count
                bytes.append(contentsOf: DanishText.searchKey(text).utf8)
                // Kept in the text, it would end it early: a byte no UTF-8 query holds instead.
                // (Looked for among the bytes copied: a string's `contains` read it a
                // character at a time, a fifth of opening the search.)
                for index in start..<bytes.count where bytes[index] == FoldedKeys.textEnd { bytes[index] = 0xFF }
                bytes.append(FoldedKeys.textEnd)
            }
            let entry = bytes[starts[starts.count - 1]...]
            characters.append(CharacterMask(entry))
            pairs.append(CharacterPairMask(entry))
            starts.append(bytes.count)
        }

        mutating func append(_ position: Int, of other: Chunk) {
            bytes.append(contentsOf: other.bytes[other.starts[position]..<other.starts[position + 1]])
            characters.append(other.characters[position])
            pairs.append(other.pairs[position])
            starts.append(bytes.count)
        }
    }

    /// Every chunk but the last holds `chunkSize` entries: entry n is in chunk n / `chunkSize`.
    private var chunks: [Chunk] = []
    /// How often each byte value is found (`recount`): the search looks for the query's rarest bytes.
    private var byteCounts = [Int](repeating: 0, count: 256)

    init() {}

    /// The texts of `count` entries (`texts(n)` the n-th's) folded, a chunk on each core at a time.
    init(count: Int, texts: @Sendable (Int) -> [String]) {
        let chunkSize = Self.chunkSize
        chunks = Parallel.map(count: (count + chunkSize - 1) / chunkSize, perChunk: 1) { chunk in
            var folded = Chunk()
            for entry in chunk * chunkSize..<min(count, (chunk + 1) * chunkSize) { folded.append(texts: texts(entry)) }
            return folded
        }
        recount()
    }

    /// Puts entry `position` of `other` after the last; `recount` when all are in.
    mutating func append(_ position: Int, of other: FoldedKeys) {
        if chunks.last.map({ $0.count >= Self.chunkSize }) ?? true { chunks.append(Chunk()) }
        chunks[chunks.count - 1].append(position % Self.chunkSize, of: other.chunks[position / Self.chunkSize])
    }

    /// Counts the bytes again, every 16th: enough to tell the rare from the common.
    mutating func recount() {
        var counts = [Int](repeating: 0, count: 256)
        for chunk in chunks {
            for offset in stride(from: 0, to: chunk.bytes.count, by: 16) { counts[Int(chunk.bytes[offset])] += 1 }
        }
        byteCounts = counts
    }

    /// The entries with a text that holds `query` (folded, without `textEnd`), in order; the
    /// chunks scanned on every core.
    func entries(holding query: [UInt8]) -> [Int] {
        scan(for: query) { _, chunk, needed in Self.runs(of: 0..<chunk.count, in: chunk, holding: needed) }
    }

    /// `entries(holding:)` among `candidates` (entries in order): only their texts are scanned,
    /// each run of candidates one after the other at a stretch, as the whole chunk would be.
    func entries(holding query: [UInt8], among candidates: [Int]) -> [Int] {
        let chunkSize = Self.chunkSize
        return scan(for: query) { number, chunk, needed in
            let first = number * chunkSize
            let inChunk = candidates[Self.start(of: first, in: candidates)..<Self.start(of: first + chunkSize, in: candidates)]
            return Self.runs(of: inChunk.lazy.map { $0 - first }, in: chunk, holding: needed)
        }
    }

    /// The runs of consecutive `entries` (in order, counted in `chunk`) whose texts hold the
    /// characters and pairs `needed`.
    private static func runs(of entries: some Sequence<Int>, in chunk: Chunk, holding needed: Needed) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        for entry in entries where needed.isHeld(by: entry, of: chunk) {
            if let last = runs.last, last.upperBound == entry { runs[runs.count - 1] = last.lowerBound..<(entry + 1) } else { runs.append(entry..<(entry + 1)) }
        }
        return runs
    }

    /// The entries of each chunk's `runs` (entries counted in the chunk, given what the query
    /// holds) with a text that holds `query`, in order; the chunks scanned on every core. A
    /// query of one character with a place of its own in `CharacterMask` is answered from the
    /// runs alone.
    private func scan(for query: [UInt8], runs: @Sendable (Int, Chunk, Needed) -> [Range<Int>]) -> [Int] {
        guard !query.isEmpty else { return [] }
        let probe = probe(for: query), chunks = chunks, chunkSize = Self.chunkSize
        let needed = Needed(query), answered = needed.characters.isExactly(query)
        let found = Parallel.map(count: chunks.count, perChunk: 1) { number in
            let chunk = chunks[number], held = runs(number, chunk, needed)
            let entries = answered ? held.flatMap { $0 } : Self.entries(of: chunk, in: held, holding: query, probe: probe)
            return entries.map { number * chunkSize + $0 }
        }
        // Put together a chunk at a time (`joined()` read them an entry at a time, a third of a
        // key when the query is one letter, which nearly every entry holds).
        var matching: [Int] = []
        matching.reserveCapacity(found.reduce(0) { $0 + $1.count })
        for part in found { matching.append(contentsOf: part) }
        return matching
    }

    /// Where the first of `sorted` at least `value` is (its end when there is none).
    private static func start(of value: Int, in sorted: [Int]) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let middle = low + (high - low) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Which of entry `position`'s texts (counted from 0) is the first to hold `query`.
    func firstText(holding query: [UInt8], inEntry position: Int) -> Int? {
        guard !query.isEmpty else { return nil }
        let probe = probe(for: query)
        let chunk = chunks[position / Self.chunkSize], entry = position % Self.chunkSize
        var text = 0, start = chunk.starts[entry]
        let end = chunk.starts[entry + 1]
        return chunk.bytes.withUnsafeBytes { buffer -> Int? in
            query.withUnsafeBytes { needle -> Int? in
                guard let base = buffer.baseAddress else { return nil }
                while start < end {
                    var stop = start
                    while stop < end, buffer[stop] != Self.textEnd { stop += 1 }
                    if Self.firstMatch(of: needle, probe: probe, in: base, from: start, to: stop, within: buffer.count) != nil { return text }
                    text += 1
                    start = stop + 1
                }
                return nil
            }
        }
    }

    /// The entries of `runs` of `chunk` (counted in it) with a text that holds `query`: a run is
    /// scanned at a stretch, from a match on at the next entry.
    private static func entries(of chunk: Chunk, in runs: [Range<Int>], holding query: [UInt8], probe: (Int, Int)) -> [Int] {
        var found: [Int] = []
        chunk.bytes.withUnsafeBytes { buffer in
            query.withUnsafeBytes { needle in
                guard let base = buffer.baseAddress else { return }
                let starts = chunk.starts
                for (number, run) in runs.enumerated() {
                    if number + prefetchDistance < runs.count { prefetch(runs[number + prefetchDistance], starts: starts, in: base) }
                    var entry = run.lowerBound
                    let end = starts[run.upperBound]
                    while entry < run.upperBound, let offset = firstMatch(of: needle, probe: probe, in: base, from: starts[entry], to: end, within: buffer.count) {
                        while starts[entry + 1] <= offset { entry += 1 }
                        found.append(entry)
                        entry += 1
                    }
                }
            }
        }
        return found
    }

    /// Asks for the first cache lines of a run of entries ahead of its scan. The runs of a
    /// query of two letters or more are a few entries each, apart (the entries between lack a
    /// character or a pair): read one after the other, each run waited for memory; asked for
    /// ahead, several come at once (the search's second key over 50,000 cases, 19 → 16 ms p99).
    private static func prefetch(_ run: Range<Int>, starts: [Int], in base: UnsafeRawPointer) {
        var line = starts[run.lowerBound]
        let end = min(starts[run.upperBound], line + prefetchLines * 64)
        while line < end {
            jobsag_prefetch(base + line)
            line += 64
        }
    }

    /// The places in `query` of its two rarest bytes that end a character (ASCII or the last
    /// byte of æ, ø, å …: the lead byte of every Danish letter is the same, and a character's
    /// two bytes are no rarer together than its last alone), the same place for a query of one
    /// character: the scan looks for both at once, so few places are compared whole.
    private func probe(for query: [UInt8]) -> (Int, Int) {
        let places = query.indices.filter { query[$0] < 0xC0 && ($0 + 1 == query.count || query[$0 + 1] & 0xC0 != 0x80) }
            .sorted { byteCounts[Int(query[$0])] < byteCounts[Int(query[$1])] }
        guard let one = places.first else { return (query.count - 1, query.count - 1) }
        return (one, places.count > 1 ? places[1] : one)
    }

    /// Where `needle` first begins in `base[from..<to]`, `base` holding `limit` bytes: 32
    /// places at a time are checked for the bytes at the probe's places (up to the last 32
    /// places that can be read whole: a run of a few short entries is not checked byte by
    /// byte at its end), and only where both are found is the whole needle compared.
    private static func firstMatch(of needle: UnsafeRawBufferPointer, probe: (Int, Int), in base: UnsafeRawPointer, from: Int, to: Int, within limit: Int) -> Int? {
        let count = needle.count, (one, other) = probe
        // The last place a match may begin.
        let last = to - count
        let oneByte = needle[one], otherByte = needle[other]
        let ones = SIMD32<UInt8>(repeating: oneByte), others = SIMD32<UInt8>(repeating: otherByte)
        // Bytes read from `start` on by the loads of 32 places.
        let reach = max(one, other) + 32
        var start = from
        while start <= last, start + reach <= limit {
            let found = (base.loadUnaligned(fromByteOffset: start + one, as: SIMD32<UInt8>.self) .== ones)
                .& (base.loadUnaligned(fromByteOffset: start + other, as: SIMD32<UInt8>.self) .== others)
            // Each place found is a byte of all ones: read as four words, 8 places each, in order.
            let words = unsafeBitCast(found, to: SIMD4<UInt64>.self)
            if words[0] | words[1] | words[2] | words[3] != 0 {
                for word in 0..<4 {
                    var marked = UInt64(littleEndian: words[word]) & highBits
                    while marked != 0 {
                        let place = start + word * 8 + marked.trailingZeroBitCount / 8
                        guard place <= last else { return nil }
                        if bytes(at: base + place, equal: needle) { return place }
                        marked &= marked - 1
                    }
                }
            }
            start += 32
        }
        while start <= last {
            if base.load(fromByteOffset: start + one, as: UInt8.self) == oneByte, base.load(fromByteOffset: start + other, as: UInt8.self) == otherByte,
               bytes(at: base + start, equal: needle) {
                return start
            }
            start += 1
        }
        return nil
    }

    /// Whether the bytes at `place` are `needle`'s, compared in place (a query is a few bytes:
    /// `memcmp`'s call cost more than the comparing, a query of one letter being found in
    /// nearly every entry).
    @inline(__always)
    private static func bytes(at place: UnsafeRawPointer, equal needle: UnsafeRawBufferPointer) -> Bool {
        for index in needle.indices where place.load(fromByteOffset: index, as: UInt8.self) != needle[index] { return false }
        return true
    }

    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    /// How many runs ahead `prefetch` asks, and for how many lines of 64 bytes at most.
    private static let prefetchDistance = 4, prefetchLines = 8
}
