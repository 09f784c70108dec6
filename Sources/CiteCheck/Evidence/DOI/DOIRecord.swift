/// One distinct DOI of the paper and what the registries say about it: an entry of "dois" in
/// the JSON report. Names and values are the JSON contract (docs/json.md).
public struct DOIRecord: Hashable, Sendable, Codable {
    public enum Status: String, Hashable, Sendable, Codable {
        /// The DOI handle exists (with or without a URL).
        case registered
        /// The handle system has no such DOI.
        case notFound = "not-found"
        /// Not a DOI by the DOI Handbook's syntax.
        case invalid
        /// Could not be checked: offline, a network failure, an unreadable answer, or rate-limited.
        case unverified
    }

    /// The DOI as first written (normalised when valid).
    public var doi: String
    /// Ids of the references that cite it, in document order; empty for the paper's own DOI.
    public var references: [String]
    public var status: Status
    /// The registration agency ("Crossref", "DataCite", "CNKI", …), when known.
    public var agency: String?
    /// The URL the DOI resolves to, from its handle.
    public var resolvesTo: String?
    /// The registry's record, for Crossref and DataCite DOIs.
    public var metadata: DOIMetadata?

    public init(doi: String, references: [String], status: Status, agency: String? = nil,
                resolvesTo: String? = nil, metadata: DOIMetadata? = nil) {
        self.doi = doi
        self.references = references
        self.status = status
        self.agency = agency
        self.resolvesTo = resolvesTo
        self.metadata = metadata
    }

    enum CodingKeys: String, CodingKey { case doi, references, status, agency, resolvesTo, metadata }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(doi, forKey: .doi)
        try c.encode(references, forKey: .references)
        try c.encode(status, forKey: .status)
        try c.encodeNullable(agency, forKey: .agency)
        try c.encodeNullable(resolvesTo, forKey: .resolvesTo)
        try c.encodeNullable(metadata, forKey: .metadata)
    }
}
