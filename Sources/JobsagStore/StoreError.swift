import JobsagCore

/// Why a store operation failed. Every case names the path concerned and has a Danish
/// message (`message.da`) that tells the user what to do.
public enum StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The data directory does not exist.
    case directoryDoesNotExist(path: String)
    /// The path is a file (or something else), not a directory.
    case notADirectory(path: String)
    /// The directory cannot be read or written by this user.
    case notAccessible(path: String, access: Access)
    /// The directory has no `store.json`.
    case notAStore(path: String, isEmpty: Bool)
    /// A file the store needs (store.json, caseworkers.json) is invalid.
    case invalidFile(StoreProblem)
    /// A file written by a newer Jobsag: read-only here, never rewritten.
    case newerFormat(path: String, found: Int, supported: Int)
    /// `create` found a store where it was asked to make a new one.
    case storeAlreadyExists(path: String)
    /// `create` for a demo found a real (non-demo) store: it never writes into one.
    case existingStoreIsNotDemo(path: String)
    /// The directory has files but is not a store (or a restore target is not empty).
    case directoryNotEmpty(path: String)
    /// The case was saved by someone else since it was loaded.
    case staleRevision(caseID: CaseID, path: String, expected: Int, found: Int, lastChange: ChangeStamp?)
    /// No file for the case.
    case caseNotFound(caseID: CaseID, path: String)
    /// The case file is invalid: the case cannot be loaded, and it is never overwritten.
    case caseFileInvalid(StoreProblem)
    /// A text that cannot be a case id (it names a file).
    case invalidCaseID(String)
    /// Another process held the store lock too long.
    case lockTimeout(path: String, seconds: Int)
    /// A system call failed.
    case io(IOFailure)
    /// A backup archive that is not a valid store archive.
    case archiveInvalid(path: String, reason: LocalizedText)
    /// A backup archive entry that would land outside the target directory.
    case unsafeArchiveEntry(path: String, entry: String)
    /// A value could not be encoded as JSON.
    case encodingFailed(path: String)
    /// A backup archive may not be written inside the store it copies.
    case backupInsideStore(path: String)
    /// Another case of the store has the citizen's CPR number (one citizen, one case).
    case cprInUse(caseID: CaseID, caseworker: Initials)
    /// The save changes a journal note its user may not change on the day of the save (a
    /// fixed note, another's note, a note in another's name): nothing is saved.
    case journalNoteLocked(caseID: CaseID, JournalNoteLock.Violation)
    /// A change of the caseworkers that the list as it is refuses (initials taken, a login another's).
    case caseworkerChangeRefused(CaseworkerChange.Refusal)
    /// A directory inside the store is a symbolic link: nothing is read or written through it.
    case linkInStore(path: String)
    /// The data directory holds another store than the one this program opened (it was
    /// replaced, e.g. by `jobsag demo --new`): nothing is read or saved in it.
    case storeReplaced(path: String)
    /// The database could not do it (no connection, no schema, a refused statement).
    case database(DatabaseFailure)

    /// The access that is missing.
    public enum Access: String, Hashable, Sendable {
        case read, write
    }

    public var description: String { message.da }

    public var message: LocalizedText {
        switch self {
        case .directoryDoesNotExist(let path):
            return LocalizedText(
                da: "Datamappen \(path) findes ikke. Opret en demo-datamappe med `jobsag demo`, eller vælg en anden mappe med --data.",
                en: "The data directory \(path) does not exist. Create a demo store with `jobsag demo`, or choose another directory with --data.")
        case .notADirectory(let path):
            return LocalizedText(
                da: "\(path) er en fil og ikke en mappe. Vælg datamappen med --data.",
                en: "\(path) is a file, not a directory. Choose the data directory with --data.")
        case .notAccessible(let path, .read):
            return LocalizedText(
                da: "Du har ikke adgang til at læse datamappen \(path). Ret rettighederne, fx med `chmod 700 \(path)`.",
                en: "You may not read the data directory \(path). Fix its permissions, e.g. `chmod 700 \(path)`.")
        case .notAccessible(let path, .write):
            return LocalizedText(
                da: "Du har ikke adgang til at skrive i datamappen \(path). Ret rettighederne, fx med `chmod 700 \(path)`.",
                en: "You may not write to the data directory \(path). Fix its permissions, e.g. `chmod 700 \(path)`.")
        case .notAStore(let path, true):
            return LocalizedText(
                da: "Mappen \(path) er tom: der er ingen Jobsag-data (store.json mangler). Opret en demo-datamappe med `jobsag demo --data \(path)`.",
                en: "The directory \(path) is empty: it holds no Jobsag data (store.json is missing). Create a demo store with `jobsag demo --data \(path)`.")
        case .notAStore(let path, false):
            return LocalizedText(
                da: "Mappen \(path) er ikke en Jobsag-datamappe: \(StoreLayout(directory: path).storeFile) mangler.",
                en: "The directory \(path) is not a Jobsag store: \(StoreLayout(directory: path).storeFile) is missing.")
        case .invalidFile(let problem):
            return problem.message
        case .newerFormat(let path, let found, let supported):
            return LocalizedText(
                da: "\(path) er skrevet af en nyere version af Jobsag (formatversion \(found); denne version kan læse op til \(supported)). Filen kan kun læses og bliver ikke ændret. Opdatér Jobsag.",
                en: "\(path) was written by a newer Jobsag (format version \(found); this version reads up to \(supported)). The file is read-only and is not changed. Update Jobsag.")
        case .storeAlreadyExists(let path):
            return LocalizedText(
                da: "Der findes allerede Jobsag-data i \(path); de bliver ikke overskrevet.",
                en: "There is already a Jobsag store in \(path); it is not overwritten.")
        case .existingStoreIsNotDemo(let path):
            return LocalizedText(
                da: "\(path) indeholder rigtige data (ikke en demo). `jobsag demo` skriver aldrig i en rigtig datamappe; vælg en anden mappe med --data.",
                en: "\(path) holds real data (not a demo). `jobsag demo` never writes into a real store; choose another directory with --data.")
        case .directoryNotEmpty(let path):
            return LocalizedText(
                da: "Mappen \(path) er ikke tom og er ikke Jobsag-data; der bliver ikke skrevet i den. Vælg en tom eller ny mappe.",
                en: "The directory \(path) is not empty and is not a Jobsag store; nothing is written into it. Choose an empty or new directory.")
        case .staleRevision(let caseID, let path, let expected, let found, let lastChange):
            let who = lastChange.map { ($0.by, DanishClock.danish($0.at), DanishClock.english($0.at)) }
            let da = who.map { "af \($0.0) \($0.1)" } ?? "af en anden (ukendt hvem og hvornår)"
            let en = who.map { "by \($0.0) at \($0.2)" } ?? "by someone else (unknown who and when)"
            return LocalizedText(
                da: "Sagen \(caseID) er ændret \(da), efter du åbnede den (version \(found), du har version \(expected)). Dine ændringer er ikke gemt, men er bevaret: genindlæs sagen og indfør dem igen. (\(path))",
                en: "Case \(caseID) was changed \(en) after you opened it (revision \(found), yours is \(expected)). Your changes are not saved but are kept: reload the case and apply them again. (\(path))")
        case .caseNotFound(let caseID, let path):
            return LocalizedText(
                da: "Sagen \(caseID) findes ikke (\(path)).",
                en: "Case \(caseID) does not exist (\(path)).")
        case .caseFileInvalid(let problem):
            let message = problem.message
            return LocalizedText(
                da: "Sagen kan ikke indlæses eller gemmes, og filen bliver ikke overskrevet: \(message.da)",
                en: "The case cannot be loaded or saved, and its file is not overwritten: \(message.en)")
        case .invalidCaseID(let text):
            return LocalizedText(
                da: "»\(text)« kan ikke bruges som sagsnummer: kun A-Z, a-z, 0-9, - og _, højst 64 tegn.",
                en: "\"\(text)\" cannot be a case id: only A-Z, a-z, 0-9, - and _, at most 64 characters.")
        case .lockTimeout(let path, let seconds):
            return LocalizedText(
                da: "Datamappen er optaget af et andet Jobsag-program (låsen \(path) blev ikke frigivet inden for \(seconds) sekunder). Prøv igen.",
                en: "The store is busy in another Jobsag program (the lock \(path) was not released within \(seconds) seconds). Try again.")
        case .io(let failure):
            return failure.message
        case .archiveInvalid(let path, let reason):
            return LocalizedText(
                da: "\(path) er ikke en gyldig Jobsag-sikkerhedskopi: \(reason.da). Intet er gendannet.",
                en: "\(path) is not a valid Jobsag backup: \(reason.en). Nothing was restored.")
        case .unsafeArchiveEntry(let path, let entry):
            return LocalizedText(
                da: "Sikkerhedskopien \(path) indeholder stien »\(entry)«, som peger uden for målmappen. Intet er gendannet.",
                en: "The backup \(path) holds the path \"\(entry)\", which points outside the target directory. Nothing was restored.")
        case .backupInsideStore(let path):
            return LocalizedText(
                da: "Sikkerhedskopien \(path) må ikke ligge inde i datamappen; vælg en mappe uden for den.",
                en: "The backup \(path) may not be inside the data directory; choose a directory outside it.")
        case .cprInUse(let caseID, let caseworker):
            return LocalizedText(
                da: "CPR-nummeret har allerede en sag: \(caseID) (sagsbehandler \(caseworker)). Intet er gemt; arbejd videre i den sag.",
                en: "The CPR number already has a case: \(caseID) (caseworker \(caseworker)). Nothing was saved; continue in that case.")
        case .journalNoteLocked(let caseID, let violation):
            let message = violation.message
            return LocalizedText(da: "Intet gemt i sagen \(caseID). \(message.da)", en: "Nothing saved in case \(caseID). \(message.en)")
        case .caseworkerChangeRefused(let refusal):
            return LocalizedText(
                da: "Medarbejderne er ikke ændret. \(refusal.message)", en: "The caseworkers were not changed (the Danish reason: \(refusal.message))")
        case .linkInStore(let path):
            let detail = Self.linkDetail
            return LocalizedText(da: "\(path) \(detail.da)", en: "\(path) \(detail.en)")
        case .storeReplaced(let path):
            return LocalizedText(
                da: "Intet gemt: datamappen \(path) er erstattet af andre data, efter Jobsag åbnede den (fx af `jobsag demo --new`). Det, du har skrevet, står stadig i formularen. Afslut Jobsag, og åbn datamappen igen.",
                en: "Nothing saved: the data directory \(path) was replaced by other data after Jobsag opened it (e.g. by `jobsag demo --new`). What you typed is still in the form. Quit Jobsag and open the data directory again.")
        case .database(let failure):
            return failure.message
        case .encodingFailed(let path):
            return LocalizedText(
                da: "Data til \(path) kunne ikke skrives som JSON (fx et tal, der ikke er endeligt). Intet er gemt.",
                en: "The data for \(path) could not be written as JSON (e.g. a number that is not finite). Nothing was saved.")
        }
    }

    /// Why a link inside the store stops it (after the link's path).
    static let linkDetail = LocalizedText(
        da: "er et symbolsk link. Jobsag følger ikke links inde i datamappen og hverken læser eller gemmer, før linket er erstattet af en almindelig mappe (flyt hele datamappen i stedet, og brug --data).",
        en: "is a symbolic link. Jobsag follows no links inside the data directory and neither reads nor saves until the link is replaced by a plain directory (move the whole data directory instead and use --data).")

    /// The path the error concerns.
    public var path: String {
        switch self {
        case .directoryDoesNotExist(let path), .notADirectory(let path), .notAccessible(let path, _),
             .notAStore(let path, _), .newerFormat(let path, _, _), .storeAlreadyExists(let path),
             .existingStoreIsNotDemo(let path), .directoryNotEmpty(let path), .staleRevision(_, let path, _, _, _),
             .caseNotFound(_, let path), .lockTimeout(let path, _), .archiveInvalid(let path, _),
             .unsafeArchiveEntry(let path, _), .encodingFailed(let path), .backupInsideStore(let path),
             .linkInStore(let path), .storeReplaced(let path):
            return path
        case .invalidFile(let problem), .caseFileInvalid(let problem):
            return problem.path
        case .invalidCaseID(let text):
            return text
        case .caseworkerChangeRefused(let refusal):
            return refusal.message
        case .cprInUse(let caseID, _), .journalNoteLocked(let caseID, _):
            return caseID
        case .io(let failure):
            return failure.path
        case .database(let failure):
            return failure.location
        }
    }
}
