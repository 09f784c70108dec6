/// Reads a paper's header. (Being written.)
public struct PaperMetadataExtractor: Sendable {
    public init() {}
    public func extract(from text: String) -> PaperMetadata { PaperMetadata() }
}
