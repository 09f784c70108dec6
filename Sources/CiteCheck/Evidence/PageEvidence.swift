/// What a fetched page (HTML or PDF) says about itself: `links[].page` in the JSON report.
/// The contract fields are title, published, modified, dateSource, doi, language and canonical;
/// the rest say where each value came from and what else was seen.
public struct PageEvidence: Hashable, Sendable, Codable {
    public var title: String?
    /// Where the title came from: "citation_title", "DC.title", "og:title", "JSON-LD headline",
    /// "JSON-LD name", "<title>", "PDF Title", "XMP dc:title".
    public var titleSource: String?
    public var published: PageDate?
    public var modified: PageDate?
    public var doi: String?
    public var language: String?
    public var canonical: String?
    /// Every date the page gives, publication dates first, strongest evidence first.
    public var dates: [PageDate]
    /// Evidence that the page is a "not found" page served with status 200, or nil.
    public var notFound: String?
    /// A weaker sign, not written to JSON: the title contains 404 among other words. It counts only
    /// when the page also resembles the site's probed not-found page.
    public var notFoundHint: String?
    /// For comparison with the site's answer to a path that does not exist; not written to JSON.
    public var fingerprint: PageFingerprint?

    public init(
        title: String? = nil, titleSource: String? = nil, published: PageDate? = nil, modified: PageDate? = nil,
        doi: String? = nil, language: String? = nil, canonical: String? = nil, dates: [PageDate] = [],
        notFound: String? = nil, fingerprint: PageFingerprint? = nil
    ) {
        self.title = title
        self.titleSource = titleSource
        self.published = published
        self.modified = modified
        self.doi = doi
        self.language = language
        self.canonical = canonical
        self.dates = dates
        self.notFound = notFound
        self.fingerprint = fingerprint
    }

    /// Where the published date came from.
    public var dateSource: DateSource? { published?.source }

    enum CodingKeys: String, CodingKey {
        case title, titleSource, published, modified, dateSource, modifiedSource, doi, language, canonical, dates, notFound
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeNullable(title, forKey: .title)
        try c.encodeNullable(titleSource, forKey: .titleSource)
        try c.encodeNullable(published?.description, forKey: .published)
        try c.encodeNullable(published?.source, forKey: .dateSource)
        try c.encodeNullable(modified?.description, forKey: .modified)
        try c.encodeNullable(modified?.source, forKey: .modifiedSource)
        try c.encodeNullable(doi, forKey: .doi)
        try c.encodeNullable(language, forKey: .language)
        try c.encodeNullable(canonical, forKey: .canonical)
        try c.encode(dates, forKey: .dates)
        try c.encodeNullable(notFound, forKey: .notFound)
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func date(_ value: CodingKeys, _ source: CodingKeys) throws -> PageDate? {
            guard let text = try c.decodeIfPresent(String.self, forKey: value),
                  let src = try c.decodeIfPresent(DateSource.self, forKey: source),
                  let parsed = DateTextParser.parse(text) else { return nil }
            return PageDate(date: parsed.date, minuteOfDay: parsed.minuteOfDay, offsetMinutes: parsed.offsetMinutes, source: src)
        }
        self.init(
            title: try c.decodeIfPresent(String.self, forKey: .title),
            titleSource: try c.decodeIfPresent(String.self, forKey: .titleSource),
            published: try date(.published, .dateSource),
            modified: try date(.modified, .modifiedSource),
            doi: try c.decodeIfPresent(String.self, forKey: .doi),
            language: try c.decodeIfPresent(String.self, forKey: .language),
            canonical: try c.decodeIfPresent(String.self, forKey: .canonical),
            dates: try c.decodeIfPresent([PageDate].self, forKey: .dates) ?? [],
            notFound: try c.decodeIfPresent(String.self, forKey: .notFound))
    }
}
