/// Finds the notes of a paper. (Being written.)
public struct FootnoteSegmenter: Sendable {
    public init() {}
    public func segment(_ text: String) -> [Note] { [] }
}
