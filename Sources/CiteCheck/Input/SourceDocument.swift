/// A paper read from a structured format: its own metadata and its notes in document order.
public struct SourceDocument: Hashable, Sendable {
    /// The path as the user gave it, for messages.
    public var path: String
    public var format: DocumentFormat
    /// What the format states about the paper itself (title, DOI, dates).
    public var metadata: PaperMetadata
    public var notes: [SourceNote]
    /// The body text, when the format has one, so header lines (DOI：, 收稿日期) can still be read.
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
