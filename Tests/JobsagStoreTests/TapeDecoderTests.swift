import Foundation
import JobsagCore
import JobsagStoreTestSupport
import Testing
@testable import JobsagStore

/// The tape's reader gives what Foundation's decoder gives for every document the program
/// writes, and leaves every other form to it.
@Suite struct TapeDecoderTests {
    static func envelope(_ data: Data) throws -> Envelope<Case> {
        let tape = try data.withUnsafeBytes { try JSONParser.tape($0).get() }
        var userInfo: [CodingUserInfoKey: Any] = [:]
        if let key = DocumentUserInfo.rules { userInfo[key] = CaseFileCoding.rules }
        return try TapeDecoder.decode(Envelope<Case>.self, from: data, tape: tape, userInfo: userInfo)
    }

    static func decode<Value: Decodable>(_ type: Value.Type, _ text: String) throws -> Value {
        let data = Data(text.utf8)
        return try TapeDecoder.decode(type, from: data, tape: try data.withUnsafeBytes { try JSONParser.tape($0).get() }, userInfo: [:])
    }

    static func foundation(_ data: Data) throws -> Envelope<Case> {
        let decoder = JSONDecoder()
        if let key = DocumentUserInfo.rules { decoder.userInfo[key] = CaseFileCoding.rules }
        return try decoder.decode(Envelope<Case>.self, from: data)
    }

    @Test func everyCaseTheProgramWritesReadsFromTheTapeAsFoundationReadsIt() throws {
        var documents = try SampleCases.make(count: 12).map { try StoreDocument.encode($0, source: $0.id) }
        documents.append(try StoreFixtures.fixture("case-v6.json"))
        for data in documents {
            let fromTape = try Self.envelope(data)
            let fromFoundation = try Self.foundation(data)
            #expect(fromTape.value == fromFoundation.value)
            #expect(fromTape.version == fromFoundation.version)
        }
    }

    /// The JSON text of `value` (as `JSONSerialization` reads it) with each object's keys as
    /// PostgreSQL's `jsonb` keeps them, and writes them back: shorter first, then by bytes.
    static func inJSONBOrder(_ value: Any) throws -> String {
        if let object = value as? [String: Any] {
            let keys = object.keys.sorted {
                $0.utf8.count != $1.utf8.count ? $0.utf8.count < $1.utf8.count : $0.utf8.lexicographicallyPrecedes($1.utf8)
            }
            return "{" + (try keys.map { try inJSONBOrder($0) + ": " + inJSONBOrder(try #require(object[$0])) }).joined(separator: ", ") + "}"
        }
        if let list = value as? [Any] { return "[" + (try list.map(inJSONBOrder)).joined(separator: ", ") + "]" }
        return String(decoding: try JSONSerialization.data(withJSONObject: value, options: .fragmentsAllowed), as: UTF8.self)
    }

    @Test func aCaseReadFromTheDatabaseWithItsKeysInJSONBOrderReadsAsFoundationReadsIt() throws {
        for item in SampleCases.make(count: 12) {
            let written = try JSONSerialization.jsonObject(with: try StoreDocument.encode(item, source: item.id))
            let data = Data(try Self.inJSONBOrder(written).utf8)
            #expect(try Self.envelope(data).value == item)
            #expect(try Self.foundation(data).value == item)
        }
    }

    /// Each raw text reads as its value, and only whole raw texts do.
    static func readsEveryRawText<Value: TapeRawValue & Equatable>(_ type: Value.Type) -> Bool {
        Value.allCases.allSatisfy { value in
            let text = Array(value.rawValue.utf8)
            return text.withUnsafeBytes { Value.tapeValues.value($0) } == value
                && (text + [0x78]).withUnsafeBytes { Value.tapeValues.value($0) } == nil
                && text.dropLast().withUnsafeBytes { Value.tapeValues.value($0) } == nil
        }
    }

    @Test func rawTextsReadAsTheirValues() {
        #expect(Self.readsEveryRawText(Benefit.self) && Self.readsEveryRawText(ReadinessCategory.self))
        #expect(Self.readsEveryRawText(Conversation.Kind.self) && Self.readsEveryRawText(Conversation.Form.self))
        #expect(Self.readsEveryRawText(Conversation.FormChooser.self) && Self.readsEveryRawText(Conversation.Outcome.self))
        #expect(Self.readsEveryRawText(Goal.Kind.self) && Self.readsEveryRawText(Goal.Status.self) && Self.readsEveryRawText(Subgoal.Kind.self))
        #expect(Self.readsEveryRawText(Guidance.Kind.self) && Self.readsEveryRawText(Guidance.Answer.self))
        #expect(Self.readsEveryRawText(Offer.OfferType.self))
        #expect([UInt8]().withUnsafeBytes { Benefit.tapeValues.value($0) } == nil)
    }

    @Test func otherFormsAreLeftToFoundation() throws {
        struct Counts: Decodable, Equatable {
            var whole: Int
            var name: String
        }
        for text in [#"{"whole": 2.0, "name": "Åse"}"#, #"{"whole": 2e0, "name": "Åse"}"#, #"{"whole": 2, "name": null}"#, #"{"name": "Åse"}"#] {
            #expect(throws: TapeDecoder.Unread.self) { try Self.decode(Counts.self, text) }
        }
        let escaped = #"{"whole": 2, "name": "Åse \u00e6 \"Ø\"\\\ud83d\ude00 ø\n\t\/"}"#
        #expect(try Self.decode(Counts.self, escaped) == Counts(whole: 2, name: "Åse æ \"Ø\"\\😀 ø\n\t/"))
    }

    @Test func keysAreFoundHoweverTheyAreWritten() throws {
        struct Fields: Decodable, Equatable {
            var whole: Int
            var apple: String
            var list: [Int]
            var flag: Bool?
            enum CodingKeys: String, CodingKey {
                case whole, list, flag
                case apple = "æble"
            }
        }
        let expected = Fields(whole: 2, apple: "Ærø", list: [1, 2, 3], flag: nil)
        for text in [
            #"{"whole": 2, "æble": "Ærø", "list": [1, 2, 3]}"#,
            #"{"flag": null, "list": [1, 2, 3], "\u00e6ble": "\u00c6r\u00f8", "wh\u006fle": 2}"#,
        ] {
            #expect(try Self.decode(Fields.self, text) == expected)
        }
        #expect(try Self.decode([[Int]].self, "[[], [1], [2, 3]]") == [[], [1], [2, 3]])
        #expect(try Self.decode([String].self, #"["æ", "b\n", ""]"#) == ["æ", "b\n", ""])
        #expect(throws: TapeDecoder.Unread.self) { try Self.decode([String].self, #"["æ", 1]"#) }
    }

    /// Cases and their most frequent entries read themselves from the tape (`TapeReadable`) by
    /// the keys `Codable` writes for them, in the order the program writes them; one written
    /// any other way (a key more, a key less, a null, an unknown kind, keys in another order)
    /// is read as Foundation reads it.
    @Test func entriesReadThemselvesByTheKeysCodableWrites() throws {
        var item = try #require(SampleCases.make(count: 12).first { $0.conversations.count > 1 })
        let day = try #require(CalendarDate("2026-12-05"))
        item.offers = [
            Offer(id: "o1", type: .virksomhedspraktik, rightAndDuty: true, start: day, end: day.adding(days: 30), provider: "Bageriet Ærø",
                  hoursPerWeek: 18.5, assessment: "vurdering", purpose: "formål", goalID: "g1", internshipPurpose: 2,
                  followUps: [Offer.FollowUp(id: "f1", date: day, companyInvolved: true, note: "godt")],
                  evaluation: Offer.Evaluation(date: day, result: "job"), interruption: Offer.Interruption(date: day, reason: "syg")),
            Offer(id: "o2", type: .mentor, start: day),
        ]
        item.goals = [
            Goal(id: "g1", kind: .job, title: "Lagerarbejde", description: "på fuld tid", status: .aktiv, created: day, updated: day,
                 deadline: day.adding(days: 90),
                 subgoals: [Subgoal(id: "s1", kind: .faglig, title: "Truckcertifikat", description: "kursus", created: day, deadline: day)]),
        ]
        item.notes = [JournalNote(id: "n1", date: day, author: "AR", subject: "Rettelse", text: "æ ø å", corrects: "n0")]
        item.guidance = [
            Guidance(id: "v1", date: day, kind: .rettigheder35_1, channels: [.mundtlig, .eBoks], answer: .accepteret, allElementsGiven: true,
                     note: "gennemgået"),
        ]
        item.visitations = [Visitation(id: "vi1", date: day, category: .aktivitetsparat, justification: "helbred", decidedBy: "AR")]
        item.exemptions = [Exemption(id: "x1", scope: "KF.*", reason: "sygdom", from: day, to: day.adding(days: 60), decidedBy: "AR")]
        item.reminders = [Reminder(id: "r1", due: day, text: "Ring til Ærø", done: day, createdBy: "AR", reviewRoundID: "rr1")]
        item.flexJobs = [
            FlexJob(id: "fj1", employer: "Bageriet Ærø", start: day, end: day.adding(days: 365), hoursPerWeek: 37, effectiveHoursPerWeek: 12.5,
                    assessment: FlexJob.WorkCapacityAssessment(date: day, hoursPerWeek: 12.5, intensityPercent: 80, writtenDecision: true,
                                                               complaintGuidance: true),
                    progressionGoals: "flere timer"),
        ]
        item.absences = [Absence(id: "a1", date: day, from: "Jobværkstedet", reasonableCause: .nej, hearingSent: day, hearingAnswered: day,
                                 note: "udeblev")]
        item.contactAttempts = [ContactAttempt(id: "k1", date: day, channel: .telefon, reachedCitizen: true, consent: true, note: "talt")]
        item.rehabilitationRecommendations = [
            RehabilitationRecommendation(id: "rh1", date: day, employmentGoal: "fleksjob", jobKinds: "lager", accommodations: "pauser"),
        ]
        item.cv = JobnetCV(registered: day, visibleToEmployers: day)
        item.meetings = [
            Meeting(id: "m1", date: day, time: try #require(ClockTime(minutesAfterMidnight: 600)), kind: .jobsamtale, form: .video,
                    place: "Jobcentret", participants: "Borger og AR", selfBooked: true, bookedBy: "AR", bookedOn: day, state: .held,
                    conversationID: "c9", absenceID: "a9", revision: 2),
        ]
        item.lastChange = ChangeStamp(by: "SØK", at: try #require(Timestamp(iso: "2026-12-05T09:30:00Z")))
        item.citizen.barriers = [.sproglige, .laeseSkriveRegne]
        item.citizen.spouseCaseID = "S-000002"
        item.episodes.append(BenefitEpisode(id: "e9", benefit: .selvforsoergelsesydelse, category: .jobparat, start: day, end: day,
                                            firstContact: day, arrivalDate: day, inIntegrationProgramme: true))
        let written = try StoreDocument.encode(item, source: item.id)
        #expect(try Self.envelope(written).value == item)
        try written.withUnsafeBytes { bytes in
            let tape = try JSONParser.tape(bytes).get()
            /// The keys of the object at `object`, in the order written, with their values' tokens.
            func members(_ object: Int) -> [(key: String, value: Int)] {
                var members: [(String, Int)] = []
                var key = object + 1
                while key < tape.tokens[object].end {
                    members.append((JSONTape.text(tape.tokens[key], in: bytes), key + 1))
                    key = tape.next(after: key + 1)
                }
                return members
            }
            /// The tokens of the elements of the list at `list`.
            func elements(_ list: Int) -> [Int] {
                var elements: [Int] = []
                var element = list + 1
                while element < tape.tokens[list].end {
                    elements.append(element)
                    element = tape.next(after: element)
                }
                return elements
            }
            func value(_ key: String, of object: Int) throws -> Int { try #require(members(object).first { $0.key == key }?.value) }
            let conversation = try value("conversations", of: 0) + 1
            let offer = try value("offers", of: 0) + 1
            let followUp = try value("followUps", of: offer) + 1
            // A case leaves out the fields it lacks: its keys are among the reader's, in its order.
            let caseKeys = members(0).map(\.key)
            #expect(Case.tapeKeys.names.filter(caseKeys.contains) == caseKeys)
            #expect(members(conversation).map(\.key) == Conversation.tapeKeys.names)
            #expect(members(offer).map(\.key) == Offer.tapeKeys.names)
            #expect(members(followUp).map(\.key) == Offer.FollowUp.tapeKeys.names)
            let goal = try value("goals", of: 0) + 1
            #expect(members(goal).map(\.key) == Goal.tapeKeys.names)
            #expect(members(try value("subgoals", of: goal) + 1).map(\.key) == Subgoal.tapeKeys.names)
            #expect(members(try value("notes", of: 0) + 1).map(\.key) == JournalNote.tapeKeys.names)
            #expect(members(try value("guidance", of: 0) + 1).map(\.key) == Guidance.tapeKeys.names)
            #expect(members(try value("evaluation", of: offer)).map(\.key) == Offer.Evaluation.tapeKeys.names)
            #expect(members(try value("interruption", of: offer)).map(\.key) == Offer.Interruption.tapeKeys.names)
            #expect(members(try value("lastChange", of: 0)).map(\.key) == ChangeStamp.tapeKeys.names)
            #expect(members(try value("citizen", of: 0)).map(\.key) == Citizen.tapeKeys.names)
            #expect(members(try value("visitations", of: 0) + 1).map(\.key) == Visitation.tapeKeys.names)
            #expect(members(try value("exemptions", of: 0) + 1).map(\.key) == Exemption.tapeKeys.names)
            #expect(members(try value("reminders", of: 0) + 1).map(\.key) == Reminder.tapeKeys.names)
            #expect(members(try value("flexJobs", of: 0) + 1).map(\.key) == FlexJob.tapeKeys.names)
            #expect(members(try value("meetings", of: 0) + 1).map(\.key) == Meeting.tapeKeys.names)
            #expect(members(try value("absences", of: 0) + 1).map(\.key) == Absence.tapeKeys.names)
            #expect(members(try value("contactAttempts", of: 0) + 1).map(\.key) == ContactAttempt.tapeKeys.names)
            #expect(members(try value("rehabilitationRecommendations", of: 0) + 1).map(\.key) == RehabilitationRecommendation.tapeKeys.names)
            #expect(members(try value("cv", of: 0)).map(\.key) == JobnetCV.tapeKeys.names)
            // Episodes leave out the dates they lack: their keys are among the reader's, in its order.
            let episodes = elements(try value("episodes", of: 0))
            for episode in episodes {
                let keys = members(episode).map(\.key)
                #expect(BenefitEpisode.tapeKeys.names.filter(keys.contains) == keys)
            }
            #expect(members(try #require(episodes.last)).map(\.key) == BenefitEpisode.tapeKeys.names)
        }

        var object = try #require(try JSONSerialization.jsonObject(with: written) as? [String: Any])
        var conversations = try #require(object["conversations"] as? [[String: Any]])
        let original = conversations
        let edits: [(inout [String: Any]) -> Void] = [
            { $0["note"] = "ekstra" },
            { $0.removeValue(forKey: "summary") },
            { $0["participants"] = NSNull() },
            { $0["kind"] = "ukendt" },
            { $0["date"] = "5. december" },
            { $0["jobFocus"] = "ja" },
        ]
        for edit in edits {
            conversations = original
            edit(&conversations[1])
            object["conversations"] = conversations
            let data = try JSONSerialization.data(withJSONObject: object)
            #expect(throws: TapeDecoder.Unread.self) { try Self.envelope(data) }
            let read = DocumentCoding.decode(Case.self, from: data, rules: CaseFileCoding.rules, path: "x", caseID: item.id)
            switch (read, Result { try Self.foundation(data) }) {
            case (.success(let fromCoding), .success(let fromFoundation)): #expect(fromCoding.value == fromFoundation.value)
            case (.failure, .failure): break
            default: Issue.record("read \(read) where Foundation did not, or the other way round")
            }
        }
        object["conversations"] = original
        var offers = try #require(object["offers"] as? [[String: Any]])
        offers[1]["end"] = NSNull()
        offers[1]["hoursPerWeek"] = 37
        object["offers"] = offers
        let nullAndWhole = try JSONSerialization.data(withJSONObject: object)
        #expect(try Self.envelope(nullAndWhole).value == (try Self.foundation(nullAndWhole)).value)
        offers[0]["hoursPerWeek"] = "18,5"
        object["offers"] = offers
        #expect(throws: TapeDecoder.Unread.self) { try Self.envelope(try JSONSerialization.data(withJSONObject: object)) }
        // Keys in another order (JSONSerialization's): read from the tape all the same.
        offers[0]["hoursPerWeek"] = 18.5
        offers[1].removeValue(forKey: "end")
        offers[1].removeValue(forKey: "hoursPerWeek")
        object["offers"] = offers
        let reordered = try JSONSerialization.data(withJSONObject: object)
        #expect(try Self.envelope(reordered).value == item)
        // A CPR number, a time or a meeting's minute the types do not read: left to Foundation, which refuses it.
        var meetings = try #require(object["meetings"] as? [[String: Any]])
        meetings[0]["time"] = 1_440
        var lateMeeting = object
        lateMeeting["meetings"] = meetings
        let late = try JSONSerialization.data(withJSONObject: lateMeeting)
        #expect(throws: TapeDecoder.Unread.self) { try Self.envelope(late) }
        #expect(throws: DecodingError.self) { try Self.foundation(late) }
        for (key, member, wrong) in [("citizen", "cpr", "12345"), ("lastChange", "at", "i går")] {
            var changed = object
            var value = try #require(changed[key] as? [String: Any])
            value[member] = wrong
            changed[key] = value
            let data = try JSONSerialization.data(withJSONObject: changed)
            #expect(throws: TapeDecoder.Unread.self) { try Self.envelope(data) }
            #expect(throws: DecodingError.self) { try Self.foundation(data) }
        }
    }

    /// A list left out or written as null reads as empty; a kind the program does not know is
    /// refused with the standard library's own words.
    @Test func aMissingOrNullListIsEmptyAndAnUnknownKindIsRefused() throws {
        let item = try #require(SampleCases.make(count: 12).first { !$0.conversations.isEmpty && !$0.offers.isEmpty && !$0.goals.isEmpty })
        var object = try #require(try JSONSerialization.jsonObject(with: try StoreDocument.encode(item, source: item.id)) as? [String: Any])
        object.removeValue(forKey: "goals")
        object["offers"] = NSNull()
        let edited = try JSONSerialization.data(withJSONObject: object)
        let fromTape = try Self.envelope(edited)
        #expect(fromTape.value == (try Self.foundation(edited)).value)
        #expect(fromTape.value.goals.isEmpty && fromTape.value.offers.isEmpty && fromTape.value.conversations == item.conversations)

        var conversations = try #require(object["conversations"] as? [[String: Any]])
        conversations[0]["kind"] = "ukendt"
        object["conversations"] = conversations
        let unknown = try JSONSerialization.data(withJSONObject: object)
        #expect(throws: (any Error).self) { try Self.envelope(unknown) }
        do {
            _ = try Self.foundation(unknown)
            Issue.record("an unknown kind was read")
        } catch DecodingError.dataCorrupted(let context) {
            #expect(context.debugDescription == "Cannot initialize Kind from invalid String value ukendt")
        }
    }
}
