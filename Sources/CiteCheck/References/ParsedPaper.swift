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
