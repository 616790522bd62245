import Foundation
import Testing
import JobsagCore
import JobsagStoreTestSupport
@testable import JobsagStore

/// The published JSON Schemas (schema/*.schema.json, draft 2020-12) accept the fixtures and
/// every file of a generated store, and reject broken files. Checked with Python's
/// `jsonschema`; under CI (CI=true) a missing Python or jsonschema fails the test.
@Suite struct SchemaTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"
    static let toolsAvailable = (try? runPython(["-c", "import jsonschema"]))?.status == 0

    static let checker = """
        import json, sys
        from jsonschema import Draft202012Validator
        schema_dir, jobs = sys.argv[1], json.loads(sys.argv[2])
        failures = 0
        for schema_name, path, expect_valid in jobs:
            with open(f"{schema_dir}/{schema_name}.schema.json", encoding="utf-8") as f:
                schema = json.load(f)
            Draft202012Validator.check_schema(schema)
            validator = Draft202012Validator(schema)
            with open(path, encoding="utf-8") as f:
                documents = [json.loads(line) for line in f if line.strip()] if path.endswith(".jsonl") else [json.load(f)]
            for document in documents:
                errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(document)]
                if bool(errors) == expect_valid:
                    failures += 1
                    print(f"{path} against {schema_name}: expected {'valid' if expect_valid else 'invalid'}: {errors}")
        print(f"checked {len(jobs)} files, {failures} unexpected")
        sys.exit(1 if failures else 0)
        """

    static func runPython(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    @Test(.enabled(if: toolsAvailable || isCI, "needs python3 with jsonschema (required under CI)"))
    func fixturesAndAGeneratedStoreMatchTheSchemas() throws {
        #expect(Self.toolsAvailable, "python3 with the jsonschema module is required to check the published schemas")
        guard Self.toolsAvailable else { return }
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let store = try StoreFixtures.makeStore(in: directory.sub("data"), count: 20)
        var value = try store.loadCase(id: "S-000004")
        value.coordinatingCaseworker = "SØK"
        value.cv = JobnetCV(registered: SampleCases.date("2025-01-02"))
        value.flexJobs.append(FlexJob(
            id: "fj-schema", employer: "Bageriet", start: SampleCases.date("2025-01-06"), hoursPerWeek: 12, effectiveHoursPerWeek: 6,
            progressionGoals: "Fra 6 til 8 effektive timer inden for et år"))  // FJ.PROGRESSION's field
        value.notes.append(JournalNote(
            id: "jn-schema", date: CopenhagenTime.date(at: TestTime.at(10)), author: "SØK", subject: "Telefon fra Århus",
            text: "Borgeren ringede.\nAftalt ny tid.", corrects: nil))
        _ = try store.save(value, by: "SØK", at: TestTime.at(10))
        try store.record(AuditEvent(time: TestTime.at(20), user: "ALB", action: .accessOutsideCaseload, caseID: "S-000004", reason: "Stikprøve"))

        let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)?.path ?? ""
        var jobs: [[String]] = [
            ["case", fixtures + "/case-v1.json", "valid"], ["case", fixtures + "/case-v2.json", "valid"],
            ["case", fixtures + "/case-v3.json", "valid"],
            ["store", fixtures + "/store.json", "valid"], ["caseworkers", fixtures + "/caseworkers.json", "valid"],
            ["audit-line", fixtures + "/audit-2025-02.jsonl", "valid"], ["audit-line", fixtures + "/audit-2025-02-v2.jsonl", "valid"],
            ["case", fixtures + "/case-v4.json", "valid"], ["case", fixtures + "/case-v5.json", "valid"],
            ["case", fixtures + "/case-v6.json", "valid"],
            ["store", store.layout.storeFile, "valid"], ["caseworkers", store.layout.caseworkersFile, "valid"],
        ]
        for name in try FileSystem.list(store.layout.casesDirectory) { jobs.append(["case", store.layout.casesDirectory + "/" + name, "valid"]) }
        for name in try FileSystem.list(store.layout.auditDirectory) { jobs.append(["audit-line", store.layout.auditDirectory + "/" + name, "valid"]) }

        // Broken files the schemas must reject.
        let good = String(decoding: try StoreFixtures.read(store.layout.caseFile("S-000001")), as: UTF8.self)
        let broken: [(String, String)] = [
            ("\"cpr\" : \"", "\"cpr\" : \"99"),
            ("\"kind\" : \"jobsamtale\"", "\"kind\" : \"kaffe\""),
            ("\"created\" : \"", "\"created\" : \"1. maj"),
            ("\"caseworker\" :", "\"unknownField\" : 1,\n  \"caseworker\" :"),
            ("\"lastChange\" :", "\"lastChangeX\" :"),
            ("\"notes\" : [", "\"notes\" : [ { \"id\" : \"n1\", \"subject\" : \"Uden dato og forfatter\", \"text\" : \"\" }"),
            ("\"version\" : 6", "\"version\" : 7"),
        ]
        for (index, (old, new)) in broken.enumerated() {
            let path = directory.sub("broken-\(index).json")
            try StoreFixtures.write(Data(good.replacingOccurrences(of: old, with: new).utf8), to: path)
            jobs.append(["case", path, "invalid"])
        }
        // The local policy: the README's example is valid, a wrong type or an unknown rule is not.
        let storeText = String(decoding: try StoreFixtures.read(store.layout.storeFile), as: UTF8.self)
        let policies = [
            (#"{"policy": {"leadTimeDays": 10, "localRulesEnabled": {"KF.EFTER6": false}}}"#, "valid"),
            (#"{"policy": {"leadTimeDays": "30"}}"#, "invalid"), (#"{"policy": {"localRulesEnabled": {"KF.EFTR6": false}}}"#, "invalid"),
            (#"{"policy": {"leadTimeDay": 3}}"#, "invalid"),
        ]
        for (index, (policy, expected)) in policies.enumerated() {
            let path = directory.sub("policy-\(index).json")
            guard let settings = storeText.range(of: #""settings" : {"#) else { Issue.record("store.json has no settings"); return }
            let closing = storeText[settings.upperBound...].firstIndex(of: "}") ?? storeText.endIndex
            let text = storeText.replacingCharacters(in: settings.lowerBound...closing, with: #""settings" : "# + policy)
            try StoreFixtures.write(Data(text.utf8), to: path)
            jobs.append(["store", path, expected])
        }
        let jobsJSON = String(decoding: try JSONEncoder().encode(jobs.map { [$0[0], $0[1], $0[2] == "valid" ? "1" : ""] }), as: UTF8.self)
        let script = directory.sub("check.py")
        try StoreFixtures.write(Data(Self.checker.utf8), to: script)
        let wrapped = jobsJSON.replacingOccurrences(of: "\"1\"]", with: "true]").replacingOccurrences(of: "\"\"]", with: "false]")
        let result = try Self.runPython([script, Self.repositoryRoot + "/schema", wrapped])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("checked \(jobs.count) files, 0 unexpected"), "\(result.output)")
    }
}
