import Foundation
import JobsagCore

/// The names of what changed between two versions of a case, for the audit log:
/// `citizen.phone`, `conversations[k3x9].summary`, `offers[o2]` (added or removed). Entries
/// in lists are matched by their `id`. Never the values.
enum CaseDiff {
    /// Bookkeeping fields that change on every save.
    private static let ignored: Set<String> = ["revision", "lastChange"]

    static func changes(from old: Case, to new: Case) -> [String] {
        guard let before = jsonValue(old), let after = jsonValue(new) else { return [] }
        var changes: [String] = []
        compare(before, after, path: "", into: &changes)
        return changes
    }

    private static func jsonValue(_ value: Case) -> JSONValue? {
        guard let data = try? JSONEncoder().encode(value),
              case .success(let root) = data.withUnsafeBytes({ JSONParser.parse($0) })
        else { return nil }
        return root.jsonValue
    }

    private static func compare(_ old: JSONValue?, _ new: JSONValue?, path: String, into changes: inout [String]) {
        if old == new { return }
        switch (old, new) {
        case (.object(let a)?, .object(let b)?):
            for key in Set(a.keys).union(b.keys).sorted() {
                if path.isEmpty, ignored.contains(key) { continue }
                compare(a[key], b[key], path: path.isEmpty ? key : path + "." + key, into: &changes)
            }
        case (.array(let a)?, .array(let b)?):
            guard let oldByID = byID(a), let newByID = byID(b) else {
                changes.append(path)
                return
            }
            let ids = Set(oldByID.keys).union(newByID.keys)
            // Keep the order of the entries as they appear in the new (then the old) list.
            let order = (b + a).compactMap { $0["id"].flatMap(idText) }
            var seen: Set<String> = []
            for id in order where ids.contains(id) && seen.insert(id).inserted {
                compare(oldByID[id], newByID[id], path: path + "[" + id + "]", into: &changes)
            }
        default:
            changes.append(path)
        }
    }

    private static func byID(_ elements: [JSONValue]) -> [String: JSONValue]? {
        var result: [String: JSONValue] = [:]
        for element in elements {
            guard let id = element["id"].flatMap(idText), result[id] == nil else { return nil }
            result[id] = element
        }
        return result
    }

    private static func idText(_ value: JSONValue) -> String? {
        if case .string(let text) = value { return text }
        return nil
    }
}
