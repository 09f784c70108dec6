/// An array a streamed encode writes one element at a time (`JSONDraft.streamsArrays`): each
/// element is encoded into a draft of its own, laid out and dropped before the next, so the
/// encoder holds one element's working copy instead of the whole report's (40 bytes per JSON
/// value: 30 MB at 4,000 links).
protocol JSONElementList {
    var elementCount: Int { get }
    /// Whether elements may be encoded on several threads at once (`ConcurrentlyEncodable`).
    var encodesConcurrently: Bool { get }
    /// Encodes element `index` into the top level of `draft`.
    func encodeElement(_ index: Int, into draft: JSONDraft) throws
}

extension Array: JSONElementList where Element: Encodable {
    var elementCount: Int { count }
    var encodesConcurrently: Bool { Element.self is any ConcurrentlyEncodable.Type }

    func encodeElement(_ index: Int, into draft: JSONDraft) throws {
        try draft.encode(self[index], at: 0)
    }
}

/// A value whose `encode(to:)` reads only the value itself (no shared or mutable state), so that
/// the elements of a long list of them can be encoded on every core at once. The report's own
/// record types opt in; anything else is encoded on one thread.
protocol ConcurrentlyEncodable: Encodable, Sendable {}

extension Note: ConcurrentlyEncodable {}
extension Reference: ConcurrentlyEncodable {}
extension Finding: ConcurrentlyEncodable {}
extension LinkReport: ConcurrentlyEncodable {}
