import Foundation

/// How the reports write their JSON documents: pretty-printed, sorted keys, slashes as they
/// are, and a final newline (`{}` when a document cannot be encoded).
public enum ReportJSON {
    public static func text<Document: Encodable>(_ document: Document) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(document) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
