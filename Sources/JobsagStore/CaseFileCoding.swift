import Foundation
import JobsagCore

/// Reads and writes `cases/<case-id>.json`: `{"format": "jobsag.case", "version": 2, ...}`
/// with the fields of `Case`.
///
/// Versions: 1 had no change stamp; 2 requires `lastChange` (`{"by", "at"}`, or null when
/// unknown). Version 1 files are migrated in memory (`lastChange: null`) and written as
/// version 2 only when the case is saved.
enum CaseFileCoding {
    static let rules = DocumentRules(
        format: StoreFormat.caseFile,
        requiredKeys: ["lastChange"],
        migrations: [
            1: { object in
                if object["lastChange"] == nil { object["lastChange"] = .null }
            },
        ])

    static func encode(_ value: Case, path: String) throws(StoreError) -> Data {
        try DocumentCoding.encode(Content(value: value), format: StoreFormat.caseFile, path: path)
    }

    /// The case's fields, with `lastChange: null` written out when it is unknown (version 2
    /// requires the field).
    private struct Content: Encodable {
        let value: Case

        func encode(to encoder: Encoder) throws {
            try value.encode(to: encoder)
            if value.lastChange == nil {
                var container = encoder.container(keyedBy: DocumentKey.self)
                try container.encodeNil(forKey: DocumentKey(stringValue: "lastChange"))
            }
        }
    }

    /// Decodes a case file and checks that its `id` matches the file name.
    static func decode(_ data: Data, path: String, fileCaseID: CaseID) -> Result<DecodedDocument<Case>, StoreProblem> {
        let result = DocumentCoding.decode(Case.self, from: data, rules: rules, path: path, caseID: fileCaseID)
        guard case .success(let decoded) = result, decoded.value.id != fileCaseID else { return result }
        let offset = data.withUnsafeBytes { bytes -> Int in
            guard case .success(let root) = JSONParser.parse(bytes) else { return 0 }
            return root.member("id")?.offset ?? root.offset
        }
        let position = data.withUnsafeBytes { TextPosition(offset: offset, in: $0) }
        return .failure(StoreProblem(
            .error, .idMismatch, path: path, caseID: fileCaseID, position: position,
            detail: LocalizedText(
                da: "sagsnummeret i feltet »id« svarer ikke til filnavnet \(StoreLayout.caseFileName(fileCaseID))",
                en: "the case id in the field \"id\" does not match the file name \(StoreLayout.caseFileName(fileCaseID))")))
    }
}
