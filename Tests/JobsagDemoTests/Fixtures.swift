import JobsagCore
@testable import JobsagDemo

/// Shared generated stores, made once per test run.
enum Fixtures {
    /// The "as of" date of the test stores.
    static let today = CalendarDate(year: 2026, month: 3, day: 2) ?? CalendarDate(dayNumber: 20_514)

    /// 5,000 cases with the default seed, for the distribution tests.
    static let large: DemoData = DemoGenerator(seed: DemoGenerator.defaultSeed, today: today).generate(caseCount: 5_000)

    /// 300 cases with another seed.
    static let small: DemoData = DemoGenerator(seed: 42, today: today).generate(caseCount: 300)

    /// The "as of" date of the older store.
    static let olderToday = CalendarDate(year: 2024, month: 6, day: 14) ?? today

    /// 1,500 cases as of a day when the 2023 changes were barely a year old.
    static let older: DemoData = DemoGenerator(seed: 7, today: olderToday).generate(caseCount: 1_500)

    /// The stores with their dates.
    static var all: [(data: DemoData, today: CalendarDate)] {
        [(large, today), (small, today), (older, olderToday)]
    }
}

/// Share of `part` in `whole`, in percent.
func percent(_ part: Int, of whole: Int) -> Double {
    whole == 0 ? 0 : Double(part) * 100 / Double(whole)
}
