import Foundation
import JobsagCore

/// How one kind of versioned document is read: its current format, the fields its current
/// version requires beyond what the Swift type requires, and one migration step from each
/// older version to the next.
struct DocumentRules: Sendable {
    /// How the JSON object of version n becomes version n+1 (`version` itself is not touched).
    enum Migration: Sendable {
        /// Version n+1 only adds fields that read as empty when missing: a document of version
        /// n decodes as it is, straight into the current type.
        case addsOptionalFields
        /// The object is changed (a field renamed, or given a value the type requires).
        case transform(@Sendable (inout [String: JSONValue]) -> Void)
    }

    var format: DocumentFormat
    var requiredKeys: [String] = []
    /// `migrations[n]` migrates version n to n+1; every version from `oldestVersion` up
    /// to the current one needs a step.
    var migrations: [Int: Migration] = [:]
    var oldestVersion = 1

    /// Whether a document of `version` decodes as the current version does: every step from
    /// it to the current version only adds optional fields.
    func readsAsCurrent(_ version: Int) -> Bool {
        guard version >= oldestVersion, version <= format.version else { return false }
        return (version..<format.version).allSatisfy { step in
            guard case .addsOptionalFields? = migrations[step] else { return false }
            return true
        }
    }
}

/// A decoded document and the version it had on disk (older than the current format when
/// it was migrated in memory).
struct DecodedDocument<Value> {
    var value: Value
    var version: Int
}

/// Reads and writes versioned JSON documents: `{"format": name, "version": n, ...fields}`.
enum DocumentCoding {
    // MARK: Writing

    /// The document as pretty-printed JSON with sorted keys, `format` and `version` first,
    /// and a final newline: readable with `jq`, stable under diff.
    static func encode<Value: Encodable>(_ value: Value, format: DocumentFormat, path: String, pretty: Bool = true) throws(StoreError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        let body: Data
        do {
            body = try encoder.encode(value)
        } catch {
            throw StoreError.encodingFailed(path: path)
        }
        let name = jsonString(format.name)
        let opening = pretty ? Data("{\n".utf8) : Data("{".utf8)
        guard body.starts(with: opening) else { throw StoreError.encodingFailed(path: path) }
        var result = Data()
        result.reserveCapacity(body.count + 64)
        if pretty {
            result.append(contentsOf: Array("{\n  \"format\" : \(name),\n  \"version\" : \(format.version)".utf8))
        } else {
            result.append(contentsOf: Array("{\"format\":\(name),\"version\":\(format.version)".utf8))
        }
        let rest = body.dropFirst(opening.count)
        let isEmptyObject = rest.allSatisfy { $0 == 0x0A || $0 == 0x20 || $0 == UInt8(ascii: "}") }
        if isEmptyObject {
            result.append(contentsOf: Array((pretty ? "\n}" : "}").utf8))
        } else {
            result.append(contentsOf: Array((pretty ? ",\n" : ",").utf8))
            result.append(rest)
        }
        if pretty { result.append(0x0A) }
        return result
    }

    /// A string as a JSON literal.
    static func jsonString(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        guard let data = try? encoder.encode(text) else { return "\"\"" }
        return String(decoding: data, as: UTF8.self)
    }

    // MARK: Reading

    /// Decodes a document: strict JSON first (`JSONParser.tape`: what Foundation's decoder
    /// would let through is refused), read straight from the parsed tape (`TapeDecoder`), or
    /// by `JSONDecoder` when the tape holds anything but the plain forms; an older version is
    /// migrated in memory; any failure becomes a problem with the exact line and column.
    static func decode<Value: Decodable>(
        _ type: Value.Type, from data: Data, rules: DocumentRules, path: String, caseID: CaseID? = nil
    ) -> Result<DecodedDocument<Value>, StoreProblem> {
        let tape: JSONTape
        switch data.withUnsafeBytes({ JSONParser.tape($0) }) {
        case .failure(let syntax): return .failure(data.withUnsafeBytes { syntaxProblem(syntax, in: $0, path: path, caseID: caseID) })
        case .success(let tokens): tape = tokens
        }
        do {
            let envelope = try decodeEnvelope(type, from: data, tape: tape, rules: rules)
            let version = envelope.version
            // The value moved out of the envelope, not copied.
            return .success(DecodedDocument(value: (consume envelope).value, version: version))
        } catch FormatMismatch.older(let version, let codingPath) {
            return migrate(type, from: data, version: version, versionPath: codingPath, rules: rules, path: path, caseID: caseID)
        } catch {
            return .failure(diagnose(data, error: error, rules: rules, path: path, caseID: caseID))
        }
    }

    /// The envelope read from `tape` when it can be; else, and for every failure (whose
    /// coding path the tape's reader does not keep), by Foundation's decoder from `data`.
    private static func decodeEnvelope<Value: Decodable>(
        _ type: Value.Type, from data: Data, tape: JSONTape? = nil, rules: DocumentRules
    ) throws -> Envelope<Value> {
        var userInfo: [CodingUserInfoKey: any Sendable] = [:]
        if let key = DocumentUserInfo.rules { userInfo[key] = rules }
        if let tape, let envelope = try? TapeDecoder.decode(Envelope<Value>.self, from: data, tape: tape, userInfo: userInfo) { return envelope }
        let decoder = JSONDecoder()
        decoder.userInfo = userInfo
        return try decoder.decode(Envelope<Value>.self, from: data)
    }

    private static func migrate<Value: Decodable>(
        _ type: Value.Type, from data: Data, version: Int, versionPath: [CodingKey], rules: DocumentRules,
        path: String, caseID: CaseID?
    ) -> Result<DecodedDocument<Value>, StoreProblem> {
        let parsed = data.withUnsafeBytes { JSONParser.parse($0) }
        guard case .success(let root) = parsed, case .object(var object) = root.jsonValue else {
            return .failure(diagnose(data, error: FormatMismatch.notAnObject, rules: rules, path: path, caseID: caseID))
        }
        guard version >= rules.oldestVersion else {
            return .failure(diagnose(data, error: FormatMismatch.tooOld(version, versionPath), rules: rules, path: path, caseID: caseID))
        }
        for step in version..<rules.format.version {
            switch rules.migrations[step] {
            case .transform(let change)?: change(&object)
            case .addsOptionalFields?: break
            case nil: return .failure(diagnose(data, error: FormatMismatch.tooOld(version, versionPath), rules: rules, path: path, caseID: caseID))
            }
        }
        object["version"] = .number(Double(rules.format.version))
        do {
            let migrated = try JSONEncoder().encode(JSONValue.object(object))
            let value = try decodeEnvelope(type, from: migrated, rules: rules).value
            return .success(DecodedDocument(value: value, version: version))
        } catch {
            // Migration steps only add or rename fields: positions in the original file still apply.
            return .failure(diagnose(data, error: error, rules: rules, path: path, caseID: caseID))
        }
    }

    // MARK: Diagnosis

    /// Turns a decoding failure into a problem with the position of the offending value.
    static func diagnose(_ data: Data, error: Error, rules: DocumentRules?, path: String, caseID: CaseID?) -> StoreProblem {
        data.withUnsafeBytes { bytes -> StoreProblem in
            let root: JSONNode
            switch JSONParser.parse(bytes) {
            case .failure(let syntax):
                return syntaxProblem(syntax, in: bytes, path: path, caseID: caseID)
            case .success(let node):
                root = node
            }
            func problem(_ kind: StoreProblem.Kind, at node: JSONNode, _ da: String, _ en: String) -> StoreProblem {
                StoreProblem(
                    .error, kind, path: path, caseID: caseID, position: TextPosition(offset: node.offset, in: bytes),
                    detail: LocalizedText(da: da, en: en))
            }
            switch error {
            case let mismatch as FormatMismatch:
                let expected = rules?.format
                switch mismatch {
                case .wrongFormat(let codingPath):
                    let node = root.locate(codingPath).node
                    return problem(
                        .wrongFormat, at: node,
                        "feltet »format« skal være \"\(expected?.name ?? "")\": filen er ikke denne slags Jobsag-fil",
                        "the field \"format\" must be \"\(expected?.name ?? "")\": the file is not this kind of Jobsag file")
                case .newer(let version, let codingPath):
                    let node = root.locate(codingPath).node
                    let supported = expected?.version ?? 0
                    return problem(
                        .newerVersion, at: node,
                        "formatversion \(version) er nyere end denne version af Jobsag kan læse (op til \(supported)); filen kan kun læses og bliver ikke ændret",
                        "format version \(version) is newer than this Jobsag reads (up to \(supported)); the file is read-only and is not changed")
                case .older(let version, let codingPath), .tooOld(let version, let codingPath):
                    let node = root.locate(codingPath).node
                    return problem(
                        .schema, at: node, "formatversion \(version) kan ikke læses (for gammel)",
                        "format version \(version) cannot be read (too old)")
                case .notAnObject:
                    return problem(.schema, at: root, "forventede et JSON-objekt { ... }", "expected a JSON object { ... }")
                }
            case let decoding as DecodingError:
                return describe(decoding, root: root, problem: problem)
            default:
                return problem(.schema, at: root, "filen følger ikke formatet", "the file does not follow the format")
            }
        }
    }

    /// A text that is not strict JSON, as a problem at the offending byte.
    static func syntaxProblem(_ syntax: JSONParser.SyntaxError, in bytes: UnsafeRawBufferPointer, path: String, caseID: CaseID?) -> StoreProblem {
        let kind: StoreProblem.Kind
        switch syntax.reason {
        case .invalidUTF8, .utf16: kind = .invalidUTF8
        case .unexpectedEnd, .emptyFile: kind = .truncated
        default: kind = .notJSON
        }
        return StoreProblem(
            .error, kind, path: path, caseID: caseID, position: TextPosition(offset: syntax.offset, in: bytes),
            detail: LocalizedText(da: syntax.detail.da, en: syntax.detail.en))
    }

    private static func describe(
        _ error: DecodingError, root: JSONNode,
        problem: (StoreProblem.Kind, JSONNode, String, String) -> StoreProblem
    ) -> StoreProblem {
        switch error {
        case .keyNotFound(let key, let context):
            let node = root.locate(context.codingPath).node
            let field = fieldPath(context.codingPath + [key])
            return problem(.schema, node, "feltet »\(field)« mangler", "the field \"\(field)\" is missing")
        case .valueNotFound(let type, let context):
            let node = root.locate(context.codingPath).node
            let field = fieldPath(context.codingPath)
            let expected = typeName(type)
            return problem(
                .schema, node, "feltet »\(field)« må ikke være null (forventede \(expected.da))",
                "the field \"\(field)\" must not be null (expected \(expected.en))")
        case .typeMismatch(let type, let context):
            let (node, _) = root.locate(context.codingPath)
            let field = fieldPath(context.codingPath)
            let expected = typeName(type)
            return problem(
                .schema, node, "forventede \(expected.da) i feltet »\(field)«, men fandt \(node.kindName.da)",
                "expected \(expected.en) in the field \"\(field)\", found \(node.kindName.en)")
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            // Foundation's decoder names no field when a number does not fit the whole-number
            // field it is read into: point at the likeliest such number.
            guard let node = root.likeliestWholeNumberMisfit() else { fallthrough }
            return problem(
                .schema, node, "tallet kan ikke læses som et helt tal (for stort, for lille eller med decimaler)",
                "the number cannot be read as a whole number (too large, too small or with decimals)")
        case .dataCorrupted(let context):
            let node = root.locate(context.codingPath).node
            let field = fieldPath(context.codingPath)
            let explanation = valueExplanation(context.debugDescription)
            return problem(
                .schema, node, "ugyldig værdi i feltet »\(field)«: \(explanation.da)",
                "invalid value in the field \"\(field)\": \(explanation.en)")
        @unknown default:
            return problem(.schema, root, "filen følger ikke formatet", "the file does not follow the format")
        }
    }

    /// `citizen.cpr`, `conversations[2].date`; `(roden)` for the document itself.
    static func fieldPath(_ path: [CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue, key.stringValue.hasPrefix("Index") || key.stringValue == String(index) {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return text.isEmpty ? "(roden)" : text
    }

    private static func typeName(_ type: Any.Type) -> (da: String, en: String) {
        let name = String(describing: type)
        if name == "String" { return ("en tekst", "a text") }
        if name == "Bool" { return ("true eller false", "true or false") }
        if ["Int", "Int64", "Int32", "UInt64", "Double", "Float"].contains(name) { return ("et tal", "a number") }
        if name.hasPrefix("Array") || name.hasPrefix("[") { return ("en liste", "a list") }
        if name.hasPrefix("Dictionary") || name.hasPrefix("KeyedDecodingContainer") { return ("et objekt", "an object") }
        return ("en anden type", "another type")
    }

    /// A value error in words, from the decoder's description, without quoting the value.
    private static func valueExplanation(_ description: String) -> (da: String, en: String) {
        if description.hasPrefix("expected a date") {
            return ("forventede en dato ÅÅÅÅ-MM-DD, der findes", "expected an existing date YYYY-MM-DD")
        }
        if description.hasPrefix("expected a time") {
            return ("forventede et tidspunkt ÅÅÅÅ-MM-DDTtt:mm:ssZ", "expected a time YYYY-MM-DDThh:mm:ssZ")
        }
        if description.hasPrefix("expected a CPR") {
            return ("ugyldigt CPR-nummer (forventede DDMMÅÅ-SSSS med en rigtig fødselsdato)", "invalid CPR number (expected DDMMYY-SSSS with a real birth date)")
        }
        if description.contains("Cannot initialize") {
            return ("ukendt værdi (ikke en af de tilladte)", "unknown value (not one of the allowed ones)")
        }
        if description.contains("not representable") || description.contains("does not fit") {
            return ("tallet er for stort eller ikke et heltal", "the number is too large or not a whole number")
        }
        return ("værdien har ikke den rigtige form", "the value does not have the right form")
    }
}

/// Why a document's header does not fit: thrown while decoding, turned into a problem.
enum FormatMismatch: Error {
    case wrongFormat([CodingKey])
    case newer(Int, [CodingKey])
    case older(Int, [CodingKey])
    case tooOld(Int, [CodingKey])
    case notAnObject
}

/// The keys of a document header, and any other key by name.
struct DocumentKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
    static let format = DocumentKey(stringValue: "format")
    static let version = DocumentKey(stringValue: "version")
}

enum DocumentUserInfo {
    /// Where the decoder finds the `DocumentRules` of the document it decodes.
    static let rules = CodingUserInfoKey(rawValue: "jobsag.documentRules")
}

/// `{"format": ..., "version": ..., ...content}`: checks the header against the rules in
/// `userInfo`, then decodes the content from the same object (one parse of the file).
struct Envelope<Value: Decodable>: Decodable {
    let value: Value
    /// The version on disk: the current one, or an older one that reads as current.
    let version: Int

    init(from decoder: Decoder) throws {
        guard let key = DocumentUserInfo.rules, let rules = decoder.userInfo[key] as? DocumentRules else {
            throw FormatMismatch.notAnObject
        }
        let container = try decoder.container(keyedBy: DocumentKey.self)
        let format = try container.decode(String.self, forKey: .format)
        guard format == rules.format.name else { throw FormatMismatch.wrongFormat([DocumentKey.format]) }
        version = try container.decode(Int.self, forKey: .version)
        if version > rules.format.version { throw FormatMismatch.newer(version, [DocumentKey.version]) }
        if version < rules.format.version, !rules.readsAsCurrent(version) { throw FormatMismatch.older(version, [DocumentKey.version]) }
        for name in rules.requiredKeys where !container.contains(DocumentKey(stringValue: name)) {
            throw DecodingError.keyNotFound(
                DocumentKey(stringValue: name), DecodingError.Context(codingPath: [], debugDescription: "required in this version"))
        }
        value = try TapeDecoder.read(Value.self, from: decoder)
    }
}
