import Testing
@testable import JobsagRules

/// A reason in lower case is the text `lowercased()` makes, for every scalar and mixed text.
@Suite struct ReasonTextTests {
    @Test func everyScalarLowersAsTheStandardLibraryLowersIt() {
        let scalars = (0...0x1_FFFF).compactMap(Unicode.Scalar.init)
        let differing = scalars.filter { !String($0).lowercasedText.unicodeScalars.elementsEqual(String($0).lowercased().unicodeScalars) }
        #expect(differing.isEmpty, "\(differing.prefix(10).map { String($0.value, radix: 16) })")
    }

    @Test func textsLowerAsTheStandardLibraryLowersThem() {
        let texts = [
            "", "ABC xyz", "ÆØÅ æøå Ærø Ålborg ×÷ ß ẞ", "İSTANBUL ΣΟΦΙΑ Straße", "e\u{301} É Å\u{30A}",
            "👩‍👩‍👧 JOB 🇩🇰", "  Borgeren har DIAGNOSE   ", "\u{0}\u{7F}\u{80}\u{FF}",
        ]
        for text in texts {
            #expect(text.lowercasedText == text.lowercased())
            #expect(text.lowercasedText.unicodeScalars.elementsEqual(text.lowercased().unicodeScalars))
        }
        #expect("  Ærø \n".trimmingSpaces == "Ærø")
        #expect(" \t ".trimmingSpaces.isEmpty)
    }
}
