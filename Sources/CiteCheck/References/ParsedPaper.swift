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
    /// Names the file on every place the segmenter and the list parser left without one.
    mutating func naming(file: String) {
        func named(_ place: PaperLocation?) -> PaperLocation? {
            guard var place, place.file.isEmpty else { return place }
            place.file = file
            return place
        }
        for i in notes.indices { notes[i].source = named(notes[i].source) }
        for i in references.indices { references[i].source = named(references[i].source) }
        for i in findings.indices { findings[i].source = named(findings[i].source) }
    }
}
