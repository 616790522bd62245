import Foundation
import JobsagCore

/// Several new cases at once (`jobsag import --csv`), all or nothing.
extension FileStore {
    /// Checks every case first (no CPR number in the store, none twice, no locked note),
    /// then writes them one after the other under the next free ids, each with its `create`
    /// event, as `create` does. When a write fails, the cases already written are removed
    /// and their events taken back, so the store is as before. A crash in the middle leaves
    /// the cases written so far, each with its event, as a run of single creates would.
    public func create(_ cases: [Case], by user: Initials, at time: Timestamp) throws(StoreError) -> [Case] {
        try withStore(.exclusive) { () throws(StoreError) -> [Case] in
            try prepareDirectories()
            var seen: [CPR: Int] = [:]
            for (index, item) in cases.enumerated() {
                if let earlier = seen[item.citizen.cpr] { throw StoreError.cprInUse(caseID: cases[earlier].id, caseworker: cases[earlier].caseworker) }
                seen[item.citizen.cpr] = index
                try StoreDocument.refuseLockedNotes(from: nil, to: item, by: user, at: time)
            }
            try refuseCPRInUse(cases.map(\.citizen.cpr), by: nil)
            var created: [Case] = []
            var firstEvent: AuditLog.Appended?
            do throws(StoreError) {
                let first = try nextCaseNumber()
                for (offset, item) in cases.enumerated() {
                    var next = item
                    next.id = StoreLayout.caseID(number: first + offset)
                    next.revision = 1
                    next.lastChange = ChangeStamp(by: user, at: time)
                    let path = layout.caseFile(next.id)
                    let appended = try writeLogged(
                        try CaseFileCoding.encode(next, path: path), to: path,
                        event: AuditEvent(time: time, user: user, action: .create, caseID: next.id), replacingExisting: false)
                    firstEvent = firstEvent ?? appended
                    created.append(next)
                }
            } catch {
                for item in created { try? FileSystem.removeFile(layout.caseFile(item.id)) }
                if let firstEvent { try? audit.retract(firstEvent) }
                throw error
            }
            return created
        }
    }
}
