/// A paper's text after decoding: the original characters, kept for display, and the encoding found.
public struct PaperText: Sendable, Hashable {
    /// The path as the user gave it, for messages.
    public var path: String
    public var text: String
    /// "UTF-8", "UTF-16LE", "UTF-16BE" or "GB18030".
    public var encoding: String

    public init(path: String, text: String, encoding: String) {
        self.path = path
        self.text = text
        self.encoding = encoding
    }
}
