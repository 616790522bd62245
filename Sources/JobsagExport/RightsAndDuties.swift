/// The plain-Danish text on the citizen's rights and duties that the citizen's plan carries
/// (the written guidance of LAS § 35, stk. 1: seed 000 l.9270-9345; the form of the
/// conversations: seed 000 l.1107-1131). Short on purpose: it sums up, the caseworker
/// goes through it with the citizen.
public enum RightsAndDuties {
    /// The heading of the section.
    public static let heading = "Dine rettigheder og pligter"

    /// The points, one paragraph each.
    public static let points: [String] = [
        "Du skal møde op til dine samtaler og dine tilbud. Kan du ikke komme, skal du give jobcentret besked så hurtigt som muligt, helst før.",
        "Udebliver du uden en rimelig grund, kan jobcentret trække dig i din hjælp (en sanktion) for hver dag, du udebliver.",
        "Er du jobparat, skal du stå til rådighed for arbejdsmarkedet: søge job, tage imod et job, du bliver tilbudt, og have dit CV på Jobnet.",
        "Din første jobsamtale holdes ved personligt fremmøde. Derefter kan du selv vælge, om samtalerne skal være ved fremmøde, på telefon eller på video; jobcentret kan i særlige tilfælde bede dig om at møde op.",
        "Du har ret til at få dine rettigheder og pligter forklaret, så du forstår dem, senest ved din første jobsamtale, og til at få dem på skrift. Vi gennemgår dem med dig hvert halve år, og oftere, hvis du beder om det.",
    ]
}
