import Foundation
import Testing
import JobsagCore
import JobsagDemo
import JobsagRules
import TerminalKit
@testable import JobsagApp

/// `caseload.cache` gives back what the caseload kept of each case not held, so that every
/// screen shows what it showed when the cases were read, and is never taken for another
/// version, day or user.
@Suite struct CaseloadCacheTests {
    static let today = CalendarDate("2026-11-23")!
    static let demo = DemoGenerator(today: today).generate(caseCount: 300)
    /// The demo's cases, two of them closed (one with a tab in its note) and one with a
    /// reminder whose text has a tab, a line break and a per cent sign.
    static let cases: [Case] = {
        var cases = demo.cases
        cases[0].closings = [CaseClosing(id: "c1", date: today.adding(days: -3), reason: .other, note: "Flyttet\ttil Ærø", closedBy: "ABC")]
        cases[1].closings = [CaseClosing(id: "c2", date: today.adding(days: -1), reason: .job, closedBy: "ABC")]
        cases[2].reminders.append(Reminder(id: "r1", due: today.adding(days: 2), text: "Ring 100 %\tom\nøkonomi", createdBy: "ABC"))
        return cases
    }()
    static let consultant = demo.caseworkers.first { $0.role == .fagligKonsulent }!
    static let key = CaseloadCache.Key(asOf: today, policy: RulePolicy(), rules: "build-1", language: .da)
    static let strings = Strings(language: .da)
    static let evaluated = AppState.evaluate(cases, holding: { _ in false }, engine: RuleEngine(), strings: strings, asOf: today)
    static let stamps = Dictionary(uniqueKeysWithValues: cases.map { ($0.id, "v\($0.revision)") })

    static func file(_ cases: [EvaluatedCase] = evaluated, stamps: [CaseID: String] = stamps) -> Data {
        written(CaseloadCache(nil, key: key, asked: [:], user: ""), adding: cases, stamps: stamps)
    }

    /// The file as `CaseStore.writeCache` writes it, chunk by chunk.
    static func written(_ cache: CaseloadCache, adding read: [EvaluatedCase], stamps: [CaseID: String], casesPerChunk: Int = 2_000) -> Data {
        var file = Data()
        var chunks = cache.chunks(adding: read, stamps: stamps, casesPerChunk: casesPerChunk)
        while let chunk = chunks?.next() { file += chunk }
        return file
    }

    static func state(_ evaluated: [EvaluatedCase], width: Int = 160) -> AppState {
        let context = AppContext(user: consultant, caseworkers: demo.caseworkers, asOf: today, isDemo: true)
        return AppState(context: context, evaluated: evaluated, strings: strings, engine: RuleEngine(), theme: .monochrome,
                        size: Size(width: width, height: 40), idSeed: 9)
    }

    /// Every field a row, the agenda and the news read comes back as it was: the demo has the
    /// cases that exercise each (closed, with reminders, booked meetings, a coordinating
    /// caseworker, obligations that cannot be evaluated, names with æ, ø and å).
    @Test func eachCaseComesBackAsItWasKept() throws {
        let found = CaseloadCache(Self.file(), key: Self.key, asked: Self.stamps, user: Self.consultant.initials).found
        #expect(found.count == Self.evaluated.count)
        let byID = Dictionary(uniqueKeysWithValues: found.map { ($0.id, $0) })
        for original in Self.evaluated {
            let restored = try #require(byID[original.id])
            let (a, b) = (original.row, restored.row)
            #expect(restored.held == nil)
            #expect(a.id == b.id && a.name == b.name && a.nameSortKey == b.nameSortKey && a.maskedCPR == b.maskedCPR && a.cpr == b.cpr)
            #expect(a.group == b.group && a.episodeWeek == b.episodeWeek && a.light == b.light && a.missedCount == b.missedCount)
            #expect(a.hasOverdue == b.hasOverdue && a.hasDueSoon == b.hasDueSoon && a.nextDeadline == b.nextDeadline)
            #expect(a.isStandby == b.isStandby && a.isExempt == b.isExempt && a.isActivityReady == b.isActivityReady)
            #expect(a.caseworker == b.caseworker && a.coordinatingCaseworker == b.coordinatingCaseworker && a.closing == b.closing)
            #expect(a.searchKey == b.searchKey && a.goalSearchKey == b.goalSearchKey && !b.isLocked)
            #expect(Self.shown(a.lightCause) == Self.shown(b.lightCause))
            #expect(Self.shown(a.nextDue.map(LightCause.obligation)) == Self.shown(b.nextDue.map(LightCause.obligation)))
            #expect(original.assessment.obligations.map(Self.shown) == restored.assessment.obligations.map(Self.shown))
            #expect(original.due.map(Self.shown) == restored.due.map(Self.shown))
        }
        let cases = Self.cases
        #expect(cases.contains { $0.currentClosing != nil } && cases.contains { $0.coordinatingCaseworker != nil })
        #expect(Self.evaluated.contains { !$0.due.isEmpty && $0.due.contains { if case .meeting = $0.source { true } else { false } } })
        #expect(Self.evaluated.contains { $0.due.contains { if case .reminder = $0.source { true } else { false } } })
        #expect(Self.evaluated.contains { $0.assessment.obligations.contains { $0.status == .cannotEvaluate } })
        #expect(cases.contains { $0.citizen.name.contains(where: "æøåÆØÅ".contains) })
    }

    /// The caseload, its colours' reasons and the agenda of a consultant over every case are
    /// the same from the cache as from the cases read.
    @Test func theScreensAreThoseOfTheCasesRead() {
        let found = CaseloadCache(Self.file(), key: Self.key, asked: Self.stamps, user: Self.consultant.initials).found
        var read = Self.state(Self.evaluated)
        var kept = Self.state(found)
        #expect(kept.view().plainText == read.view().plainText)
        #expect(kept.rows.map { kept.lightReason($0) } == read.rows.map { read.lightReason($0) })
        #expect(kept.rows.contains { $0.light == .red } && kept.rows.contains { $0.light == .yellow })
        read.send(.character("a"))
        kept.send(.character("a"))
        #expect(kept.agenda.lines.count > 10)
        #expect(kept.agenda.lines.map(Self.shown) == read.agenda.lines.map(Self.shown))
        #expect(kept.view().plainText == read.view().plainText)
    }

    /// An entry is used only for the version of the case it was made from, with the key it was
    /// made with, and never for a case the user holds (that one is read).
    @Test func anEntryServesOnlyItsVersionKeyAndOthersThanTheHolder() throws {
        let file = Self.file()
        let first = try #require(Self.cases.first)
        var changed = Self.stamps
        changed[first.id] = "v-other"
        let afterChange = CaseloadCache(file, key: Self.key, asked: changed, user: Self.consultant.initials).found
        #expect(afterChange.count == Self.evaluated.count - 1 && !afterChange.contains { $0.id == first.id })

        var tomorrow = Self.key
        tomorrow.asOf = Self.today.adding(days: 1)
        #expect(CaseloadCache(file, key: tomorrow, asked: Self.stamps, user: Self.consultant.initials).found.isEmpty)
        var english = Self.key
        english.language = .en
        #expect(CaseloadCache(file, key: english, asked: Self.stamps, user: Self.consultant.initials).found.isEmpty)

        let holder = first.caseworker
        let held = CaseloadCache(file, key: Self.key, asked: Self.stamps, user: holder).found
        #expect(!held.contains { AppState.holds($0.row, user: holder) })
        #expect(held.count == Self.cases.filter { !AppState.holds($0, user: holder) }.count)
    }

    /// The head (the format's line and the key's) says whether the lines are worth reading: a
    /// store reads them only then (a database leaves the day before's on the server).
    @Test func theHeadSaysWhetherTheLinesAreWorthReading() {
        let lines = Self.file().split(separator: 0x0A, maxSplits: 2, omittingEmptySubsequences: false)
        let head = Data(lines[0] + [0x0A] + lines[1] + [0x0A])
        #expect(CaseloadCache.holds(Self.key, inHead: head))
        var tomorrow = Self.key
        tomorrow.asOf = Self.today.adding(days: 1)
        #expect(!CaseloadCache.holds(tomorrow, inHead: head))
        #expect(!CaseloadCache.holds(Self.key, inHead: Data("jobsag.check-cache 2\n".utf8) + Data(lines[1] + [0x0A])))
        #expect(!CaseloadCache.holds(Self.key, inHead: Data()))
    }

    /// The lines in any order (a database's collation, a file changed by hand): the cases
    /// found are in order of case id, as a store reads cases.
    @Test func theCasesFoundAreInOrderOfCaseIDWhateverTheOrderOfTheLines() throws {
        let lines = String(decoding: Self.file(), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let reversed = Data((lines.prefix(2) + lines.dropFirst(2).dropLast().reversed() + [""]).joined(separator: "\n").utf8)
        let found = CaseloadCache(reversed, key: Self.key, asked: Self.stamps, user: Self.consultant.initials).found
        #expect(found.map(\.id) == Self.evaluated.map(\.id).sorted())
    }

    /// Written again, the file keeps the entries of cases not asked for (another user's scope)
    /// and of the cases the user holds, replaces those read, and stays in order of case id,
    /// however the chunks fall.
    @Test(arguments: [1, 7, 2_000]) func writingAgainKeepsTheOthersAndReplacesWhatWasRead(casesPerChunk: Int) throws {
        let others = Self.evaluated.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
        let read = Self.evaluated.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
        let file = Self.file(others)
        let asked = Dictionary(uniqueKeysWithValues: read.map { ($0.id, Self.stamps[$0.id]!) })
        let cache = CaseloadCache(file, key: Self.key, asked: asked, user: Self.consultant.initials)
        #expect(cache.found.isEmpty)
        var changedStamps = Self.stamps
        changedStamps[read[0].id] = "v-new"
        let merged = Self.written(cache, adding: read, stamps: changedStamps, casesPerChunk: casesPerChunk)
        let all = CaseloadCache(merged, key: Self.key, asked: changedStamps, user: Self.consultant.initials).found
        #expect(all.map(\.id) == Self.evaluated.map(\.id).sorted())
        let lines = String(decoding: merged, as: UTF8.self).split(separator: "\n").dropFirst(2).map { String($0.prefix { $0 != "\t" }) }
        #expect(lines == lines.sorted() && lines.count == Self.evaluated.count)
        // Read again as a whole: the same lines (the key's JSON has its members in any order).
        let whole = CaseloadCache(merged, key: Self.key, asked: [:], user: "")
        let rewritten = Self.written(whole, adding: [], stamps: [:], casesPerChunk: casesPerChunk)
        #expect(rewritten.split(separator: 0x0A).dropFirst(2) == merged.split(separator: 0x0A).dropFirst(2))
    }

    /// A damaged file (cut short, a field changed, bytes that are no text) is never trusted
    /// and never stops the program: what cannot be read is read from the cases instead.
    @Test func aDamagedFileIsNotTrusted() {
        let file = Self.file()
        let user = Self.consultant.initials
        let cut = file.prefix(file.count / 2)
        let fromCut = CaseloadCache(cut, key: Self.key, asked: Self.stamps, user: user).found
        #expect(fromCut.count < Self.evaluated.count)
        var lines = String(decoding: file, as: UTF8.self).split(separator: "\n").map(String.init)
        let twice = lines[2], twiceID = String(lines[2].prefix { $0 != "\t" })
        var wrongLight = lines[3].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        wrongLight[6] = "7"
        let wrongID = wrongLight[0]
        lines[3] = wrongLight.joined(separator: "\t")
        lines.append(twice)
        let edited = CaseloadCache(Data((lines.joined(separator: "\n") + "\n").utf8), key: Self.key, asked: Self.stamps, user: user)
        #expect(edited.found.count == Self.evaluated.count - 2)
        #expect(!edited.found.contains { $0.id == twiceID || $0.id == wrongID })
        var random = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            var bytes = [UInt8](file)
            for _ in 0..<20 { bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random) }
            let found = CaseloadCache(Data(bytes), key: Self.key, asked: Self.stamps, user: user).found
            #expect(found.count <= Self.evaluated.count)
        }
        #expect(CaseloadCache(Data("jobsag.caseload-cache 1\n".utf8), key: Self.key, asked: Self.stamps, user: user).found.isEmpty)
        #expect(CaseloadCache(Data([0xFF, 0x00, 0x0A]), key: Self.key, asked: Self.stamps, user: user).found.isEmpty)
    }

    /// What the screens show of an obligation, a reminder or a meeting.
    static func shown(_ obligation: Obligation) -> String {
        let explanation = obligation.status == .cannotEvaluate ? obligation.explanation.da + obligation.explanation.en : ""
        return [obligation.ruleID, "\(obligation.ruleVersion)", obligation.kind.rawValue, obligation.status.rawValue,
                obligation.deadline?.iso ?? "-", obligation.subjectID ?? "-", explanation].joined(separator: "|")
    }

    static func shown(_ cause: LightCause?) -> String {
        switch cause {
        case nil: return "-"
        case .obligation(let obligation)?: return shown(obligation)
        case .reminder(let reminder)?: return "\(reminder)"
        }
    }

    static func shown(_ line: AgendaLine) -> String {
        switch line {
        case .heading(let bucket, let count): return "\(bucket) \(count)"
        case .item(let item): return item.citizenName + " " + shown(item.due)
        }
    }

    static func shown(_ item: DueItem) -> String {
        switch item.source {
        case .obligation(let obligation): return item.caseID + item.date.iso + shown(obligation)
        case .reminder(let reminder): return item.caseID + item.date.iso + "\(reminder)"
        case .meeting(let meeting): return item.caseID + item.date.iso + "\(meeting)"
        }
    }
}
