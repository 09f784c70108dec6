/// The parse stage end to end: text → notes → references, plus the paper's own metadata.
public struct PaperParser: Sendable {
    public var reader: TextFileReader

    public init(reader: TextFileReader = TextFileReader()) {
        self.reader = reader
    }

    public func parse(path: String) throws -> ParsedPaper {
        try parse(reader.read(path: path))
    }

    public func parse(_ paper: PaperText) throws -> ParsedPaper {
        let notes = FootnoteSegmenter().segment(paper.text)
        if notes.isEmpty {
            throw CiteCheckError(.input, file: paper.path, "no footnotes or numbered references found")
        }
        let parser = ReferenceParser()
        var references: [Reference] = []
        var parsedNotes: [Note] = []
        for var note in notes {
            let refs = parser.parse(note: note, firstID: references.count + 1)
            note.kind = refs.isEmpty ? .comment : .citation
            references += refs
            parsedNotes.append(note)
        }
        return ParsedPaper(
            paper: PaperMetadataExtractor().extract(from: paper.text),
            notes: parsedNotes, references: references)
    }
}
