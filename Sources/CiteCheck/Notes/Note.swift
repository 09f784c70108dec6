/// A footnote or endnote as printed, numbered in document order.
public struct Note: Hashable, Sendable, Codable {
    public enum Kind: String, Sendable, Codable {
        /// The note cites at least one source.
        case citation
        /// The note only explains; it cites nothing.
        case comment
    }

    /// 1-based position in document order (labels restart on every page; this does not).
    public var index: Int
    /// The label as printed, e.g. "①" or "12"; empty (null in JSON) for an entry of an unnumbered list.
    public var label: String
    public var kind: Kind
    /// The note's text, without its label.
    public var text: String
    /// The body sentence that cites the note, when its marker was found.
    public var context: String?
    /// Where the note starts in the paper (the segmenter leaves `file` empty; the parser names it).
    public var source: PaperLocation?

    public init(index: Int, label: String, kind: Kind, text: String, context: String? = nil, source: PaperLocation? = nil) {
        self.index = index
        self.label = label
        self.kind = kind
        self.text = text
        self.context = context
        self.source = source
    }

    enum CodingKeys: String, CodingKey { case index, label, kind, text, context, source }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        index = try c.decode(Int.self, forKey: .index)
        label = try c.decodeIfPresent(String.self, forKey: .label) ?? ""
        kind = try c.decode(Kind.self, forKey: .kind)
        text = try c.decode(String.self, forKey: .text)
        context = try c.decodeIfPresent(String.self, forKey: .context)
        source = try c.decodeIfPresent(PaperLocation.self, forKey: .source)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(index, forKey: .index)
        try c.encodeNullable(label.isEmpty ? nil : label, forKey: .label)
        try c.encode(kind, forKey: .kind)
        try c.encode(text, forKey: .text)
        try c.encodeNullable(context, forKey: .context)
        try c.encodeIfPresent(source, forKey: .source)
    }
}
