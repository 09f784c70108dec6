/// The result of the parse stage: a paper's own metadata, its notes, and the references in them.
public struct ParsedPaper: Hashable, Sendable, Codable {
    public var paper: PaperMetadata
    public var notes: [Note]
    public var references: [Reference]
    /// What parsing alone shows: citations without an entry, entries never cited, short notes that
    /// repeat nothing (`missing-reference`, `uncited-reference`, `unresolved-short-note`).
    public var findings: [Finding]

    public init(paper: PaperMetadata, notes: [Note], references: [Reference], findings: [Finding] = []) {
        self.paper = paper
        self.notes = notes
        self.references = references
        self.findings = findings
    }
}

extension ParsedPaper {
    /// Names the file on every place the segmenter and the list parser left without one. Only those
    /// places are written: a write to every element would copy an array another value still shares.
    mutating func naming(file: String) {
        func unnamed(_ place: PaperLocation?) -> Bool { place.map { $0.file.isEmpty } ?? false }
        for i in notes.indices where unnamed(notes[i].source) { notes[i].source?.file = file }
        for i in references.indices where unnamed(references[i].source) { references[i].source?.file = file }
        for i in findings.indices where unnamed(findings[i].source) { findings[i].source?.file = file }
    }
}
