/// The result of the parse stage: a paper's own metadata, its notes, and the references in them.
public struct ParsedPaper: Hashable, Sendable, Codable {
    public var paper: PaperMetadata
    public var notes: [Note]
    public var references: [Reference]

    public init(paper: PaperMetadata, notes: [Note], references: [Reference]) {
        self.paper = paper
        self.notes = notes
        self.references = references
    }
}
