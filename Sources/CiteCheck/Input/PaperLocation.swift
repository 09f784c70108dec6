/// Where in the paper, as read, a note, reference or finding sits (`source` in the JSON, 1-based),
/// so CI can annotate the line of a Markdown or LaTeX source. Text formats give the line where the
/// note or entry starts; docx gives the paragraph number and the footnote id; JATS and HTML the
/// element's line.
public struct PaperLocation: Hashable, Sendable, Codable {
    public var file: String
    public var line: Int?
    public var column: Int?
    /// docx: the 1-based paragraph of the document body (or of the notes part) holding the note.
    public var paragraph: Int?
    /// docx: the `w:id` of the footnote or endnote.
    public var footnote: String?

    public init(file: String, line: Int? = nil, column: Int? = nil, paragraph: Int? = nil, footnote: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.paragraph = paragraph
        self.footnote = footnote
    }

    enum CodingKeys: String, CodingKey { case file, line, column, paragraph, footnote }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encodeNullable(line, forKey: .line)
        try c.encodeNullable(column, forKey: .column)
        try c.encodeIfPresent(paragraph, forKey: .paragraph)
        try c.encodeIfPresent(footnote, forKey: .footnote)
    }

    /// "paper.md:12", what the text and Markdown reports print (the file alone when no line is known).
    public var fileLine: String {
        if let line { return "\(file):\(line)" }
        if let paragraph { return "\(file) ¶\(paragraph)" + (footnote.map { " footnote \($0)" } ?? "") }
        return file
    }
}
