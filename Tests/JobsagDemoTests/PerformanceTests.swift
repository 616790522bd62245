import Foundation
import JobsagCore
import Testing
@testable import JobsagDemo

@Suite struct PerformanceTests {
    @Test func generatingFiveThousandCasesIsQuick() {
        _ = DemoVocabulary.shared
        let clock = ContinuousClock()
        var data: DemoData?
        let elapsed = clock.measure {
            data = DemoGenerator(seed: 12_345, today: Fixtures.today).generate(caseCount: 5_000)
        }
        let entries = data?.cases.reduce(0) { $0 + $1.conversations.count + $1.offers.count } ?? 0
        print("generate(5_000): \(elapsed), \(entries) conversations and offers")
        #expect(data?.cases.count == 5_000)
        #expect(elapsed < .seconds(120))
    }
}
