/// What a registry says about one work (Crossref, DataCite, or a bibliographic search hit),
/// reduced to the fields a citation can be compared with.
public struct WorkRecord: Hashable, Sendable {
    public struct Author: Hashable, Sendable {
        public var given: String?
        public var family: String?
        /// A name given whole (an organisation, or a person the registry did not split).
        public var name: String?

        public init(given: String? = nil, family: String? = nil, name: String? = nil) {
            self.given = given
            self.family = family
            self.name = name
        }

        /// "Given Family", or the whole name.
        public var display: String {
            if let family { return [given, family].compactMap { $0 }.joined(separator: " ") }
            return name ?? given ?? ""
        }
    }

    public var doi: String?
    public var title: String?
    /// Crossref's subtitle[0]; a citation often joins it to the title with a colon.
    public var subtitle: String?
    public var year: Int?
    public var container: String?
    public var authors: [Author]
    /// The search engine's relevance score, for search hits only.
    public var score: Double?
    /// Notices that update this work (Crossref `updated-by`): retractions, corrections, concerns.
    public var updates: [WorkUpdate] = []
    /// Works this record updates (Crossref `update-to`), when the record is itself a notice; each
    /// entry's `notice` is the DOI of the work updated.
    public var updateTo: [WorkUpdate] = []
    /// OpenAlex's `is_retracted`; nil where the source does not say.
    public var isRetracted: Bool?
    /// The registry's type ("journal-article", "book", "article", …).
    public var type: String?
    /// ISBNs the record lists (books, chapters), digits only.
    public var isbns: [String] = []

    public init(doi: String? = nil, title: String? = nil, subtitle: String? = nil, year: Int? = nil,
                container: String? = nil, authors: [Author] = [], score: Double? = nil) {
        self.doi = doi
        self.title = title
        self.subtitle = subtitle
        self.year = year
        self.container = container
        self.authors = authors
        self.score = score
    }

    /// The notices that still apply to this work: its `updated-by` entries, and an in-situ
    /// retraction (a record whose `update-to` names itself, as some publishers deposit).
    public var standingUpdates: [WorkUpdate] {
        let own = doi.flatMap(DOI.init)
        let inSitu = updateTo.filter { u in own != nil && u.notice.flatMap(DOI.init) == own }
        var all = updates
        for u in inSitu where !all.contains(where: { $0.type == u.type && $0.source == u.source }) {
            var entry = u
            entry.notice = doi
            all.append(entry)
        }
        return all
    }

    /// The value written into the JSON report's `metadata`.
    public var metadata: DOIMetadata {
        DOIMetadata(title: [title, subtitle].compactMap { $0 }.joined(separator: ": ").nilIfEmpty,
                    year: year, container: container,
                    authors: authors.map(\.display).filter { !$0.isEmpty })
    }
}
