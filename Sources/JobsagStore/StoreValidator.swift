import Foundation
import JobsagCore

extension FileStore {
    /// Checks the whole store and lists every problem: each file that is not valid (with
    /// line and column), files from a newer version, fields a save would drop, files and
    /// directories readable by others, stray temporary files, unknown files, bad or torn
    /// audit lines, and cases whose caseworker is unknown. Never changes anything.
    public static func validate(directory: String) -> [StoreProblem] {
        StoreValidator(layout: StoreLayout(directory: directory)).run()
    }
}

/// The checks behind `FileStore.validate(directory:)`.
struct StoreValidator {
    let layout: StoreLayout
    private static let knownTopLevel = Set([
        StoreLayout.storeFileName, StoreLayout.caseworkersFileName, StoreLayout.casesDirectoryName,
        StoreLayout.reviewsDirectoryName, StoreLayout.auditDirectoryName, StoreLayout.indexFileName,
        StoreLayout.migrationBackupsDirectoryName, StoreLayout.lockFileName,
    ] + StoreCache.allCases.map(\.fileName))

    func run() -> [StoreProblem] {
        do throws(StoreError) {
            try FileStore.checkDirectory(layout.directory, access: .system)
            guard try FileSystem.status(layout.storeFile) != nil else {
                let isEmpty = try FileSystem.list(layout.directory).isEmpty
                throw StoreError.notAStore(path: layout.directory, isEmpty: isEmpty)
            }
            let problems = try StoreLock(path: layout.lockFile).withLock(.shared) { () throws(StoreError) -> [StoreProblem] in
                try checkEverything()
            }
            return problems.sorted(by: Self.order)
        } catch {
            return [Self.problem(from: error)]
        }
    }

    static func order(_ a: StoreProblem, _ b: StoreProblem) -> Bool {
        if a.path != b.path { return a.path < b.path }
        let lineA = a.position?.line ?? 0, lineB = b.position?.line ?? 0
        if lineA != lineB { return lineA < lineB }
        return (a.position?.column ?? 0) < (b.position?.column ?? 0)
    }

    /// An error that stops validation, as a problem.
    static func problem(from error: StoreError) -> StoreProblem {
        switch error {
        case .invalidFile(let problem), .caseFileInvalid(let problem):
            return problem
        default:
            return StoreProblem(.error, .unreadable, path: error.path, detail: error.message)
        }
    }

    private func checkEverything() throws(StoreError) -> [StoreProblem] {
        var problems = FileStore.linkProblems(layout)
        if let status = try FileSystem.statusFollowingLinks(layout.directory), status.isAccessibleToOthers {
            problems.append(FileStore.permissionProblem(path: layout.directory, status: status))
        }
        for name in try FileSystem.list(layout.directory) {
            let path = layout.path(name)
            if AtomicFileWriter.isTemporaryFileName(name) {
                problems.append(strayTemporaryFile(path))
            } else if !Self.knownTopLevel.contains(name) {
                problems.append(unexpectedFile(path))
            } else if name != StoreLayout.lockFileName {
                checkPermissions(path, into: &problems)
            }
        }
        checkDocument(layout.storeFile, StoreManifest.self, rules: StoreManifest.rules, into: &problems)
        var caseworkers: Set<Initials>?
        if try FileSystem.status(layout.caseworkersFile) == nil {
            problems.append(StoreProblem(
                .warning, .missingFile, path: layout.caseworkersFile,
                detail: LocalizedText(da: "filen mangler: ingen sagsbehandlere", en: "the file is missing: no caseworkers")))
        } else if let list = checkDocument(layout.caseworkersFile, CaseworkerList.self, rules: CaseworkerList.rules, into: &problems) {
            caseworkers = Set(list.caseworkers.map(\.initials))
            problems += loginProblems(list.caseworkers)
        }
        try checkCases(knownCaseworkers: caseworkers, into: &problems)
        try checkReviews(into: &problems)
        try checkAudit(into: &problems)
        if let status = try FileSystem.status(layout.migrationBackupsDirectory), status.kind == .directory {
            for name in try FileSystem.list(layout.migrationBackupsDirectory) {
                checkPermissions(layout.migrationBackupsDirectory + "/" + name, into: &problems)
            }
        }
        return problems
    }

    /// A login that is not one, or one that two caseworkers share: who the user is would be unclear.
    private func loginProblems(_ caseworkers: [Caseworker]) -> [StoreProblem] {
        var problems: [StoreProblem] = []
        var owners: [String: Initials] = [:]
        for caseworker in caseworkers {
            guard let login = caseworker.login else { continue }
            if let problem = Login.problem(login) {
                problems.append(StoreProblem(
                    .error, .schema, path: layout.caseworkersFile,
                    detail: LocalizedText(da: "\(caseworker.initials): \(problem)", en: "\(caseworker.initials): »\(login)« is not a login")))
            }
            if let owner = owners[login] {
                problems.append(StoreProblem(
                    .error, .schema, path: layout.caseworkersFile,
                    detail: LocalizedText(
                        da: "\(owner) og \(caseworker.initials) har begge login »\(login)«; et login hører til én medarbejder",
                        en: "\(owner) and \(caseworker.initials) both have the login »\(login)«; a login belongs to one caseworker")))
            }
            owners[login] = owners[login] ?? caseworker.initials
        }
        return problems
    }

    @discardableResult
    private func checkDocument<Value: Decodable>(
        _ path: String, _ type: Value.Type, rules: DocumentRules, into problems: inout [StoreProblem]
    ) -> Value? {
        do throws(StoreError) {
            let data = try FileSystem.read(path)
            switch DocumentCoding.decode(type, from: data, rules: rules, path: path) {
            case .success(let decoded): return decoded.value
            case .failure(let problem): problems.append(problem)
            }
        } catch {
            problems.append(Self.problem(from: error))
        }
        return nil
    }

    private func checkCases(knownCaseworkers: Set<Initials>?, into problems: inout [StoreProblem]) throws(StoreError) {
        let directory = layout.casesDirectory
        guard let status = try FileSystem.status(directory) else {
            problems.append(StoreProblem(
                .warning, .missingFile, path: directory,
                detail: LocalizedText(da: "mappen mangler: ingen sager", en: "the directory is missing: no cases")))
            return
        }
        guard status.kind == .directory else {
            if status.kind != .symbolicLink {  // a link is reported with the other links
                problems.append(StoreProblem(.error, .unreadable, path: directory, detail: LocalizedText(da: "er ikke en mappe", en: "is not a directory")))
            }
            return
        }
        var ids: [CaseID] = []
        for name in try FileSystem.list(directory) {
            let path = directory + "/" + name
            if AtomicFileWriter.isTemporaryFileName(name) {
                problems.append(strayTemporaryFile(path))
                continue
            }
            guard let id = StoreLayout.caseID(fromFileName: name) else {
                problems.append(unexpectedFile(path))
                continue
            }
            guard let fileStatus = try FileSystem.status(path), fileStatus.kind == .regular else {
                problems.append(StoreProblem(
                    .error, .unreadable, path: path, caseID: id,
                    detail: LocalizedText(da: "er ikke en almindelig fil (en mappe eller et link)", en: "is not a regular file (a directory or a link)")))
                continue
            }
            checkPermissions(path, into: &problems)
            ids.append(id)
        }
        let layout = self.layout
        let results = Parallel.map(ids, bound: .files) { id -> [StoreProblem] in
            let path = layout.caseFile(id)
            let data: Data
            do throws(StoreError) {
                data = try FileSystem.read(path, limit: FileSystem.maximumCaseFileSize)
            } catch {
                return [StoreProblem(.error, .unreadable, path: path, caseID: id, detail: error.message)]
            }
            switch CaseFileCoding.decode(data, path: path, fileCaseID: id) {
            case .failure(let problem):
                return [problem]
            case .success(let decoded):
                var found: [StoreProblem] = []
                if let known = knownCaseworkers, !known.contains(decoded.value.caseworker) {
                    found.append(StoreProblem(
                        .warning, .unknownCaseworker, path: path, caseID: id,
                        detail: LocalizedText(
                            da: "sagsbehandleren \(decoded.value.caseworker) findes ikke i caseworkers.json",
                            en: "the caseworker \(decoded.value.caseworker) is not in caseworkers.json")))
                }
                if let dropped = UnknownFields.first(in: data, decoded: decoded.value, path: path, caseID: id) {
                    found.append(dropped)
                }
                return found
            }
        }
        problems.append(contentsOf: results.flatMap { $0 })
    }

    private func checkReviews(into problems: inout [StoreProblem]) throws(StoreError) {
        let directory = layout.reviewsDirectory
        guard let status = try FileSystem.status(directory), status.kind == .directory else { return }
        for name in try FileSystem.list(directory) {
            let path = directory + "/" + name
            if AtomicFileWriter.isTemporaryFileName(name) {
                problems.append(strayTemporaryFile(path))
                continue
            }
            guard name.hasSuffix(".json"), !name.hasPrefix(".") else {
                problems.append(unexpectedFile(path))
                continue
            }
            checkPermissions(path, into: &problems)
            do throws(StoreError) {
                let data = try FileSystem.read(path)
                if let problem = ReviewDocuments.headerProblem(in: data, path: path) { problems.append(problem) }
            } catch {
                problems.append(Self.problem(from: error))
            }
        }
    }

    private func checkAudit(into problems: inout [StoreProblem]) throws(StoreError) {
        let directory = layout.auditDirectory
        guard let status = try FileSystem.status(directory), status.kind == .directory else { return }
        for name in try FileSystem.list(directory) {
            let path = directory + "/" + name
            if AtomicFileWriter.isTemporaryFileName(name) {
                problems.append(strayTemporaryFile(path))
                continue
            }
            guard AuditLog.isMonthFileName(name) else {
                problems.append(unexpectedFile(path))
                continue
            }
            checkPermissions(path, into: &problems)
            do throws(StoreError) {
                let data = try FileSystem.read(path)
                var events: [AuditEvent] = []
                AuditLog.scan(data, path: path, caseID: nil, events: &events, problems: &problems)
            } catch {
                problems.append(Self.problem(from: error))
            }
        }
        // Torn lines are already reported by the scan.
        if let breakage = try FileStore.verifyAuditChain(layout).breakage { problems.append(breakage) }
    }

    private func checkPermissions(_ path: String, into problems: inout [StoreProblem]) {
        guard let status = try? FileSystem.status(path), status.kind != .symbolicLink, status.isAccessibleToOthers else { return }
        problems.append(FileStore.permissionProblem(path: path, status: status))
    }

    private func strayTemporaryFile(_ path: String) -> StoreProblem {
        StoreProblem(
            .warning, .strayTemporaryFile, path: path,
            detail: LocalizedText(
                da: "midlertidig fil efterladt af en afbrudt gemning; den læses aldrig og fjernes, næste gang sagerne indlæses",
                en: "temporary file left by an interrupted save; it is never read and is removed the next time the cases are loaded"))
    }

    private func unexpectedFile(_ path: String) -> StoreProblem {
        StoreProblem(
            .warning, .unexpectedFile, path: path,
            detail: LocalizedText(da: "ukendt fil: den hører ikke til Jobsag og bliver ikke læst", en: "unknown file: not part of Jobsag and never read"))
    }
}

/// Fields in a file that the decoder ignored: a save would not keep them.
enum UnknownFields {
    static func first(in data: Data, decoded: Case, path: String, caseID: CaseID) -> StoreProblem? {
        guard let encoded = try? JSONEncoder().encode(decoded),
              case .success(let keptRoot) = encoded.withUnsafeBytes({ JSONParser.parse($0) })
        else { return nil }
        let kept = keptRoot.jsonValue
        return data.withUnsafeBytes { bytes -> StoreProblem? in
            guard case .success(let root) = JSONParser.parse(bytes),
                  let (field, node) = firstUnknown(root, kept: kept, path: "", isRoot: true)
            else { return nil }
            return StoreProblem(
                .warning, .schema, path: path, caseID: caseID, position: TextPosition(offset: node, in: bytes),
                detail: LocalizedText(
                    da: "feltet »\(field)« er ukendt for Jobsag og bliver ikke bevaret, når sagen gemmes",
                    en: "the field \"\(field)\" is unknown to Jobsag and is not kept when the case is saved"))
        }
    }

    /// The first field (path and key offset) present in the file but not in the re-encoded
    /// value; null fields count as kept.
    private static func firstUnknown(_ node: JSONNode, kept: JSONValue, path: String, isRoot: Bool) -> (String, Int)? {
        switch (node.value, kept) {
        case (.object(let members), .object(let keptMembers)):
            for member in members {
                if isRoot, member.key == "format" || member.key == "version" { continue }
                let childPath = path.isEmpty ? member.key : path + "." + member.key
                guard let keptValue = keptMembers[member.key] else {
                    if case .null = member.value.value { continue }
                    return (childPath, member.keyOffset)
                }
                if let found = firstUnknown(member.value, kept: keptValue, path: childPath, isRoot: false) { return found }
            }
        case (.array(let elements), .array(let keptElements)):
            for (index, element) in elements.enumerated() where index < keptElements.count {
                if let found = firstUnknown(element, kept: keptElements[index], path: path + "[\(index)]", isRoot: false) {
                    return found
                }
            }
        default:
            break
        }
        return nil
    }
}
