import JobsagCore

/// What keeps an obligation from being evaluated ("kan ikke vurderes"): the benefit episode
/// to put right and the date it lacks, or no episode at all. The app opens the episode's form
/// at that field.
public struct MissingData: Hashable, Sendable {
    /// The missing date, or the missing episode.
    public enum Field: String, Hashable, Sendable {
        case start, firstContact, arrivalDate
        /// The case has no benefit episode.
        case episode

        /// "startdato", "dato for første henvendelse", ...
        var label: LocalizedText {
            switch self {
            case .start: return LocalizedText(da: "startdato", en: "start date")
            case .firstContact: return LocalizedText(da: "dato for første henvendelse", en: "first-contact date")
            case .arrivalDate: return LocalizedText(da: "tilflytningsdato", en: "arrival date")
            case .episode: return LocalizedText(da: "ydelsesforløb", en: "benefit episode")
            }
        }
    }

    /// The episode to put right (nil when the case has none).
    public var episodeID: EntryID?
    public var field: Field

    public init(episodeID: EntryID?, field: Field) {
        self.episodeID = episodeID
        self.field = field
    }
}
