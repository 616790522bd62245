import Foundation
import Testing
import JobsagCore
import JobsagDemo
import JobsagRules
@testable import JobsagExport

/// The check cache gives the report the same text as the cases themselves, and is reused
/// only with the same day, policy and rules.
@Suite struct CheckCacheTests {
    static let asOf = CalendarDate("2026-11-20")!
    static let cases = DemoGenerator(seed: 5, today: asOf).generate(caseCount: 60).cases
    static let key = CheckCache.Key(asOf: asOf, policy: .standard, rules: "build-1")

    @Test func aReportFromTheCacheReadsLikeOneFromTheCases() throws {
        let engine = RuleEngine()
        let direct = CheckReport(cases: Self.cases, engine: engine, asOf: Self.asOf, detail: .listed)
        var cache = CheckCache(key: Self.key)
        for (item, assessment) in zip(Self.cases, engine.evaluateAll(Self.cases, asOf: Self.asOf)) {
            cache.cases[item.id] = CheckCache.CaseResult(stamp: "s-" + item.id, case: item, assessment: assessment)
        }
        let reread = CheckCache.read(cache.encoded(), key: Self.key)
        #expect(reread.cases.count == Self.cases.count)
        var cached = CheckReport(asOf: Self.asOf, detail: .listed)
        for item in Self.cases.sorted(by: { $0.id < $1.id }) {
            cached.add(item.id, try #require(reread.cases[item.id]))
        }
        for language in Language.allCases {
            #expect(cached.text(language: language, withNames: false) == direct.text(language: language, withNames: false))
        }
        #expect(cached.needsAction == direct.needsAction)
        for status in ObligationStatus.allCases { #expect(cached.count(status) == direct.count(status)) }
    }

    @Test func anotherDayPolicyOrBuildStartsEmpty() {
        var cache = CheckCache(key: Self.key)
        cache.cases["S-000001"] = CheckCache.CaseResult(
            stamp: "x", case: Self.cases[0], assessment: RuleEngine().evaluate(Self.cases[0], asOf: Self.asOf))
        let data = cache.encoded()
        #expect(CheckCache.read(data, key: Self.key).cases.count == 1)
        var otherDay = Self.key
        otherDay.asOf = Self.asOf.adding(days: 1)
        var otherPolicy = Self.key
        otherPolicy.policy.leadTimeDays += 1
        var otherBuild = Self.key
        otherBuild.rules = "build-2"
        for key in [otherDay, otherPolicy, otherBuild] { #expect(CheckCache.read(data, key: key).cases.isEmpty) }
        #expect(CheckCache.read(Data("not json".utf8), key: Self.key).cases.isEmpty)
        #expect(CheckCache.read(nil, key: Self.key).cases.isEmpty)
    }

    @Test func aDamagedOrOldFileStartsEmpty() throws {
        var cache = CheckCache(key: Self.key)
        for item in Self.cases.prefix(3) {
            cache.cases[item.id] = CheckCache.CaseResult(stamp: "s", case: item, assessment: RuleEngine().evaluate(item, asOf: Self.asOf))
        }
        let text = String(decoding: try #require(cache.encoded()), as: UTF8.self)
        #expect(CheckCache.read(Data(text.utf8), key: Self.key).cases.count == 3)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[3] = lines[3].replacingOccurrences(of: "\t", with: "\t\t")
        #expect(CheckCache.read(Data(lines.joined(separator: "\n").utf8), key: Self.key).cases.isEmpty, "a line with a field too many")
        let version1 = #"{"format":"jobsag.check-cache","version":1,"key":{},"cases":{}}"#
        #expect(CheckCache.read(Data(version1.utf8), key: Self.key).cases.isEmpty)
        #expect(CheckCache.read(Data((CheckCache.header + "\n").utf8), key: Self.key).cases.isEmpty, "no key")
    }

    @Test func textWithTabsAndPercentComesBackAsItWas() throws {
        var cache = CheckCache(key: Self.key)
        let item = try #require(Self.cases.first)
        var result = CheckCache.CaseResult(stamp: "1-2-3\t%09", case: item, assessment: RuleEngine().evaluate(item, asOf: Self.asOf))
        result.caseworker = "Æ%\nØ"
        result.listed.append(CheckCache.Listed(ruleID: "R\t%25\r", ruleVersion: 7, kind: .lokal, status: .overdue, deadline: nil))
        cache.cases["S-\t1"] = result
        let reread = CheckCache.read(cache.encoded(), key: Self.key)
        #expect(reread.cases == cache.cases)
    }
}
