import Testing
@testable import JobsagCore

@Suite struct CalendarDateTests {
    private func date(_ text: String) -> CalendarDate { CalendarDate(text)! }

    @Test func parsesAndPrintsISO() {
        #expect(date("2024-02-29").iso == "2024-02-29")
        #expect(date("1970-01-01").dayNumber == 0)
        #expect(CalendarDate("2023-02-29") == nil)
        #expect(CalendarDate("2024-13-01") == nil)
        #expect(CalendarDate("2024-1-01") == nil)
        #expect(CalendarDate("2024-01-0x") == nil)
        #expect(CalendarDate("2024-01-01 ") == nil)
        #expect(CalendarDate("2024-01-+1") == nil)
    }

    @Test func aTimestampReadsItsOwnFormOnly() {
        #expect(Timestamp(iso: "1970-01-01T00:00:00Z")?.secondsSince1970 == 0)
        #expect(Timestamp(iso: "2026-12-06T04:05:59Z")?.iso == "2026-12-06T04:05:59Z")
        #expect(Timestamp(iso: "2026-12-06T04:05:59.123456789012345678901234Z")?.iso == "2026-12-06T04:05:59Z")
        #expect(Timestamp(iso: "2016-12-31T23:59:60Z") != nil)  // a leap second
        for wrong in ["2026-12-06T04:05:59", "2026-12-06 04:05:59Z", "2026-12-06T4:05:59Z", "2026-12-06T24:00:00Z",
                      "2026-12-06T04:60:00Z", "2026-12-06T04:05:61Z", "2026-12-06T04:05:59.Z", "2026-12-06T04:05:59.1xZ",
                      "2026-02-30T04:05:59Z", "2026-12-06T04:05:59ZZ", "2026-12-06T+4:05:59Z", "", "Z"] {
            #expect(Timestamp(iso: wrong) == nil, "\(wrong)")
        }
    }

    @Test func roundTripsEveryDayOfFourCenturies() {
        var day = date("1899-12-25").dayNumber
        let end = date("2301-01-05").dayNumber
        while day < end {
            let value = CalendarDate(dayNumber: day)
            let (y, m, d) = value.components
            #expect(CalendarDate(year: y, month: m, day: d) == value)
            day += 37
        }
    }

    @Test func monthArithmeticClampsToTheLastDay() {
        #expect(date("2024-01-31").adding(months: 1) == date("2024-02-29"))
        #expect(date("2023-01-31").adding(months: 1) == date("2023-02-28"))
        #expect(date("2024-01-31").adding(months: 3) == date("2024-04-30"))
        #expect(date("2024-01-08").adding(months: 6) == date("2024-07-08"))
        #expect(date("2024-03-31").adding(months: -1) == date("2024-02-29"))
        #expect(date("2024-12-15").adding(months: 1) == date("2025-01-15"))
        #expect(date("2024-02-29").adding(years: 1) == date("2025-02-28"))
    }

    @Test func weekdaysAndWeeks() {
        #expect(date("2026-11-23").isoWeekday == 1)  // a Monday
        #expect(date("2026-11-29").isoWeekday == 7)
        #expect(date("2026-11-23").isoWeek == 48)
        #expect(date("2021-01-03").isoWeek == 53)
        #expect(date("2024-12-30").isoWeek == 1)
    }

    @Test func wholeMonths() {
        #expect(date("2024-01-31").wholeMonths(until: date("2024-02-29")) == 1)
        #expect(date("2024-01-15").wholeMonths(until: date("2024-02-14")) == 0)
        #expect(date("2024-01-15").wholeMonths(until: date("2025-01-15")) == 12)
    }

    @Test func danishForms() {
        #expect(date("2026-11-03").danish == "03.11.2026")
        #expect(date("2026-11-03").danishShort == "03.11.26")
    }
}

@Suite struct CPRTests {
    @Test func acceptsBothForms() throws {
        let cpr = try #require(CPR("010190-1234"))
        #expect(cpr.formatted == "010190-1234")
        #expect(cpr.masked == "010190-xxxx")
        #expect(CPR("0101901234") == cpr)
        #expect(cpr.birthDate == CalendarDate("1990-01-01"))
    }

    @Test func rejectsWrongFormAndImpossibleDates() {
        #expect(CPR.parse("01019-1234") == .failure(.wrongForm))
        #expect(CPR.parse("010190-12a4") == .failure(.wrongForm))
        #expect(CPR.parse("0101-901234") == .failure(.wrongForm))
        #expect(CPR.parse("310290-1234") == .failure(.impossibleBirthDate))
        #expect(CPR.parse("320190-1234") == .failure(.impossibleBirthDate))
        // The written form read byte by byte and the others character by character agree.
        #expect(CPR(" 010190-1234\n") == CPR("010190-1234"))
        #expect(CPR(" 0101901234") == CPR("0101901234"))
        for text in ["010190 1234", "0101901-234", "010190-12345", "010190--234", "010190-123", "０１０１９０-1234", "010190\u{2014}1234", "010190-12\u{663}4", "01019012345"] {
            #expect(CPR.parse(text) == .failure(.wrongForm), "\(text)")
        }
    }

    @Test func centuryFollowsTheSeventhDigit() {
        #expect(CPR("010105-4123")?.birthDate == CalendarDate("2005-01-01"))
        #expect(CPR("010155-4123")?.birthDate == CalendarDate("1955-01-01"))
        #expect(CPR("010105-5123")?.birthDate == CalendarDate("2005-01-01"))
        #expect(CPR("010160-5123")?.birthDate == CalendarDate("1860-01-01"))
        #expect(CPR("290200-4123")?.birthDate == CalendarDate("2000-02-29"))
        #expect(CPR("290200-1123") == nil)  // 1900 was not a leap year
    }

    @Test func age() {
        let cpr = CPR("150690-1234")!
        #expect(cpr.age(on: CalendarDate("2026-06-14")!) == 35)
        #expect(cpr.age(on: CalendarDate("2026-06-15")!) == 36)
    }
}

@Suite struct DanishTextTests {
    @Test func sortsInDanishOrder() {
        let names = ["Åse", "Øster", "Zacho", "Ærø", "Aagaard", "Xenia", "Yrsa", "Anders", "émile"]
        let sorted = names.sorted(by: DanishText.precedes)
        #expect(sorted == ["Anders", "émile", "Xenia", "Yrsa", "Zacho", "Ærø", "Øster", "Aagaard", "Åse"])
    }

    @Test func searchFoldsCaseAccentsAndDoubleA() {
        let key = DanishText.searchKey("Århus Kommune")
        #expect(DanishText.matches(key, query: DanishText.searchKey("aarhus")))
        #expect(DanishText.matches(DanishText.searchKey("René Ærø"), query: DanishText.searchKey("rene æ")))
        #expect(!DanishText.matches(key, query: DanishText.searchKey("arhus")))
    }

    @Test func byteSearchFindsEveryPlaceAndNothingElse() {
        #expect(DanishText.matches("abc", query: ""))
        #expect(DanishText.matches("", query: ""))
        #expect(!DanishText.matches("", query: "a"))
        #expect(!DanishText.matches("ab", query: "abc"))
        #expect(DanishText.matches("abc", query: "abc"))
        #expect(DanishText.matches("xxabc", query: "abc"))  // at the very end
        #expect(DanishText.matches("aab", query: "ab"))  // after a false start on the same byte
        #expect(DanishText.matches("søren ærø", query: "ærø"))
        #expect(!DanishText.matches("søren ærø", query: "ærå"))
    }

    /// The quick way (every scalar below U+0300, a table of word characters) and the general
    /// one (character by character) mark word starts alike: every such scalar alone, doubled
    /// and between others, CR LF, and random text with combining marks and letters beyond.
    @Test func wordStartsAreMarkedAsCharacterByCharacter() {
        var texts = ["", "lager og lagermedarbejder", "på 2. sal", "a\r\nb", "x\r\n\r1", "ærø-å 3½ ²x"]
        for value in 0..<0x300 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(scalar)
            texts += [text, "a" + text + text + "1", "\r" + text + "\n", " " + text + "b"]
        }
        let alphabet = Array("ab1 .æøå\r\n\u{301}\u{30A}é²½ǅʰ\u{2BB}中\u{200D}👩")
        var generator = SplitMix64(state: 23)
        for _ in 0..<3000 {
            texts.append(String((0..<Int(generator.next() % 10)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }))
        }
        for text in texts {
            #expect(DanishText.wordStartKey(text) == DanishText.wordStartKeyByCharacter(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(DanishText.wordStartKey("job som lager") == "\u{1E}job \u{1E}som \u{1E}lager")
    }

    /// The quick sort key (every scalar below U+0300, a table of weights) and the general one
    /// (lower case and NFC, character by character) agree: every such scalar alone, doubled
    /// and between others, runs of `a` and `A` (`aa` is `å`), and random names with combining
    /// marks and letters beyond.
    @Test func sortKeysAreWorkedOutAsCharacterByCharacter() {
        var texts = ["", "Aagaard", "Zacho", "aaa", "aAaA", "aaaaa", "Søren Ærø-Åberg", "İlker", "\u{2BB}a"]
        for value in 0..<0x300 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(scalar)
            texts += [text, "a" + text + text + "a", "A" + text, text + "a"]
        }
        let alphabet = Array("aAbz1 -.æøåÆØÅäöüé\u{301}\u{30A}İǅʰ\u{2BB}ßÿ中👩")
        var generator = SplitMix64(state: 29)
        for _ in 0..<3000 {
            texts.append(String((0..<Int(generator.next() % 10)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }))
        }
        for text in texts {
            #expect(DanishText.sortKey(text) == DanishText.sortKeyByCharacter(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(DanishText.precedes("Zacho", "Aagaard"))
    }

    @Test func normalisesDecomposedInput() {
        let decomposed = "A\u{030A}se"  // A + combining ring
        #expect(DanishText.normalized(decomposed).unicodeScalars.count == 3)
        #expect(DanishText.normalized(decomposed) == "Åse")
    }
}
