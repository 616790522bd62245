import Foundation
import JobsagCore

/// The citizen as planned, before the entries that mention them are written.
struct Person: Sendable {
    var male = true
    var foreign = false
    var language = "dansk"
    var firstName = ""
    var surname = ""
    var fullName = ""
    var birthDate = CalendarDate(dayNumber: 0)
    var barriers: [Citizen.Barrier] = []
    var sectorIndex = 0
    var jobTitle = ""
    var employer = ""
    var education = Education(title: "", institution: "", sectorIndex: 0)
    var hasYouthEducation = false
    var hasVocationalQualification = false
    var preferredForm: Conversation.Form = .fysisk
    var needsInterpreter = false
    var address = ""
}

extension CaseBuilder {
    /// Plans the citizen and returns their CPR number (unique only after `CPRFactory.makeUnique`).
    mutating func makePerson() -> CPR {
        var p = Person()
        p.male = random.chance(GroupSets.activityReady.contains(group) ? 0.47 : 0.5)
        p.foreign = nameRequirement == nil && random.chance(profile.foreignOriginShare[group] ?? 0.1)
        makeName(&p)
        chooseWork(&p)
        p.birthDate = birthDate()
        let (cpr, birth) = CPRFactory.candidate(birth: p.birthDate, male: p.male, random: &random)
        p.birthDate = birth
        p.barriers = barriers(foreign: p.foreign)
        chooseEducationFlags(&p)
        if random.chance(p.foreign ? 0.75 : 0.5) {
            p.preferredForm = .fysisk
        } else {
            p.preferredForm = random.chance(0.6) ? .telefon : .video
        }
        p.needsInterpreter = p.foreign && (p.barriers.contains(.sproglige) || (group.isSelvforsoergelse && random.chance(0.7)))
        let area = context.municipality.areas.pick(&random)
        var address = area.streets.pick(&random) + " " + String(random.int(in: 1...140))
        if random.chance(0.15) { address += String(["A", "B", "C"][random.int(below: 3)]) }
        if random.chance(0.45) {
            address += ", " + String(random.int(in: 0...5)).replacingZero(with: "st") + ". " + ["th", "tv", "mf"][random.int(below: 3)]
        }
        p.address = address + ", " + area.postcode + " " + area.city
        person = p

        values.fornavn = p.firstName
        values.sagsbehandler = caseworker.name
        values.stilling = p.jobTitle.lowercasingFirstWord()
        values.virksomhed = p.employer
        values.udbyder = vocabulary.guidanceProviders.pick(&random)
        values.uddannelse = p.education.title
        values.institution = p.education.institution
        values.akasse = vocabulary.unemploymentFunds.pick(&random)
        values.sprog = p.language
        values.timer = flexPlan.map { $0.hours.formattedHours } ?? String(random.int(in: 8...20))
        values.antal = String(random.int(in: 1...3))
        values.kommune = context.municipality.name
        values.branche = vocabulary.sectors.indices.contains(p.sectorIndex) ? vocabulary.sectors[p.sectorIndex].name : ""
        if var flex = flexPlan {
            flex.employer = p.employer
            flexPlan = flex
        }
        return cpr
    }

    private mutating func makeName(_ p: inout Person) {
        let firstNames = p.male ? vocabulary.danishMale : vocabulary.danishFemale
        switch nameRequirement {
        case .aeroMiddleName?:
            p.firstName = firstNames.pickCommon(&random, skew: 1.3)
            p.surname = vocabulary.surnames.pickCommon(&random)
            p.fullName = p.firstName + " Ærø " + p.surname
            return
        case .firstNameWithAring?:
            p.firstName = Pool(firstNames.elements.filter { $0.hasPrefix("Å") })?.pick(&random) ?? (p.male ? "Åge" : "Åse")
            p.surname = vocabulary.surnames.pickCommon(&random)
            p.fullName = p.firstName + " " + p.surname
            return
        case .surnameWithOslash?:
            p.firstName = firstNames.pickCommon(&random, skew: 1.3)
            p.surname = Pool(vocabulary.surnames.elements.filter { $0.hasPrefix("Ø") })?.pick(&random) ?? "Østergaard"
            p.fullName = p.firstName + " " + p.surname
            return
        case .all?:
            p.firstName = p.male ? "Åge" : "Åse"
            p.surname = "Østergaard"
            p.fullName = p.firstName + " Ærø Østergaard"
            return
        case nil:
            break
        }
        if p.foreign {
            let refugee = group.isSelvforsoergelse
            let origins = vocabulary.origins.elements.map { ($0, refugee ? $0.refugeeWeight : $0.immigrantWeight) }
            let origin = random.weighted(origins, fallback: vocabulary.origins.pick(&random))
            p.language = origin.language
            p.firstName = (p.male ? origin.male : origin.female).pick(&random)
            p.surname = origin.surnames.pick(&random)
            p.fullName = p.firstName + " " + p.surname
        } else {
            p.firstName = firstNames.pickCommon(&random, skew: 1.3)
            p.surname = vocabulary.surnames.pickCommon(&random)
            let middle = random.chance(0.35) ? vocabulary.middleNames.pick(&random, otherThan: p.surname) : nil
            p.fullName = ([p.firstName] + (middle.map { [$0] } ?? []) + [p.surname]).joined(separator: " ")
        }
    }

    private mutating func chooseWork(_ p: inout Person) {
        let sectors = vocabulary.sectors
        if group.isUddannelseshjaelp || group == .revalidering {
            p.education = vocabulary.educations.pick(&random)
            p.sectorIndex = p.education.sectorIndex
        } else {
            let levels: [Sector.Level]
            switch group {
            case .dagpenge, .sygedagpenge:
                levels = [.ufaglaert, .faglaert, .videregaaende]
            default:
                levels = random.chance(0.7) ? [.ufaglaert] : [.faglaert]
            }
            let candidates = sectors.indices.filter { levels.contains(sectors[$0].level) }
            p.sectorIndex = candidates.isEmpty ? 0 : candidates[random.int(below: candidates.count)]
            let fitting = vocabulary.educations.elements.filter { $0.sectorIndex == p.sectorIndex }
            p.education = Pool(fitting)?.pick(&random) ?? vocabulary.educations.pick(&random)
        }
        guard sectors.indices.contains(p.sectorIndex) else { return }
        p.jobTitle = sectors[p.sectorIndex].titles.pick(&random)
        p.employer = sectors[p.sectorIndex].employers.pick(&random)
    }

    /// A birth date that fits the group's ages and every episode (18 at the earliest start;
    /// uddannelseshjælp under 30 throughout).
    private mutating func birthDate() -> CalendarDate {
        let earliestStart = previous?.start ?? current.start
        let latestBirth = earliestStart.adding(years: -18)
        if previous?.group.isUddannelseshjaelp == true {
            // Moved from uddannelseshjælp to kontanthjælp at 30.
            return current.start.adding(years: -30)
        }
        let ageBucket = random.weighted(traits.ages, fallback: 30...50)
        var birth = today.adding(years: -random.int(in: ageBucket)).adding(days: -random.int(in: 0...364))
        if birth > latestBirth { birth = latestBirth.adding(days: -random.int(in: 0...200)) }
        // Not older than the group's oldest, unless the episodes demand it.
        let earliestBirth = today.adding(years: -(traits.maxAge + 1)).adding(days: 1)
        if birth < earliestBirth, earliestBirth <= latestBirth { birth = earliestBirth }
        if group.isUddannelseshjaelp { birth = max(birth, today.adding(years: -30).adding(days: 1)) }
        return birth
    }

    private mutating func barriers(foreign: Bool) -> [Citizen.Barrier] {
        var chosen: Set<Citizen.Barrier> = []
        if GroupSets.activityReady.contains(group) || group == .ressourceforloeb {
            let foreignShare = max(0.05, profile.foreignOriginShare[group] ?? 0.1)
            for barrier in Citizen.Barrier.allCases {
                var share = profile.barrierShares[barrier] ?? 0
                if barrier == .sproglige {
                    share = foreign ? (group.isSelvforsoergelse ? 0.6 : min(0.9, share / foreignShare)) : 0
                }
                if random.chance(share) { chosen.insert(barrier) }
            }
            if chosen.isEmpty { chosen.insert(random.chance(0.5) ? .fysiske : .psykiske) }
        } else if [.sygedagpenge, .jobafklaring, .revalidering, .ledighedsydelse, .fleksjob].contains(group) {
            if random.chance(0.6) { chosen.insert(.fysiske) }
            if random.chance(0.45) { chosen.insert(.psykiske) }
            if chosen.isEmpty { chosen.insert(random.chance(0.6) ? .fysiske : .psykiske) }
        } else {
            if random.chance(0.1) { chosen.insert(random.chance(0.5) ? .fysiske : .familiemaessige) }
            if foreign, random.chance(0.4) { chosen.insert(.sproglige) }
        }
        return Citizen.Barrier.allCases.filter { chosen.contains($0) }
    }

    private mutating func chooseEducationFlags(_ p: inout Person) {
        let (youth, vocational): (Double, Double)
        switch group {
        case .uhAabenlyst: (youth, vocational) = (0.9, 0)
        case .uhUddannelsesparat: (youth, vocational) = (0.35, 0)
        case .uhAktivitetsparat: (youth, vocational) = (0.15, 0)
        case .dagpenge: (youth, vocational) = (0.85, 0.7)
        case .khJobparat: (youth, vocational) = (0.6, 0.35)
        case .khAktivitetsparat: (youth, vocational) = (0.4, 0.25)
        case .shJobparat, .shAktivitetsparat, .shUddannelsesparat: (youth, vocational) = (0.3, 0.15)
        default: (youth, vocational) = (0.7, 0.5)
        }
        p.hasYouthEducation = random.chance(youth)
        p.hasVocationalQualification = random.chance(vocational)
    }

    /// The `Citizen` entry, from the planned person.
    mutating func makeCitizen(cpr: CPR) -> Citizen {
        let prefixes = ["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42",
                        "50", "51", "52", "53", "60", "61", "71", "81", "91", "93"]
        var phone = prefixes[random.int(below: prefixes.count)]
        for _ in 0..<3 { phone += " " + String(random.int(in: 0...99)).leftPadded(to: 2) }
        let email = random.chance(0.85)
            ? person.firstName.emailPart + "." + person.surname.emailPart
                + (random.chance(0.3) ? String(random.int(in: 1...99)) : "") + "@eksempel.invalid"
            : ""
        var resources: [String] = []
        var pieces = vocabulary.text(.resources)
        for _ in 0..<random.int(in: 1...3) {
            resources.append(pieces.pick(&random).render(values))
        }
        if person.foreign, random.chance(0.6) {
            pieces = vocabulary.text(.resourcesForeign)
            resources.append(pieces.pick(&random).render(values))
        }
        var unique: [String] = []
        for line in resources where !unique.contains(line) { unique.append(line) }
        return Citizen(
            cpr: cpr, name: person.fullName, phone: phone, email: email,
            address: person.address, preferredForm: person.preferredForm, hasYouthEducation: person.hasYouthEducation,
            hasVocationalQualification: person.hasVocationalQualification, barriers: person.barriers,
            resources: unique.joined(separator: " "))
    }
}

extension String {
    /// The text with its first word in lower case, unless the word is an abbreviation
    /// ("Lagermedarbejder" → "lagermedarbejder", "IT-supporter" stays).
    func lowercasingFirstWord() -> String {
        guard let first = first, first.isUppercase else { return self }
        let second = dropFirst().first
        if let second, second.isUppercase { return self }
        return first.lowercased() + dropFirst()
    }

    /// ASCII for an e-mail address: æ → ae, ø → oe, å → aa, accents dropped, spaces and
    /// other signs removed.
    var emailPart: String {
        var result = ""
        result.unicodeScalars.reserveCapacity(utf8.count)
        for scalar in lowercased().unicodeScalars {
            switch scalar.value {
            case 0x61...0x7A, 0x30...0x39: result.unicodeScalars.append(scalar)
            case 0xE6: result += "ae"
            case 0xF8: result += "oe"
            case 0xE5: result += "aa"
            case 0xDF: result += "ss"
            case 0x142: result += "l"
            case 0x131: result += "i"
            default:
                if let base = String.latinBase[scalar.value] { result.unicodeScalars.append(base) }
            }
        }
        return result
    }

    /// The plain ASCII letter under each accented Latin letter (é → e), worked out once.
    private static let latinBase: [UInt32: Unicode.Scalar] = {
        var table: [UInt32: Unicode.Scalar] = [:]
        for value in UInt32(0xC0)...UInt32(0x24F) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first
            if let base, base.isASCII, base.properties.isAlphabetic { table[value] = base }
        }
        return table
    }()

    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }

    /// "0" becomes `replacement` (ground floor: "st.").
    func replacingZero(with replacement: String) -> String {
        self == "0" ? replacement : self
    }
}

extension Double {
    /// Hours as a Danish number: 12 → "12", 12.5 → "12,5".
    var formattedHours: String {
        let whole = Int(self)
        if Double(whole) == self { return String(whole) }
        let tenths = Int((self * 10).rounded()) % 10
        return String(whole) + "," + String(tenths)
    }
}
