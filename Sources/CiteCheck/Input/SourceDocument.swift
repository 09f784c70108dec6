/// A paper read from a structured format: its own metadata and its notes in document order.
public struct SourceDocument: Hashable, Sendable {
    /// The path as the user gave it, for messages.
    public var path: String
    public var format: DocumentFormat
    /// What the format states about the paper itself (title, DOI, dates).
    public var metadata: PaperMetadata
    public var notes: [SourceNote]
    /// The body text, one paragraph a line, when the format has one: header lines (DOI：, 收稿日期)
    /// are read from it, and when the format has no notes of its own (a Word file whose notes were
    /// typed as ① or [1]), the footnote segmenter reads it as a text paper.
    public var bodyText: String?

    public init(path: String, format: DocumentFormat, metadata: PaperMetadata = PaperMetadata(),
                notes: [SourceNote], bodyText: String? = nil) {
        self.path = path
        self.format = format
        self.metadata = metadata
        self.notes = notes
        self.bodyText = bodyText
    }
}

/// What reading an input yields: text for the footnote segmenter (plain text, Markdown, PDF), or notes
/// that the format already delimits.
public enum DocumentContent: Hashable, Sendable {
    case text(PaperText)
    case notes(SourceDocument)
}
