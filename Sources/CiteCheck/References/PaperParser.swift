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
        var segmentation = FootnoteSegmenter().segmentation(paper.text)
        let parser = ReferenceParser()
        let metadata = PaperMetadataExtractor().extract(from: paper.text)
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
        // The notes are taken from the segmentation, not copied, and named and assembled in place:
        // one array of notes is held, not three. The segmenter knows lines, not the file.
        var notes = segmentation.notes
        segmentation.notes = []
        for i in notes.indices { notes[i].source?.file = paper.path }
        // Notes parse independently, so they are spread over the cores, with what the assembler looks
        // for in each (a short note); ids are given afterwards in document order.
        var perNote = ConcurrentMap.map(notes) { note -> ([Reference], ShortNote?) in
            let refs = parser.parse(note: note, firstID: 1)
            return (refs, ReferenceAssembler.shortNote(note, parsed: refs))
        }
        // A notes paper's closing bibliography: its entries after the notes.
        let bibliography = segmentation.style == .numbered ? []
            : NotesBibliography(parser: parser).read(FootnoteSegmenter.lines(paper.text), after: notes)
        // Room for exactly the references there can be: growing by doubling held the old array beside the new.
        let bound = perNote.reduce(bibliography.count) { $0 + ReferenceAssembler.bound($1.0, $1.1) }
        var assembler = ReferenceAssembler(references: bound)
        for i in notes.indices {
            // Each note's references are moved into the assembled list, not left behind beside it.
            let (refs, short) = perNote[i]
            perNote[i] = ([], nil)
            assembler.assemble(&notes[i], refs, short: short)
        }
        perNote = []
        notes.reserveCapacity(notes.count + bibliography.count)
        for (entry, ref) in bibliography {
            var note = entry
            assembler.assemble(&note, [ref], short: ReferenceAssembler.shortNote(note, parsed: [ref]))
            notes.append(note)
        }
        var findings = assembler.findings
        let references = assembler.takeReferences()
        if segmentation.style == .numbered {
            findings += NumberedListCitations.findings(cited: segmentation.citedLabels, notes: notes, references: references)
        }
        var parsed = ParsedPaper(paper: metadata, notes: consume notes, references: consume references, findings: findings)
        parsed.naming(file: paper.path)
        return parsed
    }
}
