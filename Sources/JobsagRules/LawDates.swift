import JobsagCore

/// The dates on which the law changed, defined once and used by every rule that depends on
/// them.
enum LawDates {
    /// The simplified employment effort ("Aftale om en forenklet beskæftigelsesindsats"),
    /// in force 1 January 2020 (004 l.2298). The catalogue's rules start here unless stated.
    static let reform2020 = date(2020, 1, 1)

    /// "Første delaftale om nytænkning af beskæftigelsesindsatsen", in force 1 January 2022
    /// (004 l.3199): mentor right and dropout reaction after an education starts.
    static let firstPartialAgreement2022 = date(2022, 1, 1)

    /// Lov nr. 295 af 20. marts 2023, in force 22 March 2023 (000 l.1086): no jobsamtaler in
    /// writing, the first jobsamtale in person, øvrig vejledning og opkvalificering no longer a
    /// right-and-duty offer, no duty to record plan status, new focus-target thresholds.
    static let lov295 = date(2023, 3, 22)

    /// From this day a conversation held in writing (`skriftlig`) is not a jobsamtale and does
    /// not count toward any conversation count (KF.FORM).
    static let writtenConversationsEnd = lov295

    static func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
        CalendarDate(year: year, month: month, day: day) ?? CalendarDate(dayNumber: 0)
    }
}
