import JobsagCore

/// KF.SELVBOOK: self-booking (selvbooking) of conversations and the booking deadline the
/// jobcenter monitors, seed 001 R17 (lines 675–680, 785–788). The seed gives the groups and
/// the duty to monitor, not a deadline: Jobsag's reading, a local rule off by default, is that
/// the next conversation is booked (by the citizen, or by the jobcenter when the citizen did
/// not) within `bookingDays` of the last conversation held.
enum SelvbookingRules {
    static let all: [Rule] = [selfBooking]

    /// Days after the last held conversation by which the next one is booked.
    static let bookingDays = 14

    static let groups = TargetGroupScope(
        [.dagpenge, .khJobparat, .sygedagpenge, .jobafklaring],
        description: LocalizedText(
            da: "dagpenge, kh-jobparat, sygedagpenge og jobafklaring (integrationsydelse uden for programmet har ingen målgruppe i Jobsag)",
            en: "dagpenge, kh-jobparat, sygedagpenge and jobafklaring (integration benefit outside the programme has no target group in Jobsag)"))

    /// The last conversation held in the episode, else the episode's start.
    static let lastConversation = Anchoring(
        description: LocalizedText(
            da: "den seneste holdte samtale i forløbet (eller forløbets start, før den første)",
            en: "the latest conversation held in the episode (or the episode start, before the first)"),
        label: LocalizedText(da: "seneste samtale", en: "latest conversation"),
        subjectKind: nil,
        single: { facts in
            let floor = facts.episodeFloor
            let held = facts.conversations.last { $0.wasHeld && $0.date >= floor }
            return RuleAnchor(date: held?.date ?? facts.episodeStart, missing: .start)
        })

    static let selfBooking = Rule(
        id: "KF.SELVBOOK", version: 1,
        title: LocalizedText(da: "Næste samtale booket (selvbooking)", en: "Next conversation booked (self-booking)"),
        kind: .lokal, appliesTo: groups,
        requirement: LocalizedText(
            da: "Borgeren booker selv sine samtaler (selvbooking); jobcentret overvåger bookingfristen: den næste samtale er booket senest 14 dage efter den seneste holdte samtale, ellers booker jobcentret den.",
            en: "The citizen books their own conversations (self-booking); the jobcenter monitors the booking deadline: the next conversation is booked within 14 days of the latest held one, or the jobcenter books it."),
        evidence: LocalizedText(
            da: "Et møde (ikke aflyst) booket efter den seneste holdte samtale og senest 14 dage efter den; et selvbooket møde nævnes som selvbooket. En lokal læsning (kilden giver ingen frist); slået fra, til kommunen slår den til.",
            en: "A meeting (not cancelled) booked after the latest held conversation and within 14 days of it; a self-booked one says so. A local reading (the source gives no deadline); off until the municipality turns it on."),
        validFrom: LawDates.reform2020, legalReference: "",
        sources: [
            SourceReference(
                document: "001", lines: "675-680",
                quote: "Flere ledige bliver omfattet af obligatorisk selvbooking af samtaler"),
            SourceReference(
                document: "001", lines: "785-788",
                quote: "den kræver en del monitorering fra jobcentrets side i forhold til om de ledige overholder givne frister for aftalebookning"),
        ],
        anchoring: lastConversation
    ) { anchor, facts, context in
        guard let since = anchor.date else { return .cannotEvaluate(.start) }
        let deadline = since.adding(days: bookingDays)
        let booking = facts.source.meetings
            .filter { $0.state != .cancelled && $0.bookedOn >= since && $0.bookedOn <= context.asOf }
            .min { ($0.bookedOn, $0.id) < ($1.bookedOn, $1.id) }
        let what = booking?.selfBooked == true
            ? RuleMessage(da: "Næste samtale selvbooket", en: "Next conversation self-booked")
            : RuleMessage(da: "Næste samtale booket", en: "Next conversation booked")
        return Judgements.event(
            happened: booking?.bookedOn, evidence: booking.map { [.meeting($0)] } ?? [], deadline: deadline, windowStart: since,
            what: what, arithmetic: Messages.plusDays(anchorLabel, since, bookingDays), context: context)
    }

    private static let anchorLabel = LocalizedText(da: "seneste samtale", en: "latest conversation")
}
