/// Parses a note into references. (Being written.)
public struct ReferenceParser: Sendable {
    public init() {}
    public func parse(note: Note, firstID: Int) -> [Reference] { [] }
}
