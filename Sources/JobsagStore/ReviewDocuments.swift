import Foundation
import JobsagCore

extension FileStore {
    // MARK: Reviews (spot-check rounds)

    /// The ids of the documents in `reviews/`, sorted.
    public func reviewIDs() throws(StoreError) -> [String] {
        try withStore(.shared) { () throws(StoreError) -> [String] in
            guard try FileSystem.status(layout.reviewsDirectory) != nil else { return [] }
            return try FileSystem.list(layout.reviewsDirectory).compactMap { name in
                guard name.hasSuffix(".json"), !name.hasPrefix(".") else { return nil }
                let id = String(name.dropLast(5))
                return id.isValidCaseID ? id : nil
            }
        }
    }

    /// Reads `reviews/<id>.json` as `format`: refused when it names another format or a
    /// newer version (older versions need migrations, added with the review module).
    public func loadReview<Value: Decodable>(_ type: Value.Type, id: String, format: DocumentFormat) throws(StoreError) -> Value {
        guard id.isValidCaseID else { throw StoreError.invalidCaseID(id) }
        return try withStore(.shared) { () throws(StoreError) -> Value in
            let path = layout.reviewFile(id)
            guard let (data, _) = try Self.readIfPresent(path) else {
                throw StoreError.io(IOFailure(.open, path: path, errorNumber: ENOENT))
            }
            switch DocumentCoding.decode(type, from: data, rules: DocumentRules(format: format), path: path) {
            case .success(let decoded): return decoded.value
            case .failure(let problem): throw StoreError.invalidFile(problem)
            }
        }
    }

    /// `reviews/<id>.json` as stored, after checking that it names a format and a version.
    public func reviewDocument(id: String) throws(StoreError) -> Data {
        guard id.isValidCaseID else { throw StoreError.invalidCaseID(id) }
        return try withStore(.shared) { () throws(StoreError) -> Data in
            let path = layout.reviewFile(id)
            guard let (data, _) = try Self.readIfPresent(path) else {
                throw StoreError.io(IOFailure(.open, path: path, errorNumber: ENOENT))
            }
            if let problem = ReviewDocuments.headerProblem(in: data, path: path) { throw StoreError.invalidFile(problem) }
            return data
        }
    }

    /// Writes `reviews/<id>.json` atomically as `{"format", "version", ...value}`; refuses to
    /// overwrite a file of a newer version.
    public func saveReview<Value: Encodable>(
        _ value: Value, id: String, format: DocumentFormat, by user: Initials, at time: Timestamp
    ) throws(StoreError) {
        guard id.isValidCaseID else { throw StoreError.invalidCaseID(id) }
        try withStore(.exclusive) { () throws(StoreError) in
            let path = layout.reviewFile(id)
            if let (existing, _) = try Self.readIfPresent(path), let version = Self.foundVersion(in: existing), version > format.version {
                throw StoreError.newerFormat(path: path, found: version, supported: format.version)
            }
            let data = try DocumentCoding.encode(value, format: format, path: path)
            try writeLogged(data, to: path, event: AuditEvent(time: time, user: user, action: .update, caseID: nil, changes: ["reviews[\(id)]"]))
        }
    }
}

/// Checks on review documents whose content the store does not know.
enum ReviewDocuments {
    /// A problem when the file is not a JSON object with a text `format` and a whole-number `version`.
    static func headerProblem(in data: Data, path: String) -> StoreProblem? {
        data.withUnsafeBytes { bytes -> StoreProblem? in
            switch JSONParser.parse(bytes) {
            case .failure:
                return DocumentCoding.diagnose(data, error: FormatMismatch.notAnObject, rules: nil, path: path, caseID: nil)
            case .success(let root):
                guard case .object = root.value else {
                    return StoreProblem(
                        .error, .schema, path: path, position: TextPosition(offset: root.offset, in: bytes),
                        detail: LocalizedText(da: "forventede et JSON-objekt { ... }", en: "expected a JSON object { ... }"))
                }
                guard case .string? = root.member("format")?.value else {
                    return StoreProblem(
                        .error, .schema, path: path, position: TextPosition(offset: root.offset, in: bytes),
                        detail: LocalizedText(da: "feltet »format« mangler eller er ikke en tekst", en: "the field \"format\" is missing or not a text"))
                }
                guard case .number(let text)? = root.member("version")?.value, Int(text) != nil else {
                    return StoreProblem(
                        .error, .schema, path: path, position: TextPosition(offset: root.member("version")?.offset ?? root.offset, in: bytes),
                        detail: LocalizedText(da: "feltet »version« mangler eller er ikke et heltal", en: "the field \"version\" is missing or not a whole number"))
                }
                return nil
            }
        }
    }
}
