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
        let notes = FootnoteSegmenter().segment(paper.text)
        if notes.isEmpty {
            throw CiteCheckError(.input, file: paper.path, "no footnotes or numbered references found")
        }
        let parser = ReferenceParser()
        // Notes parse independently, so they are spread over the cores; ids are given afterwards
        // in document order.
        let perNote = ConcurrentMap.map(notes) { parser.parse(note: $0, firstID: 1) }
        var references: [Reference] = []
        var parsedNotes: [Note] = []
        references.reserveCapacity(notes.count)
        for (var note, refs) in zip(notes, perNote) {
            note.kind = refs.isEmpty ? .comment : .citation
            note.source?.file = paper.path
            for var ref in refs {
                ref.id = "r\(references.count + 1)"
                ref.source = note.source
                references.append(ref)
            }
            parsedNotes.append(note)
        }
        return ParsedPaper(
            paper: PaperMetadataExtractor().extract(from: paper.text),
            notes: parsedNotes, references: references)
    }
}
