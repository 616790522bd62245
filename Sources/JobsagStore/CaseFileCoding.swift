import Foundation
import JobsagCore

/// Reads and writes `cases/<case-id>.json`: `{"format": "jobsag.case", "version": 6, ...}`
/// with the fields of `Case`.
///
/// Versions: 1 had no change stamp; 2 requires `lastChange` (`{"by", "at"}`, or null when
/// unknown); 3 adds the journal notes (`notes`, a list that may be missing); 4 the earlier
/// decisions on a § 40 a approval (`sanctions[].earlierApprovals`, a list that may be
/// missing); 5 the case's closings and transfers (`closings`, `transfers`, lists that may be
/// missing); 6 the booked meetings (`meetings`, a list that may be missing). Older files are
/// migrated in memory (version 1: `lastChange: null`; version 2: no notes; version 3: no
/// earlier decisions; version 4: never closed nor transferred; version 5: no meetings) and
/// written as version 6 only when the case is saved. A program of an older version refuses
/// a newer file, so it cannot save a case without the fields it does not know.
enum CaseFileCoding {
    static let rules = DocumentRules(
        format: StoreFormat.caseFile,
        requiredKeys: ["lastChange"],
        migrations: [
            1: .transform { object in
                if object["lastChange"] == nil { object["lastChange"] = .null }
            },
            2: .transform { object in
                if object["notes"] == nil { object["notes"] = .array([]) }
            },
            // Version 4 adds `sanctions[].earlierApprovals`, which reads as empty when missing.
            3: .addsOptionalFields,
            // Version 5 adds `closings` and `transfers`, which read as empty when missing.
            4: .addsOptionalFields,
            // Version 6 adds `meetings`, which reads as empty when missing.
            5: .addsOptionalFields,
        ])

    /// Refuses a case larger than a case file may be (it could not be read back).
    static func encode(_ value: Case, path: String) throws(StoreError) -> Data {
        let data = try DocumentCoding.encode(Content(value: value), format: StoreFormat.caseFile, path: path)
        guard data.count <= FileSystem.maximumCaseFileSize else { throw FileSystem.failure(.write, path, EFBIG) }
        return data
    }

    /// The case's fields, with `lastChange: null` written out when it is unknown (versions 2
    /// and later require the field).
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

    /// Decodes a case file and checks that its `id` matches the file name and that every
    /// number is within its documented range (`NumberRange`).
    static func decode(_ data: Data, path: String, fileCaseID: CaseID) -> Result<DecodedDocument<Case>, StoreProblem> {
        let result = DocumentCoding.decode(Case.self, from: data, rules: rules, path: path, caseID: fileCaseID)
        guard case .success(let decoded) = result else { return result }
        if decoded.value.id != fileCaseID {
            let fileName = StoreLayout.caseFileName(fileCaseID)
            return .failure(problem(
                in: data, at: [CasePathKey(stringValue: "id")], path: path, caseID: fileCaseID, kind: .idMismatch,
                LocalizedText(
                    da: "sagsnummeret i feltet »id« svarer ikke til filnavnet \(fileName)",
                    en: "the case id in the field \"id\" does not match the file name \(fileName)")))
        }
        if let outOfRange = decoded.value.numberOutOfRange() {
            let field = DocumentCoding.fieldPath(outOfRange.path)
            let allowed = outOfRange.range.phrase
            return .failure(problem(
                in: data, at: outOfRange.path, path: path, caseID: fileCaseID, kind: .schema,
                LocalizedText(
                    da: "tallet i feltet »\(field)« er uden for det tilladte: \(allowed.da)",
                    en: "the number in the field \"\(field)\" is out of range: \(allowed.en)")))
        }
        return result
    }

    /// A problem at the value `codingPath` leads to in the file.
    private static func problem(
        in data: Data, at codingPath: [CodingKey], path: String, caseID: CaseID, kind: StoreProblem.Kind, _ detail: LocalizedText
    ) -> StoreProblem {
        data.withUnsafeBytes { bytes in
            let offset: Int
            if case .success(let root) = JSONParser.parse(bytes) { offset = root.locate(codingPath).node.offset } else { offset = 0 }
            return StoreProblem(.error, kind, path: path, caseID: caseID, position: TextPosition(offset: offset, in: bytes), detail: detail)
        }
    }
}
