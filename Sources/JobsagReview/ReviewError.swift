// What a review refuses, with a message for the user in Danish and English.
import JobsagCore

/// A refused change to a review or a round; nothing changes when one is thrown.
public enum ReviewError: Error, Equatable, Sendable {
    /// An answer other than the suggested one needs a note (the checkpoint's id).
    case overrideNeedsNote(String)
    /// No checkpoint with this id in the review.
    case unknownCheckpoint(String)
    /// The checkpoint has no suggested answer to confirm (a manual checkpoint).
    case noSuggestion(String)
    /// The case is not in the round's sample.
    case caseNotInRound(CaseID)
    /// Not every checkpoint is answered, or the verdict is missing.
    case incomplete
    /// A follow-up action needs a text.
    case actionNeedsText
    /// A round id must be a safe file name (`A-Z a-z 0-9 - _`, 1-64 characters).
    case invalidRoundID(String)
    /// A sample needs a size of at least 1 and a period whose start is not after its end.
    case invalidRequest

    public var message: LocalizedText {
        switch self {
        case .overrideNeedsNote(let id):
            return LocalizedText(
                da: "\(id): et andet svar end det foreslåede kræver en note med begrundelsen.",
                en: "\(id): an answer other than the suggested one needs a note with the reason.")
        case .unknownCheckpoint(let id):
            return LocalizedText(da: "Kontrolpunktet »\(id)« findes ikke i gennemgangen.", en: "The checkpoint \"\(id)\" is not in the review.")
        case .noSuggestion(let id):
            return LocalizedText(
                da: "\(id) har intet forslag fra reglerne; vælg ja, nej eller ikke relevant.",
                en: "\(id) has no suggestion from the rules; choose yes, no or not relevant.")
        case .caseNotInRound(let id):
            return LocalizedText(da: "Sag \(id) er ikke med i stikprøven.", en: "Case \(id) is not in the sample.")
        case .incomplete:
            return LocalizedText(
                da: "Gennemgangen er ikke færdig: besvar alle kontrolpunkter og giv en samlet vurdering.",
                en: "The review is not complete: answer every checkpoint and give an overall verdict.")
        case .actionNeedsText:
            return LocalizedText(da: "Et opfølgningspunkt skal have en tekst.", en: "A follow-up action needs a text.")
        case .invalidRoundID(let id):
            return LocalizedText(
                da: "»\(id)« kan ikke bruges som rundens id (kun A-Z, a-z, 0-9, - og _, højst 64 tegn).",
                en: "\"\(id)\" cannot be a round id (only A-Z, a-z, 0-9, - and _, at most 64 characters).")
        case .invalidRequest:
            return LocalizedText(
                da: "Stikprøven skal have mindst 1 sag, og perioden skal starte senest på slutdatoen.",
                en: "The sample needs at least 1 case, and the period must start no later than it ends.")
        }
    }
}
