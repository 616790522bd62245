import Foundation
import Testing
import JobsagCore
import JobsagStoreTestSupport
@testable import JobsagStore

/// One citizen, one case: a CPR number is unique in the whole store, found through the
/// index's keyed digests, which hold no CPR number in clear (issue "The caseworker's day").
@Suite struct CPRUniquenessTests {
    @Test func aNewCaseWithTheCPRNumberOfAnyCaseInTheStoreIsRefused() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let store = try StoreFixtures.makeStore(in: directory.path, count: 3)
        let colleagues = try store.loadCase(id: "S-000002")
        var newCase = SampleCases.make(number: 9)
        newCase.citizen.cpr = colleagues.citizen.cpr
        let before = try StoreFixtures.snapshot(directory.path).mapValues(\.contents)
        let refusal = storeError { () throws(StoreError) in try store.create(newCase, by: "MHJ", at: TestTime.at(60)) }
        #expect(refusal == .cprInUse(caseID: "S-000002", caseworker: colleagues.caseworker))
        #expect(refusal?.message.da.contains("S-000002 (sagsbehandler \(colleagues.caseworker))") == true)
        #expect(refusal?.message.da.contains(colleagues.citizen.cpr.digits.prefix(6)) == false)
        var after = try StoreFixtures.snapshot(directory.path).mapValues(\.contents)
        after[StoreLayout.indexFileName] = before[StoreLayout.indexFileName]
        #expect(after == before)

        newCase.citizen.cpr = SampleCases.make(number: 10).citizen.cpr
        #expect(try store.create(newCase, by: "MHJ", at: TestTime.at(61)).id == "S-000004")
    }

    @Test func changingACitizensCPRNumberToOneInUseIsRefused() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let store = try StoreFixtures.makeStore(in: directory.path, count: 2)
        var value = try store.loadCase(id: "S-000001")
        value.citizen.cpr = try store.loadCase(id: "S-000002").citizen.cpr
        #expect(storeError { () throws(StoreError) in try store.save(value, by: "MHJ", at: TestTime.at(60)) }?.path == "S-000002")
        var unchanged = try store.loadCase(id: "S-000001")
        unchanged.citizen.phone = "11 22 33 44"
        _ = try store.save(unchanged, by: "MHJ", at: TestTime.at(61))
    }

    @Test func theIndexHoldsKeyedDigestsNotCPRNumbers() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let store = try StoreFixtures.makeStore(in: directory.path, count: 3)
        let index = String(decoding: try StoreFixtures.read(store.layout.indexFile), as: UTF8.self)
        for number in 1...3 {
            let cpr = SampleCases.make(number: number).citizen.cpr
            #expect(!index.contains(cpr.digits))
            #expect(!index.contains(cpr.formatted))
            #expect(index.contains(CPRDigester(identity: store.info.identity).digest(cpr)))
        }
        let otherStore = StoreIdentity(id: StoreIdentity.newID(), created: TestTime.created)
        #expect(CPRDigester(identity: otherStore).digest(SampleCases.make(number: 1).citizen.cpr)
            != CPRDigester(identity: store.info.identity).digest(SampleCases.make(number: 1).citizen.cpr))
    }
}
