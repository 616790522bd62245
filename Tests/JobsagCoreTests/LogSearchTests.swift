import Testing
@testable import JobsagCore

/// The search in what was written: the filter's Danish folding, matching anywhere, the match
/// found again in the text it came from, newest first, and a snippet around the match.
@Suite struct LogSearchTests {
    static let day = CalendarDate("2026-11-23")!

    static var cases: [Case] {
        let citizen = Citizen(cpr: CPR("120385-1235")!, name: "Søren Ærø Andersen", preferredForm: .fysisk)
        return [
            Case(id: "S-000001", created: day, caseworker: "MHJ", citizen: citizen,
                 goals: [Goal(id: "g1", kind: .job, title: "Lagermedarbejder hos Coop i Ølstykke", created: CalendarDate("2026-01-20")!,
                              subgoals: [Subgoal(id: "sg1", kind: .faglig, title: "Truckcertifikat B", created: CalendarDate("2026-02-01")!)])],
                 conversations: [
                    Conversation(id: "c1", date: CalendarDate("2026-10-07")!, summary: "Talte om lagerjob i Brøndby.\nSøren er motiveret."),
                    Conversation(id: "c2", date: CalendarDate("2026-11-02")!, summary: "Status.", agreements: "Ringer til Aalborg Kommune."),
                 ],
                 notes: [JournalNote(id: "n1", date: CalendarDate("2026-11-20")!, author: "MHJ", subject: "Mail fra Århus", text: "Praktik på lageret i Århus bekræftet.")]),
            Case(id: "S-000002", created: day, caseworker: "MHJ",
                 citizen: Citizen(cpr: CPR("030798-2468")!, name: "Åse Østergaard", preferredForm: .fysisk),
                 conversations: [Conversation(id: "c3", date: CalendarDate("2026-11-20")!, summary: "Café-job hos Møller; ÅRHUS nævnt.")]),
        ]
    }

    @Test func theFoldingIsTheFiltersAndRemembersWhereEachCharacterCameFrom() {
        for text in ["Søren Ærø Andersen", "Aagaard i Aalborg", "Café Ä ö", "Bjarne A\u{030A}kjær", "aaa", "ÅRHUS", "Straße"] {
            #expect(FoldedText(text).key == DanishText.searchKey(text), "\(text)")
        }
        let folded = FoldedText("Jørgen Aagaard")
        let match = folded.firstMatch(of: DanishText.searchKey("ågård"))
        #expect(match == 7..<14)
        #expect(String(folded.characters[7..<14]) == "Aagaard")
        #expect(FoldedText("Bjarne A\u{030A}kjær").firstMatch(of: "åkjær") == 7..<12)
    }

    /// The quick way (every scalar below U+0300) and the general one fold alike.
    @Test func everyTextFoldsAsCharacterByCharacterFolding() {
        let alphabet = Array("aAåÅæÆøØäÄöÖéÉüßİıñÑ iIkK-.,\u{0301}\u{030A}ÿŸđ")
        var generator = SplitMix64(state: 15)
        for _ in 0..<3000 {
            let length = Int(generator.next() % 12)
            let text = String((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
            #expect(DanishText.searchKey(text) == FoldedText(text).key, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        // Every scalar the quick way reads, alone and between a's (the `aa` rule).
        for value in 0..<0x300 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in [String(scalar), "a" + String(scalar) + "aA", "Æ" + String(scalar) + String(scalar) + "ø"] {
                #expect(DanishText.searchKey(text) == FoldedText(text).key, "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test func aQueryFindsEveryKindOfEntryAnywhereInAWordNewestFirst() {
        let search = LogSearch(cases: Self.cases)
        #expect(search.caseCount == 2)
        let hits = search.hits(for: "LAGER")
        #expect(hits.map(\.entryID) == ["n1", "c1", "g1"])
        #expect(hits.map(\.kind) == [.note, .conversation, .goal])
        #expect(hits.first?.field == .text)
        #expect(search.hits(for: "certifikat").map(\.entryID) == ["sg1"])
        #expect(search.hits(for: "aarhus").map(\.entryID) == ["n1", "c3"])  // the same day: by case id
        #expect(search.hits(for: "brondby").isEmpty)  // ø is a letter of its own, not an o
        #expect(search.hits(for: "aalborg").map(\.field) == [.agreements])
        #expect(search.hits(for: "cafe").map(\.caseID) == ["S-000002"])
        #expect(search.hits(for: "   ").isEmpty)
        #expect(search.hits(for: "kaffe").isEmpty)
    }

    @Test func aChangedCaseIsSearchedAsItIsNow() {
        var search = LogSearch(cases: Self.cases)
        var changed = Self.cases[1]
        changed.notes.append(JournalNote(id: "n9", date: Self.day, author: "MHJ", subject: "Lagerjob", text: ""))
        search.update(changed)
        let hits = search.hits(for: "lager")
        #expect(hits.map(\.entryID) == ["n9", "n1", "c1", "g1"])
        #expect(hits.caseCount == 2 && search.caseCount == 2)
        #expect(hits.position(caseID: "S-000001", entryID: "c1") == 2)
        #expect(hits.position(caseID: "S-000002", entryID: "c1") == nil)
        var emptied = Self.cases[0]
        emptied.conversations = []
        emptied.notes = []
        emptied.goals = []
        search.update(emptied)
        #expect(search.hits(for: "lager").map(\.entryID) == ["n9"])
        #expect(search.hits(for: "lager").caseCount == 1 && search.caseCount == 2)
        #expect(search.hits(for: "lager\u{1F}").isEmpty, "a query cannot reach across two texts of an entry")
    }

    /// Nine chunks of texts once stopped the program on a machine with two cores (as 9 to 13
    /// did, and other counts up to 41: a faglig konsulent's search over a 2,500-case demo):
    /// the last chunks' bounds ran past the end.
    @Test func aSearchOverNineChunksOfTextsFindsTheLastText() {
        let count = 8 * FoldedKeys.chunkSize + 1
        let keys = FoldedKeys(count: count) { ["sag \($0) på Ærø"] }
        #expect(keys.entries(holding: Array(DanishText.searchKey("sag \(count - 1) på").utf8)) == [count - 1])
        #expect(keys.entries(holding: Array(DanishText.searchKey("ærø").utf8)).count == count)
    }

    /// A query of one letter is answered from the characters each entry holds, without a scan:
    /// only where the character has a place of its own, which a character sharing a byte with
    /// it (ɥ ends with å's last byte) or a shared place (Ω, a tab) does not give it.
    @Test func aQueryOfOneLetterFindsExactlyTheEntriesHoldingIt() {
        let texts = [["på Ærø"], ["ɥ og Ω"], ["tab\there"], ["lager", "åben"], ["ingen"]]
        let keys = FoldedKeys(count: texts.count) { texts[$0] }
        func found(_ query: String) -> [Int] { keys.entries(holding: Array(DanishText.searchKey(query).utf8)) }
        #expect(found("å") == [0, 3])
        #expect(found("ɥ") == [1] && found("Ω") == [1] && found("\t") == [2])
        #expect(found("æ") == [0] && found("ø") == [0] && found("l") == [3] && found("n") == [3, 4])
        #expect(found("z").isEmpty && found("ü").isEmpty)
        for letter in ["a", "å", "æ", "ø", "z", "0", " ", "."] {
            #expect(CharacterMask(Array(letter.utf8)).isExactly(Array(letter.utf8)), "\(letter)")
        }
        for query in ["ɥ", "Ω", "\t", "ab", "é", "aa"] {
            #expect(!CharacterMask(Array(query.utf8)).isExactly(Array(query.utf8)), "\(query)")
        }
        let narrowed = keys.entries(holding: Array("å".utf8), among: [1, 2, 3])
        #expect(narrowed == [3])
    }

    /// The scan, with what each entry holds and the hits of an earlier query to narrow from,
    /// finds what a plain search of each text finds: over two chunks of texts of letters
    /// that make many pairs, some apart and some together.
    @Test func theScanFindsWhatAPlainSearchOfEachTextFinds() {
        let alphabet = Array("læøå egrkaLÆ\u{1F}")
        var generator = SplitMix64(state: 41)
        func random(_ length: Int) -> String {
            String((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
        }
        let texts = (0..<(FoldedKeys.chunkSize + 500)).map { _ in (0..<Int(1 + generator.next() % 3)).map { _ in random(Int(generator.next() % 24)) } }
        let keys = FoldedKeys(count: texts.count) { texts[$0] }
        let folded = texts.map { $0.map { Array(DanishText.searchKey($0).utf8) } }
        func plain(_ query: [UInt8]) -> [Int] {
            folded.indices.filter { entry in
                folded[entry].contains { text in
                    text.count >= query.count && (0...(text.count - query.count)).contains { text[$0..<($0 + query.count)].elementsEqual(query) }
                }
            }
        }
        var searched = 0
        while searched < 30 {
            let query = Array(DanishText.searchKey(random(Int(2 + generator.next() % 3))).utf8)
            let characters = String(decoding: query, as: UTF8.self).count
            guard !query.contains(FoldedKeys.textEnd), characters > 1 else { continue }
            searched += 1
            let expected = plain(query)
            #expect(keys.entries(holding: query) == expected, "\(String(decoding: query, as: UTF8.self))")
            let shorter = Array(String(String(decoding: query, as: UTF8.self).dropLast()).utf8)
            #expect(keys.entries(holding: query, among: plain(shorter)) == expected, "\(String(decoding: query, as: UTF8.self))")
        }
    }

    /// A text holding the byte that ends each text in the search (U+001F, written in JSON
    /// as `\u001f`) is still one text: the hit is in the right one.
    @Test func aUnitSeparatorInATextKeepsTheTextsApart() {
        var item = Self.cases[1]
        item.conversations = [Conversation(id: "c7", date: Self.day, summary: "Før\u{1F}efter", agreements: "Lager i Ølstykke")]
        let search = LogSearch(cases: [item])
        #expect(search.hits(for: "lager").map(\.field) == [.agreements])
        #expect(search.hits(for: "efter").map(\.field) == [.summary])
        #expect(search.hits(for: "førefter").isEmpty && search.hits(for: "efterlager").isEmpty)
    }

    @Test func theSnippetShowsTheMatchWithTheTextAroundIt() {
        let hit = LogSearch(cases: Self.cases).hits(for: "BRØNDBY").first
        let whole = hit?.snippet(width: 60)
        #expect(whole.map { [$0.before, $0.match, $0.after] } == ["Talte om lagerjob i ", "Brøndby", ". Søren er motiveret."])
        let cut = hit?.snippet(width: 30)
        #expect(cut.map { [$0.before, $0.match, $0.after] } == ["…i ", "Brøndby", ". Søren er motivere…"])
        let narrow = hit?.snippet(width: 14)
        #expect(narrow.map { $0.before + $0.match + $0.after } == "…Brøndby. Sør…")
        let long = LogSearch(cases: Self.cases).hits(for: "motiveret").first?.snippet(width: 20)
        #expect(long?.before.hasPrefix("…") == true)
        #expect(long?.match == "motiveret")
        #expect(long.map { $0.before.count + $0.match.count + $0.after.count } ?? 99 <= 20)
    }
}
