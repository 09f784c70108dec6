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

    public func parse(_ paper: PaperText) throws -> ParsedPaper {
        // The front matter is read while the notes are segmented: both walk the whole text.
        let text = paper.text
        let (segmentation, metadata) = ConcurrentMap.both(parallel: text.utf8.count > 256 * 1024,
                                                          { FootnoteSegmenter().segmentation(text) },
                                                          { PaperMetadataExtractor().extract(from: text) })
        let parser = ReferenceParser()
        if segmentation.notes.isEmpty {
            // No notes and no numbered list: an author-date paper's unnumbered list under its heading.
            let lines = FootnoteSegmenter.lines(paper.text)
            guard let list = UnnumberedListParser(parser: parser).parse(lines) else {
                throw CiteCheckError(.input, file: paper.path, "no footnotes or numbered references found")
            }
            var parsed = ParsedPaper(paper: metadata, notes: list.notes, references: list.references, findings: list.findings)
            parsed.naming(file: paper.path)
            return parsed
        }
        // The segmenter knows lines, not the file: name it on every note's place.
        let notes = segmentation.notes.map { note in
            var note = note
            note.source?.file = paper.path
            return note
        }
        // Notes parse independently, so they are spread over the cores; ids are given afterwards
        // in document order.
        let perNote = ConcurrentMap.map(notes) { note in
            let refs = parser.parse(note: note, firstID: 1)
            return (refs, ReferenceAssembler.prepare(note, refs))
        }
        var assembler = ReferenceAssembler(capacity: notes.count)
        for (note, (refs, prepared)) in zip(notes, perNote) { assembler.add(note, refs, prepared: prepared) }
        if segmentation.style != .numbered {
            // A notes paper's closing bibliography: its entries after the notes.
            for (note, ref) in NotesBibliography(parser: parser).read(FootnoteSegmenter.lines(paper.text), after: assembler.notes) {
                assembler.add(note, [ref])
            }
        }
        var findings = assembler.findings
        if segmentation.style == .numbered {
            findings += NumberedListCitations.findings(cited: segmentation.citedLabels, notes: assembler.notes,
                                                      references: assembler.references)
        }
        var parsed = ParsedPaper(paper: metadata, notes: assembler.notes, references: assembler.references, findings: findings)
        parsed.naming(file: paper.path)
        return parsed
    }
}
