import Foundation
import Glibc
import Testing
import JobsagCore
import JobsagStoreTestSupport
@testable import JobsagStore

/// Guarantee 5: bad files are isolated, reported with path, line and column, never rewritten.
@Suite struct BadFileTests {
    /// Replaces the case file of S-000002 with `bytes`, loads everything and returns the
    /// problem reported for it, after checking that the other cases loaded, the file is
    /// untouched and a save to it is refused.
    private func problem(for bytes: Data, sourceName: String = #function) throws -> StoreProblem? {
        let directory = TemporaryDirectory(sourceName)
        defer { directory.remove() }
        let store = try StoreFixtures.makeStore(in: directory.path, count: 3)
        let path = store.layout.caseFile("S-000002")
        let original = try store.loadCase(id: "S-000002")
        try StoreFixtures.write(bytes, to: path)

        let load = try store.loadCases(where: .all)
        #expect(load.cases.map(\.id) == ["S-000001", "S-000003"])
        #expect(load.problems.count == 1)
        #expect(try StoreFixtures.read(path) == bytes)

        let error = storeError { () throws(StoreError) in try store.save(original, by: "MHJ", at: TestTime.at(60)) }
        guard case .caseFileInvalid(let refused)? = error else {
            Issue.record("save was not refused: \(String(describing: error))")
            return nil
        }
        #expect(refused.path == path)
        #expect(error?.message.da.contains("bliver ikke overskrevet") == true)
        #expect(try StoreFixtures.read(path) == bytes)
        guard case .caseFileInvalid(let single)? = storeError({ () throws(StoreError) in try store.loadCase(id: "S-000002") }) else {
            Issue.record("loadCase did not fail")
            return nil
        }
        #expect(single == load.problems.first)
        #expect(FileStore.validate(directory: directory.path).contains(single))
        return load.problems.first
    }

    /// A case file past the size a case can have (a fuzzer's 200 MB file took validate half a
    /// minute to parse) is reported without being parsed, like any unreadable file.
    @Test func aCaseFileLargerThanACaseCanBeIsReportedUnparsed() throws {
        let directory = TemporaryDirectory(#function)
        defer { directory.remove() }
        let store = try StoreFixtures.makeStore(in: directory.path, count: 3)
        try StoreFixtures.write(Data(repeating: 0x20, count: Int(FileSystem.maximumCaseFileSize) + 1), to: store.layout.caseFile("S-000002"))
        let load = try store.loadCases(where: .all)
        #expect(load.cases.map(\.id) == ["S-000001", "S-000003"])
        #expect(load.problems.map(\.message.da).contains { $0.contains("filen er for stor") })
        #expect(FileStore.validate(directory: directory.path).contains { $0.message.da.contains("filen er for stor") })
    }

    /// Every case read with its version (a check's first of the day) asks no file's status
    /// first: a case file that is a directory, a link or a FIFO is reported as the listing
    /// reports it, without waiting for a writer to the FIFO; files others can read are
    /// counted in one warning; each version is the file's stamp as the listing sees it.
    @Test func casesReadWithTheirVersionsReportWhatIsNotARegularPrivateFile() throws {
        let directory = TemporaryDirectory(#function)
        defer { directory.remove() }
        let store = try StoreFixtures.makeStore(in: directory.path, count: 6)
        let layout = store.layout
        for id in ["S-000002", "S-000003", "S-000004"] { #expect(unlink(layout.caseFile(id)) == 0) }
        #expect(mkdir(layout.caseFile("S-000002"), 0o700) == 0)
        #expect(symlink(layout.caseFile("S-000001"), layout.caseFile("S-000003")) == 0)
        #expect(mkfifo(layout.caseFile("S-000004"), 0o600) == 0)
        #expect(chmod(layout.caseFile("S-000005"), 0o644) == 0)

        let read = try store.mapCasesWithVersions(where: .all) { version, item in "\(version.id) \(item.id)" }
        #expect(read.values == ["S-000001 S-000001", "S-000005 S-000005", "S-000006 S-000006"])
        #expect(read.problems.first?.kind == .permissions)
        #expect(read.problems.first?.detail.da.hasPrefix("1 sagsfiler kan læses af andre") == true)
        let notRegular = read.problems.dropFirst()
        #expect(notRegular.map(\.caseID) == ["S-000002", "S-000003", "S-000004"])
        #expect(notRegular.allSatisfy { $0.detail.da == "er ikke en almindelig fil (en mappe eller et link)" })
        let listed = try store.caseVersions(where: .all)
        #expect(listed.problems.map(\.caseID) == ["S-000002", "S-000003", "S-000004", nil])
        #expect(listed.problems.map(\.detail) == notRegular.map(\.detail) + read.problems.prefix(1).map(\.detail))
        let stamps = try store.mapCasesWithVersions(where: .all) { version, _ in version }.values
        #expect(stamps == listed.versions)
    }

    private func caseText(_ number: Int = 2) throws -> String {
        String(decoding: try CaseFileCoding.encode(SampleCases.make(number: number), path: "x"), as: UTF8.self)
    }

    /// The 1-based line and column of the first occurrence of `needle` in `text`.
    private func position(of needle: String, in text: String, delta: Int = 0) -> TextPosition? {
        guard let range = text.range(of: needle) else { return nil }
        let offset = text.utf8.distance(from: text.startIndex, to: range.lowerBound) + delta
        return TextPosition(offset: offset, in: Array(text.utf8))
    }

    @Test func aTruncatedFileIsReportedAtItsEnd() throws {
        let text = try caseText()
        let truncated = Data(text.utf8.prefix(text.utf8.count / 2))
        let problem = try #require(try problem(for: truncated))
        #expect(problem.kind == .truncated)
        #expect(problem.caseID == "S-000002")
        #expect(problem.position == TextPosition(offset: truncated.count, in: Array(truncated)))
        #expect(problem.message.da.hasPrefix(problem.path + ", linje \(problem.position?.line ?? 0), kolonne"))
    }

    @Test func invalidUTF8IsReportedWhereItIs() throws {
        var text = try caseText()
        text = text.replacingOccurrences(of: "Strandvejen", with: "Strand#vejen")
        let expected = position(of: "#vejen", in: text)
        var bytes = Array(text.utf8)
        let index = try #require(bytes.firstIndex(of: UInt8(ascii: "#")))
        bytes[index] = 0xE6  // Latin-1 "æ": not UTF-8
        let problem = try #require(try problem(for: Data(bytes)))
        #expect(problem.kind == .invalidUTF8)
        #expect(problem.position == expected)
    }

    @Test func aFileFromANewerVersionIsReadOnly() throws {
        let text = try caseText().replacingOccurrences(of: "\"version\" : 6", with: "\"version\" : 99")
        let problem = try #require(try problem(for: Data(text.utf8)))
        #expect(problem.kind == .newerVersion)
        #expect(problem.position == TextPosition(line: 3, column: 15))
        #expect(problem.detail.da.contains("nyere"))
    }

    @Test func notJSONIsASyntaxErrorWithPosition() throws {
        let text = try caseText().replacingOccurrences(of: "\"caseworker\" : \"", with: "\"caseworker\" ; \"")
        let problem = try #require(try problem(for: Data(text.utf8)))
        #expect(problem.kind == .notJSON)
        #expect(problem.position == position(of: "; \"", in: text))
    }

    @Test func schemaErrorsPointAtTheOffendingValue() throws {
        let base = try caseText()
        let cases: [(String, String, String, String)] = [
            // (replace, with, locate, detail fragment)
            ("\"revision\" : 1", "\"revision\" : \"one\"", "\"one\"", "forventede et tal i feltet »revision«"),
            ("\"cpr\" : \"", "\"cpr\" : \"99", "\"99", "ugyldigt CPR-nummer"),
            ("\"created\" : \"", "\"created\" : \"2024-02-30\", \"x\" : \"", "\"2024-02-30\"", "forventede en dato"),
            ("\"kind\" : \"jobsamtale\"", "\"kind\" : \"kaffe\"", "\"kaffe\"", "ukendt værdi"),
            ("\"jobFocus\" : true", "\"jobFocus\" : \"ja\"", "\"ja\"", "conversations[0].jobFocus"),
        ]
        for (old, new, locate, fragment) in cases {
            let text = base.replacingOccurrences(of: old, with: new)
            #expect(text != base)
            let problem = try #require(try problem(for: Data(text.utf8)))
            #expect(problem.kind == .schema)
            #expect(problem.position == position(of: locate, in: text), "\(new)")
            #expect(problem.detail.da.contains(fragment), "\(problem.detail.da)")
        }
    }

    @Test func aMissingFieldPointsAtItsObject() throws {
        let text = try caseText().replacingOccurrences(of: "\"name\" : ", with: "\"navn\" : ")
        let problem = try #require(try problem(for: Data(text.utf8)))
        #expect(problem.kind == .schema)
        #expect(problem.detail.da.contains("feltet »citizen.name« mangler"))
        #expect(problem.position == position(of: "\"citizen\" : {", in: text, delta: "\"citizen\" : ".utf8.count))
    }

    @Test func messagesNeverQuoteTheCPRNumberOrTheName() throws {
        let value = SampleCases.make(number: 2)
        let text = try caseText().replacingOccurrences(of: value.citizen.cpr.formatted, with: value.citizen.cpr.formatted + "9")
        let problem = try #require(try problem(for: Data(text.utf8)))
        #expect(!problem.message.da.contains(value.citizen.cpr.formatted))
        #expect(!problem.message.en.contains(value.citizen.cpr.formatted))
        #expect(!problem.message.da.contains(value.citizen.name))
    }

    // MARK: Strict JSON: what Foundation's decoder would let through

    @Test func aTrailingCommaIsRefusedAtTheComma() throws {
        let trailing = String(try caseText().dropLast(2)) + ",\n}\n"
        let problem = try #require(try problem(for: Data(trailing.utf8)))
        #expect(problem.kind == .notJSON)
        #expect(problem.detail.da.contains("komma efter det sidste"))
        #expect(problem.position == TextPosition(offset: trailing.utf8.count - 4, in: Array(trailing.utf8)))
    }

    @Test func aTrailingCommaInAListIsRefused() throws {
        let text = try caseText().replacingOccurrences(of: "\"goals\" : [", with: "\"goals\" : [1,]")
            .replacingOccurrences(of: "[1,]\n", with: "[1,],\"x\" : [\n")
        let problem = try #require(try problem(for: Data(text.utf8)))
        #expect(problem.detail.da.contains("komma efter det sidste"))
        #expect(problem.position == position(of: ",]", in: text))
    }

    @Test func aDuplicateKeyIsRefusedAtItsSecondOccurrence() throws {
        // jq and Python take the last of two keys, Foundation the first: two programs would
        // see two different caseworkers.
        let text = try caseText().replacingOccurrences(of: "\"revision\" : 1,", with: "\"revision\" : 1,\n  \"caseworker\" : \"XX\",")
        let problem = try #require(try problem(for: Data(text.utf8)))
        #expect(problem.kind == .notJSON)
        #expect(problem.detail.da.contains("to gange"))
        #expect(problem.position == position(of: "\"caseworker\" : \"XX\"", in: text))
    }

    @Test func aUTF16FileIsRefusedAsNotUTF8() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in try caseText().utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let problem = try #require(try problem(for: Data(bytes)))
        #expect(problem.kind == .invalidUTF8)
        #expect(problem.detail.da.contains("UTF-16"))
        #expect(problem.position == TextPosition(line: 1, column: 1))
    }

    @Test func numbersNoBinary64HoldsAreRefusedWhereTheyAre() throws {
        for literal in ["1e-9999999999999999999", "1e400", "-1e400"] {
            let text = try caseText().replacingOccurrences(of: "\"revision\" : 1,", with: "\"revision\" : \(literal),")
            let problem = try #require(try problem(for: Data(text.utf8)))
            #expect(problem.detail.da.contains("for stort eller for lille"), "\(literal)")
            #expect(problem.position == position(of: literal, in: text), "\(literal)")
        }
    }

    @Test func numbersOutsideTheirRangeAreRefusedWhereTheyAre() throws {
        let cases: [(String, String, String)] = [
            ("\"revision\" : 1,", "\"revision\" : 9223372036854775807,", "revision"),
            ("\"revision\" : 1,", "\"revision\" : -1,", "revision"),
            ("\"hoursPerWeek\" : 15", "\"hoursPerWeek\" : 1e308", "offers[0].hoursPerWeek"),
            ("\"hoursPerWeek\" : 15", "\"hoursPerWeek\" : -9223372036854775808", "offers[0].hoursPerWeek"),
            ("\"hoursPerWeek\" : 15", "\"hoursPerWeek\" : 169", "offers[0].hoursPerWeek"),
        ]
        for (old, new, field) in cases {
            let text = try caseText().replacingOccurrences(of: old, with: new)
            let problem = try #require(try problem(for: Data(text.utf8)))
            #expect(problem.kind == .schema)
            #expect(problem.detail.da.contains("»\(field)« er uden for det tilladte"), "\(problem.detail.da)")
            let literalStart = new.utf8.count - new.drop { $0 != ":" }.dropFirst(2).utf8.count
            #expect(problem.position == position(of: new, in: text, delta: literalStart), "\(new)")
        }
    }

    @Test func aWholeNumberFieldWithAHugeNumberIsReportedAtTheNumber() throws {
        let text = try caseText().replacingOccurrences(of: "\"revision\" : 1,", with: "\"revision\" : 1e30,")
        let problem = try #require(try problem(for: Data(text.utf8)))
        #expect(problem.detail.da.contains("helt tal"))
        #expect(problem.position == position(of: "1e30", in: text))
    }

    @Test func aFileWhoseIDDiffersFromItsNameIsRefused() throws {
        let text = try caseText(7)
        let problem = try #require(try problem(for: Data(text.utf8)))
        #expect(problem.kind == .idMismatch)
        #expect(problem.position == position(of: "\"S-000007\"", in: text))
    }
}
