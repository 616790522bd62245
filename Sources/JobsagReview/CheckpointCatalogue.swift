// The checkpoints of RULES.md §5: the automatic rule ids, the manual questions and the national figures.
import JobsagCore

/// The fixed parts of the spot-check checklist (RULES.md §5).
public enum CheckpointCatalogue {
    /// An automatic checkpoint: one rule, or two merged rules of which one applies.
    public struct Automatic: Sendable {
        public var id: String
        public var ruleIDs: [String]
        public var nationalFigure: LocalizedText?
    }

    /// A manual quality question.
    public struct Manual: Sendable {
        public var id: String
        public var title: LocalizedText
        public var nationalFigure: LocalizedText
    }

    /// The automatic checkpoints in the order of RULES.md §5; the `IN.*` and `FJ.*` rules
    /// follow them where they apply. National figures from PRODUCT.md where it gives one.
    public static let automatic: [Automatic] = [
        Automatic(id: "KF.4I6", ruleIDs: ["KF.4I6"]),
        Automatic(id: "KF.FOERSTE.1U", ruleIDs: ["KF.FOERSTE.1U"]),
        Automatic(id: "KF.FOERSTE.FYSISK", ruleIDs: ["KF.FOERSTE.FYSISK"]),
        Automatic(id: "KF.FORM", ruleIDs: ["KF.FORM"]),
        Automatic(id: "KF.EFTER6", ruleIDs: ["KF.EFTER6"]),
        Automatic(id: "KF.SYG.UGE8", ruleIDs: ["KF.SYG.UGE8"]),
        Automatic(id: "UH.VISITATION", ruleIDs: ["UH.VISITATION"]),
        Automatic(id: "UH.PAALAEG", ruleIDs: ["UH.PAALAEG"]),
        Automatic(id: "UH.PAALAEG.OPFOELG", ruleIDs: ["UH.PAALAEG.OPFOELG"]),
        Automatic(
            id: "UH.LSR", ruleIDs: ["UH.LSR"],
            nationalFigure: LocalizedText(da: "29% rettidigt", en: "29% on time")),
        Automatic(id: "UH.KOORD/KA.KOORD", ruleIDs: ["UH.KOORD", "KA.KOORD"]),
        Automatic(id: "TB.RETPLIGT", ruleIDs: ["TB.RETPLIGT"]),
        Automatic(id: "TB.AKTIV12", ruleIDs: ["TB.AKTIV12"]),
        Automatic(id: "TB.FORMAAL", ruleIDs: ["TB.FORMAAL"]),
        Automatic(id: "PL.FINDES", ruleIDs: ["PL.FINDES"]),
        Automatic(
            id: "PL.JOBMAAL/UH.UDDMAAL", ruleIDs: ["PL.JOBMAAL", "UH.UDDMAAL"],
            nationalFigure: LocalizedText(da: "53% jobmål / 52% uddannelsesmål", en: "53% job goal / 52% education goal")),
        Automatic(id: "PL.DELMAAL", ruleIDs: ["PL.DELMAAL"]),
        Automatic(id: "PL.CV", ruleIDs: ["PL.CV"]),
        Automatic(id: "RD.VEJL", ruleIDs: ["RD.VEJL"]),
        Automatic(id: "TT.UNDTAG", ruleIDs: ["TT.UNDTAG"]),
    ]

    /// The rule families whose rules are checkpoints only where they apply.
    public static let whereApplicablePrefixes = ["IN.", "FJ."]

    public static let roedTraad = "Q.ROED.TRAAD"
    public static let jobFokus = "Q.JOBFOKUS"
    public static let uddannelsesFokus = "Q.UDDFOKUS"
    public static let jobmaalKonkret = "Q.JOBMAAL.KONKRET"
    public static let tilbudBegrundet = "Q.TILBUD.BEGRUNDET"
    public static let undtagelse225Begrundet = "Q.225.BEGRUNDET"
    public static let visitationBegrundet = "Q.VISITATION.BEGRUNDET"
    public static let borgerInddraget = "Q.BORGER.INDDRAGET"

    /// The manual quality checkpoints with the national audit results (RULES.md §5).
    public static let manual: [Manual] = [
        Manual(
            id: roedTraad,
            title: LocalizedText(
                da: "Er der en rød tråd fra mål og delmål til indsatser?", en: "Is there a clear line from goals to efforts?"),
            nationalFigure: LocalizedText(da: "57% ja", en: "57% yes")),
        Manual(
            id: jobFokus,
            title: LocalizedText(
                da: "Har samtalerne job- og ressourcefokus (jobønsker, konkrete job, ressourcer)?",
                en: "Do conversations focus on jobs and resources?"),
            nationalFigure: LocalizedText(da: "61% ja; 71% barrierefokuserede", en: "61% yes; 71% barrier-dominated")),
        Manual(
            id: uddannelsesFokus,
            title: LocalizedText(
                da: "Uddannelsesfokus: muligheder, konkrete uddannelser, mål, ressourcer?",
                en: "Education focus: options, concrete educations, goals, resources?"),
            nationalFigure: LocalizedText(da: "71% ja", en: "71% yes")),
        Manual(
            id: jobmaalKonkret,
            title: LocalizedText(
                da: "Er jobmålet konkret (en stilling eller funktion)?", en: "Is the job goal concrete?"),
            nationalFigure: LocalizedText(
                da: "88% af jobmål konkrete; 53% af sager har et", en: "88% of goals concrete; 53% of cases have one")),
        Manual(
            id: tilbudBegrundet,
            title: LocalizedText(
                da: "Er seneste tilbud individuelt vurderet og begrundet?",
                en: "Is the latest offer individually assessed and justified?"),
            nationalFigure: LocalizedText(da: "76% / 69%", en: "76% / 69%")),
        Manual(
            id: undtagelse225Begrundet,
            title: LocalizedText(
                da: "Er en 225-timers undtagelse individuelt begrundet?",
                en: "Is a 225-hour exemption individually justified?"),
            nationalFigure: LocalizedText(da: "62% individuelt", en: "62% individual")),
        Manual(
            id: visitationBegrundet,
            title: LocalizedText(
                da: "Er visitationen fagligt begrundet og revurderet ved nye oplysninger?",
                en: "Is the visitation professionally justified and reassessed on new information?"),
            nationalFigure: LocalizedText(da: "75%", en: "75%")),
        Manual(
            id: borgerInddraget,
            title: LocalizedText(
                da: "Er borgerens perspektiv med?", en: "Is the citizen's perspective recorded?"),
            nationalFigure: LocalizedText(da: "87%", en: "87%")),
    ]

    /// The position of a checkpoint id in the checklist, for ordering summaries.
    public static func rank(of id: String) -> Int {
        if let index = automatic.firstIndex(where: { $0.id == id }) { return index }
        if id.hasPrefix("IN.") { return 100 }
        if id.hasPrefix("FJ.") { return 200 }
        if let index = manual.firstIndex(where: { $0.id == id }) { return 300 + index }
        return 1000
    }
}
