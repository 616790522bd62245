import JobsagCore

/// How the app shows a case's life: the words for a closing and a transfer (the caseload's
/// reason line, Historik), and the cases transferred to the user that they have not opened
/// yet (marked as new in the caseload).
extension Strings {
    /// A closing's reason, with its note when there is one: "job", "andet (rejser ud)".
    func closingReason(_ closing: CaseClosing) -> String {
        closing.note.isEmpty ? label(closing.reason) : label(closing.reason) + " (" + closing.note + ")"
    }

    /// A closing or a transfer of `item` named in a change path (`closings[c1]`,
    /// `transfers[t1]`), in words; nil for any other path segment.
    func lifeEntry(_ collection: String, _ id: String, in item: Case) -> String? {
        switch collection {
        case "closings":
            guard let closing = item.closings.first(where: { $0.id == id }) else { return nil }
            var text = format(life: .closing, closing.date.danish, closingReason(closing), closing.closedBy)
            if let reopened = closing.reopened {
                text += " · " + format(life: .reopening, reopened.danish, closing.reopenedBy ?? "–")
            }
            return text
        case "transfers":
            guard let transfer = item.transfers.first(where: { $0.id == id }) else { return nil }
            return format(life: .transfer, transfer.date.danish, transfer.from, transfer.to)
        default:
            return nil
        }
    }
}

extension AppState {
    /// Marks the cases of `news` that someone else transferred to the user since their last
    /// session (at start); in their first session, every case transferred to them (they have
    /// opened none).
    mutating func markTransfersInNews(_ news: News) {
        let user = context.user.initials
        guard news.since != nil else {
            unseenTransfers = Set(cases.values.filter { $0.transfers.last?.to == user && $0.transfers.last?.by != user }.map(\.id))
            return
        }
        for changed in news.changedCases where cases[changed.caseID]?.transfers.last?.to == user {
            if changed.events.contains(where: { $0.changes.contains { $0.hasPrefix("transfers[") } }) {
                unseenTransfers.insert(changed.caseID)
            }
        }
    }

    /// Marks a case someone else has just transferred to the user (a change seen while the
    /// program runs): `item` has a transfer to the user that `known` did not have.
    mutating func markTransfer(from known: Case?, to item: Case) {
        guard let transfer = item.transfers.last, transfer.to == context.user.initials, transfer.by != context.user.initials,
              known?.transfers.contains(transfer) != true
        else { return }
        unseenTransfers.insert(item.id)
    }
}
