import Testing
@testable import JobsagRules

/// A tally counts each status apart and adds up as counts do.
@Suite struct StatusCountsTests {
    @Test func everyStatusHasAPlaceOfItsOwnAmongTheEight() {
        let places = ObligationStatus.allCases.map(\.place)
        #expect(Set(places).count == ObligationStatus.allCases.count)
        #expect(places.allSatisfy { (0..<SIMD8<Int>.scalarCount).contains($0) })
    }

    @Test func eachStatusIsCountedApartAndTalliesAddUp() {
        var first = StatusCounts()
        for (offset, status) in ObligationStatus.allCases.enumerated() { first[status] = offset + 1 }
        var second = StatusCounts()
        second[.overdue] = 10
        first.add(second)
        for (offset, status) in ObligationStatus.allCases.enumerated() {
            #expect(first[status] == offset + 1 + (status == .overdue ? 10 : 0))
        }
        #expect(StatusCounts() == StatusCounts())
        #expect(first != StatusCounts())
    }
}
