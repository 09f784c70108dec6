/// What the paper says about itself in its header: later checks use its dates as the reference point.
public struct PaperMetadata: Hashable, Sendable, Codable {
    public var title: String?
    public var authors: [String]
    public var doi: String?
    public var received: PartialDate?
    public var published: PartialDate?

    public init(title: String? = nil, authors: [String] = [], doi: String? = nil,
                received: PartialDate? = nil, published: PartialDate? = nil) {
        self.title = title
        self.authors = authors
        self.doi = doi
        self.received = received
        self.published = published
    }

    enum CodingKeys: String, CodingKey { case title, authors, doi, received, published }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeNullable(title, forKey: .title)
        try c.encode(authors, forKey: .authors)
        try c.encodeNullable(doi, forKey: .doi)
        try c.encodeNullable(received, forKey: .received)
        try c.encodeNullable(published, forKey: .published)
    }
}
