// A spot-check round: its sample request, the drawn cases and their reviews.
import JobsagCore
import JobsagRules

/// A spot-check round (stikprøverunde), stored as `reviews/<id>.json`.
public struct ReviewRound: Codable, Hashable, Sendable, Identifiable {
    /// E.g. `2026-Q4-1`; a safe file name (`A-Z a-z 0-9 - _`).
    public var id: String
    public var title: String
    public var reviewer: Initials
    public var createdOn: CalendarDate
    public var request: SampleRequest
    /// The sampled cases, sorted by id.
    public var caseIDs: [CaseID]
    /// The review of each sampled case (encoded as an array sorted by case id).
    public var reviews: [CaseID: CaseReview]

    /// The document's format name and version in the store.
    public static let format = "jobsag-review-round"
    public static let version = 1

    public init(
        id: String, title: String, reviewer: Initials, createdOn: CalendarDate, request: SampleRequest,
        caseIDs: [CaseID], reviews: [CaseID: CaseReview] = [:]
    ) {
        self.id = id
        self.title = title
        self.reviewer = reviewer
        self.createdOn = createdOn
        self.request = request
        self.caseIDs = caseIDs
        self.reviews = reviews
    }

    /// Starts a round: draws the sample from the cases active in the request's period and
    /// builds each sampled case's review, pre-filled from the rules as of `createdOn`.
    public static func start(
        id: String, title: String, reviewer: Initials, createdOn: CalendarDate, request: SampleRequest,
        cases: [Case], engine: RuleEngine
    ) throws(ReviewError) -> ReviewRound {
        guard id.isValidCaseID else { throw .invalidRoundID(id) }
        guard request.isValid else { throw .invalidRequest }
        let candidates = SampleCandidate.candidates(cases, from: request.from, to: request.to, asOf: createdOn)
        let drawn = Sampler.draw(candidates, request)
        let byID = Dictionary(cases.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var reviews: [CaseID: CaseReview] = [:]
        for caseID in drawn {
            guard let sampled = byID[caseID] else { continue }
            reviews[caseID] = ChecklistBuilder.review(for: sampled, reviewer: reviewer, asOf: createdOn, engine: engine)
        }
        return ReviewRound(
            id: id, title: title, reviewer: reviewer, createdOn: createdOn, request: request, caseIDs: drawn, reviews: reviews)
    }

    /// The first free id of the form `YYYY-Qn-k` for the quarter of `date`.
    public static func nextID(createdOn date: CalendarDate, existing: [String]) -> String {
        let quarter = (date.month - 1) / 3 + 1
        let prefix = "\(date.year)-Q\(quarter)-"
        let taken = Set(existing)
        var number = 1
        while taken.contains(prefix + String(number)) { number += 1 }
        return prefix + String(number)
    }

    /// Complete reviews (every checkpoint answered and a verdict given).
    public var reviewedCount: Int {
        caseIDs.reduce(0) { $0 + (reviews[$1]?.isComplete == true ? 1 : 0) }
    }

    /// Sampled cases whose review is not complete.
    public var leftCount: Int { caseIDs.count - reviewedCount }

    /// The reviews in the order of `caseIDs`.
    public var orderedReviews: [CaseReview] { caseIDs.compactMap { reviews[$0] } }

    /// Stores a case's review; refused for a case outside the sample.
    public mutating func record(_ review: CaseReview) throws(ReviewError) {
        guard caseIDs.contains(review.caseID) else { throw .caseNotInRound(review.caseID) }
        reviews[review.caseID] = review
    }

    // MARK: Codable

    enum CodingKeys: String, CodingKey {
        case id, title, reviewer, createdOn, request, caseIDs, reviews
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        title = try container.decode(String.self, forKey: .title)
        reviewer = try container.decode(Initials.self, forKey: .reviewer)
        createdOn = try container.decode(CalendarDate.self, forKey: .createdOn)
        request = try container.decode(SampleRequest.self, forKey: .request)
        caseIDs = try container.decode([CaseID].self, forKey: .caseIDs)
        let list = try container.decodeIfPresent([CaseReview].self, forKey: .reviews) ?? []
        reviews = Dictionary(list.map { ($0.caseID, $0) }, uniquingKeysWith: { _, last in last })
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(reviewer, forKey: .reviewer)
        try container.encode(createdOn, forKey: .createdOn)
        try container.encode(request, forKey: .request)
        try container.encode(caseIDs, forKey: .caseIDs)
        try container.encode(reviews.values.sorted { $0.caseID < $1.caseID }, forKey: .reviews)
    }
}
