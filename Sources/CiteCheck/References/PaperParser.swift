/// The parse stage end to end: text → notes → references, plus the paper's own metadata.
public struct PaperParser: Sendable {
    public var reader: TextFileReader

    public init(reader: TextFileReader = TextFileReader()) {
        self.reader = reader
    }

    /// Reads any supported format (detected from the content unless `format` says): plain text and
    /// Markdown go through the footnote segmenter, the others through their readers.
    public func parse(path: String, format: DocumentFormat? = nil) throws -> ParsedPaper {
        try SourceDocumentParser(reader: DocumentReader(maxTextBytes: reader.maxBytes)).parse(path: path, format: format)
    }

    /// `paper` is consumed: its text is let go once segmented (the notes hold their own text), so a
    /// paper near the input limit is not held beside its parsed notes.
    public func parse(_ paper: consuming PaperText) throws -> ParsedPaper {
        // The front matter is read while the notes are segmented: both walk the whole text.
        let text = paper.text
        var segmentation: FootnoteSegmentation
        let metadata: PaperMetadata
        (segmentation, metadata) = ConcurrentMap.both(parallel: text.utf8.count > 256 * 1024,
                                                      { FootnoteSegmenter().segmentation(text) },
                                                      { PaperMetadataExtractor().extract(from: text) })
        let parser = ReferenceParser()
        let path = paper.path
        if segmentation.notes.isEmpty {
            // No notes and no numbered list: an author-date paper's unnumbered list under its heading.
            let lines = FootnoteSegmenter.lines(paper.text)
            guard let list = UnnumberedListParser(parser: parser).parse(lines) else {
                throw CiteCheckError(.input, file: path, "no footnotes or numbered references found")
            }
            var parsed = ParsedPaper(paper: metadata, notes: list.notes, references: list.references, findings: list.findings)
            parsed.naming(file: path)
            return parsed
        }
        // The notes are taken from the segmentation, not copied, and named and assembled in place:
        // one array of notes is held, not three. The segmenter knows lines, not the file.
        var notes = segmentation.notes
        segmentation.notes = []
        for i in notes.indices { notes[i].source?.file = path }
        // A notes paper's closing bibliography: its entries after the notes. Read before the notes are
        // parsed, so that the paper's text can go.
        let bibliography = segmentation.style == .numbered ? []
            : NotesBibliography(parser: parser).read(FootnoteSegmenter.lines(text), after: notes)
        _ = consume text
        _ = consume paper
        var assembler = ReferenceAssembler(references: notes.count + bibliography.count)
        // Notes parse independently, so a slice of them at a time is spread over the cores, with what
        // the assembler works out about each on its own (`prepare`), and assembled in document order, which gives
        // the ids. Only one slice's per-note results are held: the whole paper's were as big as the
        // assembled list, beside it.
        var start = notes.startIndex
        while start < notes.endIndex {
            let end = min(start + Self.slice, notes.endIndex)
            let perNote = ConcurrentMap.map(Array(notes[start..<end])) { note in
                let refs = parser.parse(note: note, firstID: 1)
                return (refs, ReferenceAssembler.prepare(note, refs))
            }
            for (offset, (refs, prepared)) in perNote.enumerated() {
                assembler.assemble(&notes[start + offset], refs, prepared: prepared)
            }
            start = end
        }
        notes.reserveCapacity(notes.count + bibliography.count)
        for (entry, ref) in bibliography {
            var note = entry
            assembler.assemble(&note, [ref], prepared: ReferenceAssembler.prepare(note, [ref]))
            notes.append(note)
        }
        var findings = assembler.findings
        let references = assembler.takeReferences()
        if segmentation.style == .numbered {
            findings += NumberedListCitations.findings(cited: segmentation.citedLabels, notes: notes, references: references)
        }
        var parsed = ParsedPaper(paper: metadata, notes: consume notes, references: consume references, findings: findings)
        parsed.naming(file: path)
        return parsed
    }

    /// Notes parsed and assembled at a time.
    static let slice = 4096
}
