/// Reads a BibTeX or BibLaTeX file: each entry becomes a note labelled by its key, with url, urldate,
/// doi, date/year/month, title, journal/booktitle/publisher and author as tagged fields. BibTeX is
/// not XML, so it has its own small tokenizer (`BibTeXScanner`).
public struct BibTeXReader: Sendable {
    /// `--max-entries`.
    public var maxEntries: Int

    public init(maxEntries: Int = Limits.entriesPerFile) {
        self.maxEntries = maxEntries
    }

    public func read(text: String, path: String) throws -> SourceDocument {
        let entries: [BibTeXEntry]
        do {
            var scanner = BibTeXScanner(text)
            entries = try scanner.entries()
        } catch {
            throw CiteCheckError(.input, file: path, "BibTeX syntax error at line \(error.line): \(error.problem)")
        }
        try Limits.checkEntries(entries.count, "BibTeX entries", file: path, limit: maxEntries)
        let notes = entries.map(note)
        if notes.isEmpty { throw CiteCheckError(.input, file: path, "BibTeX file without entries") }
        return SourceDocument(path: path, format: .bibtex, notes: notes)
    }

    func note(_ entry: BibTeXEntry) -> SourceNote {
        let f = entry.fields
        var t = TaggedFields()
        t.title = f["title"]?.nilIfEmpty
        t.container = (f["journaltitle"] ?? f["journal"] ?? f["booktitle"] ?? f["publisher"]
            ?? f["organization"] ?? f["institution"] ?? f["school"] ?? f["howpublished"].flatMap { TaggedValue.isWebLink($0) ? nil : $0 })?.nilIfEmpty
        t.authors = (f["author"] ?? f["editor"]).map(Self.splitNames) ?? []
        if let date = f["date"].flatMap(TaggedValue.date) {
            t.date = date
        } else if let year = f["year"].flatMap({ Int($0.filter(\.isNumber).prefix(4)) }) {
            let month = f["month"].flatMap { Int($0) ?? TaggedValue.months[String($0.lowercased().prefix(3))] }
            let day = f["day"].flatMap { Int($0) }
            t.date = PartialDate(year: year, month: month, day: day) ?? PartialDate(year: year, month: month) ?? PartialDate(year: year)
        }
        t.accessed = (f["urldate"] ?? f["accessed"] ?? f["lastchecked"]).flatMap(TaggedValue.date)
        t.doi = f["doi"].flatMap(TaggedValue.doi)
        var urls: [String] = []
        for key in ["url", "howpublished", "eprint", "note"] {
            guard let value = f[key] else { continue }
            for word in value.split(whereSeparator: \.isWhitespace) where TaggedValue.isWebLink(String(word)) {
                if !urls.contains(String(word)) { urls.append(String(word)) }
            }
        }
        t.urls = urls
        t.volume = f["volume"]?.nilIfEmpty
        // `number` is an issue in a journal, a document number elsewhere (reports, resolutions, standards).
        if ["article", "periodical"].contains(entry.type) {
            t.issue = (f["issue"] ?? f["number"])?.nilIfEmpty
        } else {
            t.issue = f["issue"]?.nilIfEmpty
            t.number = f["number"]?.nilIfEmpty
        }
        t.pages = f["pages"]?.replacingOccurrences(of: "--", with: "-").nilIfEmpty
        return SourceNote(label: entry.key, text: Self.render(t, note: f["note"]), links: urls, tagged: t)
    }

    /// "Kerry, Cameron F. and others" → ["Cameron F. Kerry"]; braces already removed.
    static func splitNames(_ s: String) -> [String] {
        s.components(separatedBy: " and ").map { $0.collapsingWhitespace }.filter { !$0.isEmpty && $0 != "others" }
            .compactMap(TaggedValue.person(inverted:))
    }

    /// The entry as one line in the order a note gives it, for display and for the text parser.
    /// Authors written out in an entry's text; a consortium paper may list thousands.
    static let renderedAuthors = 30

    static func render(_ t: TaggedFields, note: String?) -> String {
        var parts: [String] = []
        // The tagged authors are kept whole; the note's text names the first few, as styles do.
        if !t.authors.isEmpty {
            let shown = t.authors.prefix(renderedAuthors).joined(separator: "; ")
            parts.append(t.authors.count > renderedAuthors ? shown + " et al." : shown)
        }
        if let title = t.title { parts.append("“\(title)”") }
        var container = t.container ?? ""
        if let v = t.volume { container += container.isEmpty ? "Vol. \(v)" : ", Vol. \(v)" }
        if let i = t.issue { container += container.isEmpty ? "No. \(i)" : ", No. \(i)" }
        if !container.isEmpty { parts.append(container) }
        if let n = t.number { parts.append(n) }
        if let d = t.date { parts.append(d.description) }
        if let p = t.pages { parts.append("pp. \(p)") }
        if let doi = t.doi { parts.append("doi:\(doi)") }
        for url in t.urls { parts.append(url) }
        if let a = t.accessed { parts.append("accessed \(a)") }
        // "Accessed: 2025-04-14" in a note repeats urldate.
        if let note, !TaggedValue.isWebLink(note), !(t.accessed != nil && note.lowercased().contains("accessed")) {
            parts.append(note)
        }
        return parts.joined(separator: ", ") + "."
    }
}

struct BibTeXEntry: Sendable, Hashable {
    var type: String
    var key: String
    /// Lower-cased field names; values with braces and simple LaTeX removed, @string macros applied.
    var fields: [String: String]
}
