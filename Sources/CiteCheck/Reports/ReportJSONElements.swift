/// An array a streamed encode writes one element at a time (`JSONDraft.streamsArrays`): each
/// element is encoded into a draft of its own, laid out and dropped before the next, so the
/// encoder holds one element's working copy instead of the whole report's (40 bytes per JSON
/// value: 30 MB at 4,000 links).
protocol JSONElementList {
    var elementCount: Int { get }
    /// Encodes element `index` into the top level of `draft`.
    func encodeElement(_ index: Int, into draft: JSONDraft) throws
}

extension Array: JSONElementList where Element: Encodable {
    var elementCount: Int { count }

    func encodeElement(_ index: Int, into draft: JSONDraft) throws {
        try draft.encode(self[index], at: 0)
    }
}
