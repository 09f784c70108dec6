/// The `metadata` member of a `dois[]` entry: what the registry says the DOI names.
public struct DOIMetadata: Hashable, Sendable, Codable {
    public var title: String?
    public var year: Int?
    public var container: String?
    public var authors: [String]

    public init(title: String? = nil, year: Int? = nil, container: String? = nil, authors: [String] = []) {
        self.title = title
        self.year = year
        self.container = container
        self.authors = authors
    }

    enum CodingKeys: String, CodingKey { case title, year, container, authors }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeNullable(title, forKey: .title)
        try c.encodeNullable(year, forKey: .year)
        try c.encodeNullable(container, forKey: .container)
        try c.encode(authors, forKey: .authors)
    }
}
