/// A placeholder in a text template, written `{name}` in `texts.json`.
enum TemplateSlot: String, CaseIterable, Sendable {
    /// The citizen's first name.
    case fornavn
    /// The caseworker's name.
    case sagsbehandler
    /// The job title of the citizen's goal.
    case stilling
    /// An employer in the citizen's sector.
    case virksomhed
    /// A provider of courses and guidance.
    case udbyder
    /// The education of the citizen's goal.
    case uddannelse
    /// The institution of that education.
    case institution
    /// The citizen's unemployment fund.
    case akasse
    /// The citizen's language.
    case sprog
    /// Hours per week.
    case timer
    /// A small count (months, days).
    case antal
    /// The municipality.
    case kommune
    /// The sector, in words.
    case branche
}

/// The values of the slots for one case.
struct SlotValues: Sendable {
    var fornavn = ""
    var sagsbehandler = ""
    var stilling = ""
    var virksomhed = ""
    var udbyder = ""
    var uddannelse = ""
    var institution = ""
    var akasse = ""
    var sprog = ""
    var timer = ""
    var antal = ""
    var kommune = ""
    var branche = ""

    subscript(slot: TemplateSlot) -> String {
        switch slot {
        case .fornavn: return fornavn
        case .sagsbehandler: return sagsbehandler
        case .stilling: return stilling
        case .virksomhed: return virksomhed
        case .udbyder: return udbyder
        case .uddannelse: return uddannelse
        case .institution: return institution
        case .akasse: return akasse
        case .sprog: return sprog
        case .timer: return timer
        case .antal: return antal
        case .kommune: return kommune
        case .branche: return branche
        }
    }
}

/// A text with `{slot}` placeholders, parsed once when the lists are loaded so that filling
/// it in is plain concatenation.
struct TextTemplate: Sendable {
    enum Piece: Sendable {
        case text(String)
        case slot(TemplateSlot)
    }

    let pieces: [Piece]
    private let literalLength: Int

    /// Why a template cannot be used.
    enum Problem: Error, Equatable {
        case unknownSlot(String)
        case unclosedBrace
    }

    init(pieces: [Piece]) {
        self.pieces = pieces
        self.literalLength = pieces.reduce(0) { total, piece in
            if case .text(let text) = piece { return total + text.utf8.count }
            return total
        }
    }

    init(parsing source: String) throws(Problem) {
        var pieces: [Piece] = []
        var literal = ""
        var length = 0
        var index = source.startIndex
        while index < source.endIndex {
            let character = source[index]
            if character == "{" {
                guard let close = source[index...].firstIndex(of: "}") else { throw .unclosedBrace }
                let name = String(source[source.index(after: index)..<close])
                guard let slot = TemplateSlot(rawValue: name) else { throw .unknownSlot(name) }
                if !literal.isEmpty {
                    pieces.append(.text(literal))
                    length += literal.utf8.count
                    literal = ""
                }
                pieces.append(.slot(slot))
                index = source.index(after: close)
            } else {
                literal.append(character)
                index = source.index(after: index)
            }
        }
        if !literal.isEmpty {
            pieces.append(.text(literal))
            length += literal.utf8.count
        }
        self.pieces = pieces
        self.literalLength = length
    }

    /// The slots this template uses.
    var slots: [TemplateSlot] {
        pieces.compactMap { piece in
            if case .slot(let slot) = piece { return slot }
            return nil
        }
    }

    func render(_ values: SlotValues) -> String {
        var result = ""
        result.reserveCapacity(literalLength + 32)
        for piece in pieces {
            switch piece {
            case .text(let text): result += text
            case .slot(let slot): result += values[slot]
            }
        }
        return result
    }
}
