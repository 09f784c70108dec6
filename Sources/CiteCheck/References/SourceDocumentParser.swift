/// The parse stage for every input format. Plain text, Markdown and PDF go through the footnote
/// segmenter (`PaperParser`); formats that delimit their notes (.docx, JATS, HTML, BibTeX, CSL-JSON,
/// RIS) skip segmentation, and each of their notes is parsed by the same `ReferenceParser`. What the
/// format knows beyond the text is then added: hyperlink targets missing from the visible text, and
/// tagged fields, which fill or override what the text parser found.
public struct SourceDocumentParser: Sendable {
    public var reader: DocumentReader

    public init(reader: DocumentReader = DocumentReader()) {
        self.reader = reader
    }

    /// Reads `path` in `format` (detected from the content when nil) and parses it.
    public func parse(path: String, format: DocumentFormat? = nil) throws -> ParsedPaper {
        switch try reader.read(path: path, format: format) {
        case .text(let paper):
            return try PaperParser(reader: TextFileReader(maxBytes: reader.maxTextBytes)).parse(paper)
        case .notes(let document):
            return try parse(document)
        }
    }

    public func parse(_ document: SourceDocument) throws -> ParsedPaper {
        if document.notes.isEmpty {
            guard let body = document.bodyText, !body.isEmpty else {
                throw CiteCheckError(.input, file: document.path, "no footnotes or references found")
            }
            // Notes typed into the text itself: the text path, with the format's own metadata first.
            var parsed = try PaperParser().parse(PaperText(path: document.path, text: body, encoding: "UTF-8"))
            parsed.paper = metadata(of: document)
            Self.relocate(&parsed, format: document.format)
            return parsed
        }
        // Every format's readers count their own entries; this catches the rest (JATS, HTML, Word).
        try Limits.checkEntries(document.notes.count, "notes", file: document.path, limit: reader.maxEntries)
        let parser = ReferenceParser()
        // Notes parse independently, so they are spread over the cores as the text path does; ids
        // are given afterwards in document order.
        let numbered = Array(zip(1..., document.notes))
        let perNote = ConcurrentMap.map(numbered) { index, source -> (Note, [Reference]) in
            let place = source.source.map { place in
                var place = place
                place.file = document.path
                return place
            }
            let note = Note(index: index, label: source.label, kind: .citation, text: source.text, context: source.context,
                            source: place)
            var refs: [Reference]
            if let tagged = source.tagged, !tagged.isEmpty {
                // A tagged entry is one work, so its text is not split at semicolons: splitting
                // 10,000 "; "-joined authors re-read the growing text at every one (56 s).
                refs = [Self.applying(tagged, to: parser.parse(work: note), note: note)]
            } else {
                refs = parser.parse(note: note, firstID: 1)
            }
            refs = Self.adding(links: source.links, to: refs, note: note)
            return (note, refs)
        }
        var assembler = ReferenceAssembler(capacity: perNote.count)
        for (note, refs) in perNote { assembler.add(note, refs) }
        return ParsedPaper(paper: metadata(of: document), notes: assembler.notes, references: assembler.references,
                           findings: assembler.findings)
    }

    /// The body text has one paragraph a line: a docx line is its paragraph; other formats' body lines
    /// are not lines of the file, so only the file is kept.
    static func relocate(_ parsed: inout ParsedPaper, format: DocumentFormat) {
        func fix(_ place: PaperLocation?) -> PaperLocation? {
            guard var place else { return nil }
            if format == .docx { place.paragraph = place.line }
            place.line = nil
            place.column = nil
            return place
        }
        for i in parsed.notes.indices { parsed.notes[i].source = fix(parsed.notes[i].source) }
        for i in parsed.references.indices { parsed.references[i].source = fix(parsed.references[i].source) }
        for i in parsed.findings.indices { parsed.findings[i].source = fix(parsed.findings[i].source) }
    }

    /// The format's own metadata first; header lines in the body text (DOI：, 收稿日期) fill the gaps.
    private func metadata(of document: SourceDocument) -> PaperMetadata {
        var m = document.metadata
        guard let body = document.bodyText, !body.isEmpty else { return m }
        let fromText = PaperMetadataExtractor().extract(from: body)
        m.title = m.title ?? fromText.title
        if m.authors.isEmpty { m.authors = fromText.authors }
        m.doi = m.doi ?? fromText.doi
        m.received = m.received ?? fromText.received
        m.published = m.published ?? fromText.published
        return m
    }

    /// A tagged entry is one work: the text parser's pieces are merged, then every tagged field wins.
    static func applying(_ t: TaggedFields, to parsed: [Reference], note: Note) -> Reference {
        var ref = parsed.first ?? Reference(id: "", note: note.index, label: note.label, raw: note.text)
        if parsed.count > 1 {
            ref.raw = note.text
            for other in parsed.dropFirst() {
                for url in other.urls where !ref.urls.contains(where: { sameURL($0, url) }) { ref.urls.append(url) }
                ref.doi = ref.doi ?? other.doi
                ref.accessed = ref.accessed ?? other.accessed
            }
        }
        if let v = t.title { ref.title = v }
        if let v = t.container { ref.container = v }
        if !t.authors.isEmpty { ref.authors = t.authors }
        if let v = t.date { ref.date = v }
        if let v = t.accessed { ref.accessed = v }
        if let v = t.doi { ref.doi = v }
        if let v = t.volume { ref.volume = v }
        if let v = t.issue { ref.issue = v }
        if let v = t.pages { ref.pages = v }
        if let v = t.number { ref.number = v }
        for url in t.urls where !ref.urls.contains(where: { sameURL($0, url) }) { ref.urls.append(url) }
        ref.language = ref.language ?? ReferenceParser.language(of: ref.title ?? note.text)
        return ref
    }

    /// Hyperlink targets the visible text does not show. A note with several references gives a hidden
    /// link to the first reference without a URL (the one the link text most likely stands for), else
    /// to the last; a note that cites nothing but a link still cites that link. A DOI resolver link
    /// gives the reference its DOI instead of a URL, as "doi:" in the text would.
    static func adding(links: [String], to parsed: [Reference], note: Note) -> [Reference] {
        var refs = parsed
        for link in links {
            if refs.contains(where: { $0.urls.contains(where: { sameURL($0, link) }) }) { continue }
            if refs.isEmpty {
                refs.append(Reference(id: "", note: note.index, label: note.label, urls: [],
                                      language: ReferenceParser.language(of: note.text), raw: note.text))
            }
            let target = refs.firstIndex(where: { $0.urls.isEmpty && $0.doi == nil }) ?? refs.count - 1
            if let doi = TaggedValue.doi(link), refs[target].doi == nil || refs[target].doi?.lowercased() == doi.lowercased() {
                refs[target].doi = doi
                continue
            }
            refs[target].urls.append(link)
        }
        return refs
    }

    /// Two spellings of one address: scheme, "www.", case of the host and a final "/" aside.
    static func sameURL(_ a: String, _ b: String) -> Bool {
        key(a) == key(b)
    }

    private static func key(_ url: String) -> String {
        var s = Substring(url)
        for scheme in ["https://", "http://", "ftp://"] where s.lowercased().hasPrefix(scheme) { s = s.dropFirst(scheme.count) }
        if s.lowercased().hasPrefix("www.") { s = s.dropFirst(4) }
        while s.hasSuffix("/") { s = s.dropLast() }
        let host = s.prefix(while: { $0 != "/" })
        return host.lowercased() + s.dropFirst(host.count)
    }
}
