import Foundation
import JobsagResources

/// Why the demo's word lists (`Resources/Demo/*.json`) could not be used.
public enum DemoVocabularyError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file is not in the resource bundle.
    case missingFile(String)
    /// The file is not valid JSON of the expected shape.
    case unreadable(file: String, detail: String)
    /// The file is well-formed but breaks a rule (an empty list, an unknown sector or slot, ...).
    case invalid(file: String, detail: String)

    public var description: String {
        switch self {
        case .missingFile(let file): return "Demo/\(file) mangler i programmets ressourcer"
        case .unreadable(let file, let detail): return "Demo/\(file) kan ikke læses: \(detail)"
        case .invalid(let file, let detail): return "Demo/\(file) er ugyldig: \(detail)"
        }
    }
}

/// A sector (branche) with its job titles and employers.
struct Sector: Sendable {
    enum Level: String, Sendable, Decodable {
        case ufaglaert, faglaert, videregaaende
    }

    let id: String
    let name: String
    let level: Level
    let titles: Pool<String>
    let employers: Pool<String>
}

/// An education for an uddannelse goal.
struct Education: Sendable {
    let title: String
    let institution: String
    /// Index into `DemoVocabulary.sectors`.
    let sectorIndex: Int
}

/// Names of one foreign origin.
struct NameOrigin: Sendable {
    let origin: String
    let language: String
    let refugeeWeight: Double
    let immigrantWeight: Double
    let male: Pool<String>
    let female: Pool<String>
    let surnames: Pool<String>
}

/// A postcode area with its streets.
struct PostcodeArea: Sendable {
    let postcode: String
    let city: String
    let streets: Pool<String>
}

/// A municipality: the jobcenter's name and the areas where its citizens live.
struct Municipality: Sendable {
    let name: String
    let jobcenter: String
    let areas: Pool<PostcodeArea>
}

/// The word lists of the demo: names, places, sectors, employers, educations and text
/// templates, read from `Resources/Demo/*.json` and checked once.
public struct DemoVocabulary: Sendable {
    let danishMale: Pool<String>
    let danishFemale: Pool<String>
    let middleNames: Pool<String>
    let surnames: Pool<String>
    let origins: Pool<NameOrigin>
    let municipalities: Pool<Municipality>
    let sectors: [Sector]
    let educations: Pool<Education>
    let guidanceProviders: Pool<String>
    let jobSearchCourses: Pool<String>
    let certificateCourses: Pool<String>
    let clarificationCourses: Pool<String>
    let utilityProviders: Pool<String>
    let mentorProviders: Pool<String>
    let danishProviders: Pool<String>
    let literacyProviders: Pool<String>
    let unemploymentFunds: Pool<String>
    private let texts: [Pool<TextTemplate>]

    /// The templates for `key`.
    func text(_ key: TextKey) -> Pool<TextTemplate> {
        texts[key.ordinal]
    }

    /// How many templates the lists hold in all (for the report and the tests).
    var templateCount: Int { texts.reduce(0) { $0 + $1.count } }

    /// The lists from the package's resource bundle, loaded once. When they cannot be read
    /// (a broken installation), a minimal built-in vocabulary keeps the generator working
    /// and `loadingProblem` says what went wrong.
    static let shared: DemoVocabulary = {
        switch loadResult {
        case .success(let vocabulary): return vocabulary
        case .failure: return fallback
        }
    }()

    private static let loadResult: Result<DemoVocabulary, DemoVocabularyError> = {
        do throws(DemoVocabularyError) {
            return .success(try load(from: JobsagResources.bundle))
        } catch {
            return .failure(error)
        }
    }()

    /// Why the bundled lists could not be used, or nil when they were loaded.
    public static var loadingProblem: DemoVocabularyError? {
        if case .failure(let problem) = loadResult { return problem }
        return nil
    }

    /// Reads and checks the lists in `bundle`'s `Demo` folder.
    public static func load(from bundle: Bundle) throws(DemoVocabularyError) -> DemoVocabulary {
        let names: NamesFile = try decode("names.json", from: bundle)
        let places: PlacesFile = try decode("places.json", from: bundle)
        let jobs: JobsFile = try decode("jobs.json", from: bundle)
        let companies: CompaniesFile = try decode("companies.json", from: bundle)
        let educationsFile: EducationsFile = try decode("educations.json", from: bundle)
        let textsFile: [String: TextEntry] = try decode("texts.json", from: bundle)

        func pool(_ list: [String], _ file: String, _ what: String) throws(DemoVocabularyError) -> Pool<String> {
            guard let pool = Pool(list.filter { !$0.isEmpty }) else { throw .invalid(file: file, detail: "\(what) er tom") }
            return pool
        }

        var origins: [NameOrigin] = []
        for origin in names.foreign {
            let file = "names.json"
            origins.append(NameOrigin(
                origin: origin.origin, language: origin.language,
                refugeeWeight: origin.refugeeWeight, immigrantWeight: origin.immigrantWeight,
                male: try pool(origin.male, file, "\(origin.origin).male"),
                female: try pool(origin.female, file, "\(origin.origin).female"),
                surnames: try pool(origin.surnames, file, "\(origin.origin).surnames")))
        }
        guard let originPool = Pool(origins) else { throw .invalid(file: "names.json", detail: "foreign er tom") }

        var municipalities: [Municipality] = []
        for municipality in places.municipalities {
            var areas: [PostcodeArea] = []
            for area in municipality.areas {
                areas.append(PostcodeArea(
                    postcode: area.postcode, city: area.city,
                    streets: try pool(area.streets, "places.json", "\(area.postcode).streets")))
            }
            guard let areaPool = Pool(areas) else {
                throw .invalid(file: "places.json", detail: "\(municipality.name) har ingen områder")
            }
            municipalities.append(Municipality(name: municipality.name, jobcenter: municipality.jobcenter, areas: areaPool))
        }
        guard let municipalityPool = Pool(municipalities) else {
            throw .invalid(file: "places.json", detail: "municipalities er tom")
        }

        var sectors: [Sector] = []
        for sector in jobs.sectors {
            guard !sectors.contains(where: { $0.id == sector.id }) else {
                throw .invalid(file: "jobs.json", detail: "branchen \(sector.id) står to gange")
            }
            let employers = companies.employers.filter { $0.sector == sector.id }.map(\.name)
            guard let employerPool = Pool(employers) else {
                throw .invalid(file: "companies.json", detail: "ingen virksomheder i branchen \(sector.id)")
            }
            sectors.append(Sector(
                id: sector.id, name: sector.name, level: sector.level,
                titles: try pool(sector.titles, "jobs.json", "\(sector.id).titles"), employers: employerPool))
        }
        guard !sectors.isEmpty else { throw .invalid(file: "jobs.json", detail: "sectors er tom") }
        for employer in companies.employers where !sectors.contains(where: { $0.id == employer.sector }) {
            throw .invalid(file: "companies.json", detail: "\(employer.name) har en ukendt branche \(employer.sector)")
        }

        var educations: [Education] = []
        for education in educationsFile.educations {
            guard let index = sectors.firstIndex(where: { $0.id == education.sector }) else {
                throw .invalid(file: "educations.json", detail: "\(education.title) har en ukendt branche \(education.sector)")
            }
            educations.append(Education(title: education.title, institution: education.institution, sectorIndex: index))
        }
        guard let educationPool = Pool(educations) else { throw .invalid(file: "educations.json", detail: "educations er tom") }

        var texts: [Pool<TextTemplate>] = []
        for key in TextKey.allCases {
            guard case .list(let sources)? = textsFile[key.rawValue] else {
                throw .invalid(file: "texts.json", detail: "nøglen \(key.rawValue) mangler")
            }
            var templates: [TextTemplate] = []
            for source in sources {
                switch Result(catching: { () throws(TextTemplate.Problem) -> TextTemplate in try TextTemplate(parsing: source) }) {
                case .success(let template):
                    templates.append(template)
                case .failure(.unknownSlot(let name)):
                    throw .invalid(file: "texts.json", detail: "ukendt felt {\(name)} i \(key.rawValue)")
                case .failure(.unclosedBrace):
                    throw .invalid(file: "texts.json", detail: "ulukket { i \(key.rawValue)")
                }
            }
            guard let templatePool = Pool(templates) else {
                throw .invalid(file: "texts.json", detail: "\(key.rawValue) er tom")
            }
            texts.append(templatePool)
        }
        for name in textsFile.keys.sorted() where name != "comment" && TextKey(rawValue: name) == nil {
            throw .invalid(file: "texts.json", detail: "ukendt nøgle \(name)")
        }

        return DemoVocabulary(
            danishMale: try pool(names.danish.male, "names.json", "danish.male"),
            danishFemale: try pool(names.danish.female, "names.json", "danish.female"),
            middleNames: try pool(names.danish.middle, "names.json", "danish.middle"),
            surnames: try pool(names.danish.surnames, "names.json", "danish.surnames"),
            origins: originPool,
            municipalities: municipalityPool,
            sectors: sectors,
            educations: educationPool,
            guidanceProviders: try pool(companies.guidanceProviders, "companies.json", "guidanceProviders"),
            jobSearchCourses: try pool(companies.jobSearchCourses, "companies.json", "jobSearchCourses"),
            certificateCourses: try pool(companies.certificateCourses, "companies.json", "certificateCourses"),
            clarificationCourses: try pool(companies.clarificationCourses, "companies.json", "clarificationCourses"),
            utilityProviders: try pool(companies.utilityProviders, "companies.json", "utilityProviders"),
            mentorProviders: try pool(companies.mentorProviders, "companies.json", "mentorProviders"),
            danishProviders: try pool(companies.danishProviders, "companies.json", "danishProviders"),
            literacyProviders: try pool(companies.literacyProviders, "companies.json", "literacyProviders"),
            unemploymentFunds: try pool(companies.unemploymentFunds, "companies.json", "unemploymentFunds"),
            texts: texts)
    }

    private static func decode<T: Decodable>(_ file: String, from bundle: Bundle) throws(DemoVocabularyError) -> T {
        let name = String(file.dropLast(5))
        guard let url = bundle.url(forResource: name, withExtension: "json", subdirectory: "Demo")
            ?? bundle.url(forResource: name, withExtension: "json")
        else { throw .missingFile(file) }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(file: file, detail: "\(error)")
        }
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch {
            throw .unreadable(file: file, detail: "\(error)")
        }
    }

    // MARK: The built-in minimum

    /// A tiny vocabulary for a broken installation: enough to generate, not to impress.
    static let fallback: DemoVocabulary = {
        let sector = Sector(
            id: "lager", name: "lager og logistik", level: .ufaglaert,
            titles: Pool("Lagermedarbejder", "Truckfører"), employers: Pool("Nordlager A/S"))
        let note = TextTemplate(pieces: [.text("Notat.")])
        return DemoVocabulary(
            danishMale: Pool("Søren", "Jens", "Bjørn", "Åge"),
            danishFemale: Pool("Mette", "Lærke", "Åse", "Hanne"),
            middleNames: Pool("Ærø", "Møller"),
            surnames: Pool("Jensen", "Sørensen", "Østergaard", "Aagaard"),
            origins: Pool(NameOrigin(
                origin: "syrisk", language: "arabisk", refugeeWeight: 1, immigrantWeight: 1,
                male: Pool("Ahmad"), female: Pool("Fatima"), surnames: Pool("Khalil"))),
            municipalities: Pool(Municipality(
                name: "Gentofte", jobcenter: "Jobcenter Gentofte",
                areas: Pool(PostcodeArea(postcode: "2820", city: "Gentofte", streets: Pool("Bernstorffsvej"))))),
            sectors: [sector],
            educations: Pool(Education(title: "HF", institution: "VUC", sectorIndex: 0)),
            guidanceProviders: Pool("Jobcentrets Jobværksted"), jobSearchCourses: Pool("Jobsøgningsforløb"),
            certificateCourses: Pool("Truckcertifikat B"), clarificationCourses: Pool("Mestringsforløb"),
            utilityProviders: Pool("Kommunens Vej og Park"), mentorProviders: Pool("Mentorkorpset"),
            danishProviders: Pool("Sprogcentret"), literacyProviders: Pool("VUC"),
            unemploymentFunds: Pool("3F A-kasse"),
            texts: TextKey.allCases.map { _ in Pool(note) })
    }()
}

// MARK: - The files' shapes

private struct NamesFile: Decodable {
    struct DanishNames: Decodable {
        let male: [String]
        let female: [String]
        let middle: [String]
        let surnames: [String]
    }

    struct Origin: Decodable {
        let origin: String
        let language: String
        let refugeeWeight: Double
        let immigrantWeight: Double
        let male: [String]
        let female: [String]
        let surnames: [String]
    }

    let danish: DanishNames
    let foreign: [Origin]
}

private struct PlacesFile: Decodable {
    struct Area: Decodable {
        let postcode: String
        let city: String
        let streets: [String]
    }

    struct Municipality: Decodable {
        let name: String
        let jobcenter: String
        let areas: [Area]
    }

    let municipalities: [Municipality]
}

private struct JobsFile: Decodable {
    struct SectorEntry: Decodable {
        let id: String
        let name: String
        let level: Sector.Level
        let titles: [String]
    }

    let sectors: [SectorEntry]
}

private struct CompaniesFile: Decodable {
    struct Employer: Decodable {
        let name: String
        let sector: String
    }

    let employers: [Employer]
    let guidanceProviders: [String]
    let jobSearchCourses: [String]
    let certificateCourses: [String]
    let clarificationCourses: [String]
    let utilityProviders: [String]
    let mentorProviders: [String]
    let danishProviders: [String]
    let literacyProviders: [String]
    let unemploymentFunds: [String]
}

private struct EducationsFile: Decodable {
    struct Entry: Decodable {
        let title: String
        let institution: String
        let sector: String
    }

    let educations: [Entry]
}

/// A value in texts.json: a list of templates, or the file's comment.
private enum TextEntry: Decodable {
    case list([String])
    case comment(String)

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let list = try? container.decode([String].self) {
            self = .list(list)
        } else {
            self = .comment(try container.decode(String.self))
        }
    }
}
