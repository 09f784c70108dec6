/// A note as a structured format gives it, before reference parsing: what the reader saw, plus what the
/// format tells that plain text cannot (hyperlink targets, tagged bibliographic fields).
public struct SourceNote: Hashable, Sendable {
    /// The label as printed or as the format names the entry ("3", "①", a BibTeX key).
    public var label: String
    /// The note's visible text, without its label.
    public var text: String
    /// The body sentence that cites the note, when its reference mark was found.
    public var context: String?
    /// Hyperlink targets inside the note; a target may not appear in the visible text.
    public var links: [String]
    /// Fields the format tags (JATS, BibTeX, CSL-JSON, RIS); nil when the format only has text.
    public var tagged: TaggedFields?
    /// Where the note sits: the element's line (HTML, JATS), the paragraph and note id (docx). The
    /// reader may leave `file` empty; the parser names the document.
    public var source: PaperLocation?

    public init(label: String, text: String, context: String? = nil, links: [String] = [], tagged: TaggedFields? = nil,
                source: PaperLocation? = nil) {
        self.label = label
        self.text = text
        self.context = context
        self.links = links
        self.tagged = tagged
        self.source = source
    }
}

/// Bibliographic fields as a format tags them. Absent fields are nil (or empty), never guessed.
public struct TaggedFields: Hashable, Sendable {
    public var title: String?
    /// Journal, website, book or publisher.
    public var container: String?
    public var authors: [String]
    public var date: PartialDate?
    public var accessed: PartialDate?
    public var doi: String?
    public var urls: [String]
    public var volume: String?
    public var issue: String?
    public var pages: String?
    /// A document number such as "A/RES/78/311" (BibTeX `number` of a report, CSL `number`).
    public var number: String?

    public init(title: String? = nil, container: String? = nil, authors: [String] = [], date: PartialDate? = nil,
                accessed: PartialDate? = nil, doi: String? = nil, urls: [String] = [], volume: String? = nil,
                issue: String? = nil, pages: String? = nil, number: String? = nil) {
        self.title = title
        self.container = container
        self.authors = authors
        self.date = date
        self.accessed = accessed
        self.doi = doi
        self.urls = urls
        self.volume = volume
        self.issue = issue
        self.pages = pages
        self.number = number
    }

    /// True when the format tagged nothing at all.
    public var isEmpty: Bool {
        title == nil && container == nil && authors.isEmpty && date == nil && accessed == nil && doi == nil
            && urls.isEmpty && volume == nil && issue == nil && pages == nil && number == nil
    }
}
