/// `references[].work`: what the catalogues say about the work a scholarly reference cites.
/// Names and values are the JSON contract (docs/json.md, docs/doi.md).
public struct WorkMatch: Hashable, Sendable, Codable {
    public enum Status: String, Hashable, Sendable, Codable {
        /// One registered work fits the reference.
        case matched
        /// The catalogues answered, and nothing they hold fits the reference.
        case notFound = "not-found"
        /// Two different works fit about equally well.
        case ambiguous
        /// A catalogue could not be asked or did not answer (offline, 429, 5xx): no verdict.
        case unverified
    }

    /// Where the work's record came from.
    public enum Source: String, Hashable, Sendable, Codable {
        case crossref, openalex, openlibrary, datacite
    }

    public var status: Status
    /// The matched work's DOI (matched, ambiguous: the best candidate's), when it has one.
    public var doi: String?
    /// The matched work's title as the catalogue gives it.
    public var title: String?
    public var source: Source?
    /// How well the best candidate fits, 0…1 (docs/doi.md); null when nothing was compared.
    public var score: Double?

    public init(status: Status, doi: String? = nil, title: String? = nil, source: Source? = nil, score: Double? = nil) {
        self.status = status
        self.doi = doi
        self.title = title
        self.source = source
        self.score = score
    }

    enum CodingKeys: String, CodingKey { case status, doi, title, source, score }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(status, forKey: .status)
        try c.encodeNullable(doi, forKey: .doi)
        try c.encodeNullable(title, forKey: .title)
        try c.encodeNullable(source, forKey: .source)
        try c.encodeNullable(score, forKey: .score)
    }
}
