/// One cited work, parsed from a note. What was not understood stays in `raw`; nothing is invented.
public struct Reference: Hashable, Sendable, Codable {
    /// Stable id within one paper: "r1", "r2", … in document order.
    public var id: String
    /// 1-based index of the note this reference came from.
    public var note: Int
    /// The note's printed label; empty (null in JSON) for an entry of an unnumbered list.
    public var label: String
    public var authors: [String]
    public var title: String?
    /// Journal, website or publisher.
    public var container: String?
    /// Document number such as "A/RES/78/311".
    public var number: String? {
        get { extras[\.number] }
        set { extras[\.number] = newValue }
    }
    public var date: PartialDate?
    public var volume: String?
    public var issue: String?
    public var pages: String?
    public var urls: [String]
    public var accessed: PartialDate? {
        get { extras[\.accessed] }
        set { extras[\.accessed] = newValue }
    }
    /// "last modified April 17, 2017", "updated March 3, 2025": when the cited page says it last
    /// changed. Absent from the JSON when the citation gives none.
    public var updated: PartialDate? {
        get { extras[\.updated] }
        set { extras[\.updated] = newValue }
    }
    public var doi: String?
    /// "zh" or "en": the language the citation is written in.
    public var language: String?
    public var raw: String
    /// For a note that abbreviates an earlier citation (Ibid., 同上, a Chicago short note): the id of the
    /// full reference it repeats, whose fields it carries; its own pinpoint is in `pages`.
    public var repeats: String? {
        get { extras[\.repeats] }
        set { extras[\.repeats] = newValue }
    }
    /// `check` only: what the catalogues say about a scholarly work (`WorkMatch`); null for web
    /// pages, legal texts and the like, and in `parse`.
    public var work: WorkMatch? {
        get { extras[\.work] }
        set { extras[\.work] = newValue }
    }
    /// Where the reference's note or entry starts in the paper.
    public var source: PaperLocation?
    /// `number`, `accessed`, `updated`, `repeats` and `work`: one pointer, nil while none is set.
    private var extras: ReferenceExtrasBox?

    public init(
        id: String, note: Int, label: String, authors: [String] = [], title: String? = nil,
        container: String? = nil, number: String? = nil, date: PartialDate? = nil,
        volume: String? = nil, issue: String? = nil, pages: String? = nil, urls: [String] = [],
        accessed: PartialDate? = nil, doi: String? = nil, language: String? = nil, raw: String,
        repeats: String? = nil
    ) {
        self.id = id
        self.note = note
        self.label = label
        self.authors = authors
        self.title = title
        self.container = container
        self.date = date
        self.volume = volume
        self.issue = issue
        self.pages = pages
        self.urls = urls
        self.doi = doi
        self.language = language
        self.raw = raw
        // The boxed fields, set once all the stored ones are.
        extras = ReferenceExtrasBox.boxing(ReferenceExtras(number: number, accessed: accessed, repeats: repeats))
    }

    enum CodingKeys: String, CodingKey {
        case id, note, label, authors, title, container, number, date, volume, issue, pages, urls,
            accessed, updated, doi, language, raw, repeats, work, source
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        note = try c.decode(Int.self, forKey: .note)
        label = try c.decodeIfPresent(String.self, forKey: .label) ?? ""
        authors = try c.decode([String].self, forKey: .authors)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        container = try c.decodeIfPresent(String.self, forKey: .container)
        let number = try c.decodeIfPresent(String.self, forKey: .number)
        date = try c.decodeIfPresent(PartialDate.self, forKey: .date)
        volume = try c.decodeIfPresent(String.self, forKey: .volume)
        issue = try c.decodeIfPresent(String.self, forKey: .issue)
        pages = try c.decodeIfPresent(String.self, forKey: .pages)
        urls = try c.decode([String].self, forKey: .urls)
        let accessed = try c.decodeIfPresent(PartialDate.self, forKey: .accessed)
        let updated = try c.decodeIfPresent(PartialDate.self, forKey: .updated)
        doi = try c.decodeIfPresent(String.self, forKey: .doi)
        language = try c.decodeIfPresent(String.self, forKey: .language)
        raw = try c.decode(String.self, forKey: .raw)
        let repeats = try c.decodeIfPresent(String.self, forKey: .repeats)
        let work = try c.decodeIfPresent(WorkMatch.self, forKey: .work)
        source = try c.decodeIfPresent(PaperLocation.self, forKey: .source)
        extras = ReferenceExtrasBox.boxing(ReferenceExtras(number: number, accessed: accessed, updated: updated,
                                                           repeats: repeats, work: work))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(note, forKey: .note)
        try c.encodeNullable(label.isEmpty ? nil : label, forKey: .label)
        try c.encode(authors, forKey: .authors)
        try c.encodeNullable(title, forKey: .title)
        try c.encodeNullable(container, forKey: .container)
        try c.encodeNullable(number, forKey: .number)
        try c.encodeNullable(date, forKey: .date)
        try c.encodeNullable(volume, forKey: .volume)
        try c.encodeNullable(issue, forKey: .issue)
        try c.encodeNullable(pages, forKey: .pages)
        try c.encode(urls, forKey: .urls)
        try c.encodeNullable(accessed, forKey: .accessed)
        try c.encodeIfPresent(updated, forKey: .updated)
        try c.encodeNullable(doi, forKey: .doi)
        try c.encodeNullable(language, forKey: .language)
        try c.encode(raw, forKey: .raw)
        try c.encodeNullable(repeats, forKey: .repeats)
        try c.encodeNullable(work, forKey: .work)
        try c.encodeIfPresent(source, forKey: .source)
    }
}
