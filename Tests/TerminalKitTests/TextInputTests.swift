import Testing
import TerminalKit

@Suite struct TextInputTests {
    @Test func movesByWholeGraphemes() {
        var input = TextInput()
        for character in "æøåé👩‍👩‍👧x" { input.handle(.character(character)) }
        #expect(input.text == "æøåé👩‍👩‍👧x")
        #expect(input.cursor == 6)
        input.handle(.left)
        input.handle(.left)
        #expect(input.cursor == 4)
        input.handle(.backspace)
        #expect(input.text == "æøå👩‍👩‍👧x")
        input.handle(.delete)
        #expect(input.text == "æøåx")
    }

    @Test func aCombiningMarkTypedAfterALetterBecomesOneComposedLetter() {
        var input = TextInput()
        input.handle(.character("A"))
        input.insert("\u{030A}")  // combining ring above
        #expect(input.text == "Å")
        #expect(input.text.unicodeScalars.count == 1)
        #expect(input.cursor == 1)
    }

    @Test func decomposedTextIsNormalisedToNFC() {
        let input = TextInput("A\u{030A}se")
        #expect(input.text.unicodeScalars.map(\.value) == [0xC5, 0x73, 0x65])
        #expect(input.characters.count == 3)
    }

    @Test func wordMovementAndDeletion() {
        var input = TextInput("Søren Ærø Andersen")
        input.handle(.wordLeft)
        #expect(input.cursor == 10)
        input.handle(.wordLeft)
        #expect(input.cursor == 6)
        input.handle(.wordRight)
        #expect(input.cursor == 9)
        input.handle(.end)
        input.handle(.ctrl("w"))
        #expect(input.text == "Søren Ærø ")
        input.handle(.home)
        input.handle(.ctrl("k"))
        #expect(input.text == "")
        input.setText("abc def")
        input.handle(.left)
        input.handle(.ctrl("u"))
        #expect(input.text == "f")
        #expect(input.cursor == 0)
    }

    @Test func visibleWindowKeepsTheCursorInView() {
        var input = TextInput("abcdefghij")
        let (text, column) = input.visible(width: 5)
        #expect(text == "ghij")
        #expect(column == 4)
        input.handle(.home)
        #expect(input.visible(width: 5) == ("abcde", 0))
        let wide = TextInput("日本語")
        #expect(wide.visible(width: 10) == ("日本語", 6))
    }
}

@Suite struct DisplayWidthTests {
    @Test func widthsOfDanishWideAndCombiningText() {
        #expect(DisplayWidth.of("Søren Ærø Åse") == 13)
        #expect(DisplayWidth.of("A\u{030A}") == 1)
        #expect(DisplayWidth.of("日本") == 4)
        #expect(DisplayWidth.of("👍") == 2)
        #expect(DisplayWidth.of("👩‍👩‍👧") == 2)
        #expect(DisplayWidth.of("é") == 1)
        #expect(DisplayWidth.of("❤️") == 1)
        #expect(DisplayWidth.of("䷀") == 2)
    }

    @Test func aCellHoldsWhatCursesDrawsOfAGrapheme() {
        #expect(DisplayWidth.terminalForm("❤️") == "❤")
        #expect(DisplayWidth.terminalForm("👩‍👩‍👧") == "👩")
        #expect(DisplayWidth.terminalForm("👍🏽") == "👍")
        #expect(DisplayWidth.terminalForm("A\u{030A}") == "A\u{030A}")
        #expect(DisplayWidth.terminalForm("1️⃣") == "1\u{20E3}")
        var buffer = CellBuffer(size: Size(width: 12, height: 1))
        #expect(buffer.write("❤️⚠️✔️ Ærø", x: 0, y: 0) == 7)
        #expect(buffer[0, 0].grapheme == "❤" && buffer[1, 0].grapheme == "⚠" && buffer[2, 0].grapheme == "✔")
        #expect(buffer.text(row: 0) == "❤⚠✔ Ærø")
    }

    @Test func truncatesAndPadsByColumns() {
        #expect(DisplayWidth.truncate("Mølgaard-Lærkesen", to: 8) == "Mølgaar…")
        #expect(DisplayWidth.pad("Ærø", to: 5) == "Ærø  ")
        #expect(DisplayWidth.pad("日本語", to: 5) == "日本…")
        #expect(DisplayWidth.pad("7", to: 3, alignRight: true) == "  7")
    }

    /// A cut text ends where a word ends when that keeps two thirds of the width (issue 14:
    /// "Dokumenteres v", "Evidence neede"); a long word is cut inside.
    @Test func truncatesAtWordEndsWithAnEllipsis() {
        #expect(DisplayWidth.truncate("Dokumenteres ved", to: 15) == "Dokumenteres…")
        #expect(DisplayWidth.truncate("Evidence needed", to: 12) == "Evidence…")
        #expect(DisplayWidth.truncate("07.01.26 Vejledning om rettigheder", to: 22) == "07.01.26 Vejledning…")
        #expect(DisplayWidth.truncate("Søren Ærø Andersen", to: 13) == "Søren Ærø…")
        #expect(DisplayWidth.truncate("Zoë Mølgaard-Lærkesen", to: 15) == "Zoë Mølgaard…")
        #expect(DisplayWidth.truncate("Rehabiliteringsteamets indstilling", to: 12) == "Rehabiliter…")
        #expect(DisplayWidth.truncate("Søren Ærø Andersen", to: 18) == "Søren Ærø Andersen")
        #expect(DisplayWidth.truncate("Søren Ærø Andersen", to: 12, ellipsis: false) == "Søren Ærø An")
    }
}

@Suite struct CellBufferTests {
    @Test func wideGraphemesTakeTwoCellsAndCombiningMarksNone() {
        var buffer = CellBuffer(size: Size(width: 10, height: 1))
        let end = buffer.write("日Å\u{030A}x", x: 0, y: 0)
        #expect(end == 4)
        #expect(buffer[0, 0].grapheme == "日")
        #expect(buffer[1, 0].isContinuation)
        #expect(buffer.text(row: 0) == "日Å\u{030A}x")
    }

    @Test func overwritingHalfAWideGraphemeBlanksTheOtherHalf() {
        var buffer = CellBuffer(size: Size(width: 6, height: 1))
        buffer.write("日本", x: 0, y: 0)
        buffer.write("x", x: 1, y: 0)
        #expect(buffer.text(row: 0) == " x本")
        #expect(!buffer[1, 0].isContinuation)
    }

    @Test func clipsAtTheEdgeWithoutSplittingAWideGrapheme() {
        var buffer = CellBuffer(size: Size(width: 3, height: 1))
        buffer.write("ab日", x: 0, y: 0)
        #expect(buffer.text(row: 0) == "ab")
    }

    @Test func controlCharactersShowAsSpaces() {
        var buffer = CellBuffer(size: Size(width: 6, height: 1))
        buffer.write("a\tb\nc", x: 0, y: 0)
        #expect(buffer.text(row: 0) == "a b c")
    }

    /// A control character is measured as the space it is drawn as, so text laid out by its
    /// width fits where it is drawn: two C1 controls in a form's field (pasted, or kept from
    /// an older version) pushed its text over the field's right border.
    @Test func controlCharactersTakeTheColumnTheyAreDrawnIn() {
        for text in ["a\tb\nc", "Test \u{9B}31mRØD\u{85}next", "x\r\ny", "\u{1B}[2J", "æ\u{7F}ø\u{0}"] {
            var buffer = CellBuffer(size: Size(width: 40, height: 1))
            #expect(buffer.write(text, x: 0, y: 0) == DisplayWidth.of(text), "\(text.debugDescription)")
            let (shown, _) = TextInput(text).visible(width: 8)
            var field = CellBuffer(size: Size(width: 40, height: 1))
            #expect(field.write(shown, x: 0, y: 0) <= 8, "\(text.debugDescription) fits its field")
        }
    }
}

@Suite struct LayoutTests {
    @Test func flexibleColumnsShareTheRestAndLowPriorityColumnsDrop() {
        let columns = [TableColumn(width: 2), TableColumn(width: 10, flex: 1), TableColumn(width: 11, dropPriority: 1)]
        let wide = TableLayout.frames(columns, width: 40)
        #expect(wide.compactMap { $0?.width } == [2, 25, 11])
        let narrow = TableLayout.frames(columns, width: 20)
        #expect(narrow[2] == nil)
        #expect(narrow[1]?.width == 17)
    }

    @Test func listScrollKeepsTheSelectionOnThePage() {
        var scroll = ListScroll()
        scroll.select(15, count: 20, pageHeight: 5)
        #expect(scroll.top == 11)
        scroll.clamp(count: 20, pageHeight: 10)
        #expect(scroll.top == 10)
        scroll.move(by: -100, count: 20, pageHeight: 10)
        #expect(scroll.selected == 0 && scroll.top == 0)
        scroll.clamp(count: 0, pageHeight: 10)
        #expect(scroll.selected == 0)
    }

    /// A row selected from elsewhere is shown mid-page when it was off the page, left where it is on it.
    @Test func aJumpShowsARowOffThePageInTheMiddle() {
        var scroll = ListScroll()
        scroll.jump(to: 50, count: 100, pageHeight: 11)
        #expect(scroll.selected == 50 && scroll.top == 45)
        scroll.jump(to: 53, count: 100, pageHeight: 11)
        #expect(scroll.selected == 53 && scroll.top == 45)
        scroll.jump(to: 98, count: 100, pageHeight: 11)
        #expect(scroll.selected == 98 && scroll.top == 89)
        scroll.jump(to: 2, count: 100, pageHeight: 11)
        #expect(scroll.selected == 2 && scroll.top == 0)
        scroll.jump(to: 7, count: 0, pageHeight: 11)
        #expect(scroll.selected == 0 && scroll.top == 0)
    }

    @Test func wrapsByWordsAndBreaksLongWords() {
        #expect(TextWrap.lines("Søren ønsker lagerarbejde", width: 12) == ["Søren ønsker", "lagerarbejde"])
        #expect(TextWrap.lines("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(TextWrap.lines("a\nb", width: 4) == ["a", "b"])
    }
}
