import JobsagCore

extension CaseBuilder {
    /// Journal notes: about two cases in three have some (a phone call, a doctor's letter, a
    /// consideration), written by the caseworker in the last year of the current episode; one
    /// case in ten has a note written today (still open to change), and one in twelve a
    /// correction of an older note. Drawn after every other entry, so they change nothing else.
    mutating func makeJournalNotes() -> [JournalNote] {
        guard random.chance(0.65) else { return [] }
        let first = max(current.start, today.adding(days: -365))
        var notes: [JournalNote] = []
        for _ in 0..<random.int(in: 1...4) {
            notes.append(journalNote(on: day(first, today)))
        }
        if random.chance(0.15) { notes.append(journalNote(on: today)) }
        notes.sort { $0.date < $1.date }
        if random.chance(0.12), let corrected = notes.first(where: { $0.date < today }) {
            let date = day(corrected.date.adding(days: 1), today)
            notes.append(JournalNote(
                id: ids.next(), date: date, author: caseworker.initials, subject: "Rettelse: " + corrected.subject,
                text: text(.journalCorrection), corrects: corrected.id))
            notes.sort { $0.date < $1.date }
        }
        return notes
    }

    /// A note from the templates (`emne|tekst`) on `date`.
    private mutating func journalNote(on date: CalendarDate) -> JournalNote {
        let rendered = text(.journalNote)
        let parts = rendered.split(separator: "|", maxSplits: 1).map(String.init)
        let subject = parts.count == 2 ? parts[0] : String(rendered.prefix(40))
        return JournalNote(id: ids.next(), date: date, author: caseworker.initials, subject: subject, text: parts.last ?? rendered)
    }
}
