/// Writes one JSON object member by member: each member's value, and each element of an array
/// member, is encoded into one reused draft, laid out and handed to the sink before the next, so
/// the whole document's draft is never held. A 31 MB paper's parse report is 190 MB of JSON, and
/// its draft (every value's text, plus a 40-byte entry per value) had been larger still.
///
/// The bytes are `ReportJSONEncoder`'s (JSONEncoder's with the report options) for an object with
/// the same members: the caller writes them in key order, UTF-8 byte order, as a synthesized
/// `Encodable` with sorted keys would lay them out.
public struct ReportJSONObjectWriter: ~Copyable {
    private let draft = JSONDraft()
    private var out: ByteBuffer
    private let chunk: Int
    private let sink: (UnsafeBufferPointer<UInt8>) -> Void
    private var lastKey: String?

    fileprivate init(chunk: Int, sink: @escaping (UnsafeBufferPointer<UInt8>) -> Void) {
        self.chunk = max(1, chunk)
        self.sink = sink
        out = ByteBuffer(capacity: self.chunk + 4096)
    }

    /// A member whose value is encoded whole.
    public mutating func member<T: Encodable>(_ key: String, _ value: T) throws {
        begin(key)
        try place(value, depth: 1)
    }

    /// An array member written element by element: only one element's draft exists at a time.
    public mutating func arrayMember<C: Collection>(_ key: String, _ elements: C) throws where C.Element: Encodable {
        begin(key)
        out.append("[")
        var empty = true
        for element in elements {
            if !empty { out.append(",") }
            empty = false
            ReportJSONLayout.appendLineBreak(depth: 2, to: &out)
            try place(element, depth: 2)
            flushIfFull()
        }
        if empty { out.append("\n") }
        ReportJSONLayout.appendLineBreak(depth: 1, to: &out)
        out.append("]")
        flushIfFull()
    }

    private mutating func begin(_ key: String) {
        if let lastKey {
            precondition(Array(lastKey.utf8).lexicographicallyPrecedes(key.utf8), "members out of key order: \(lastKey), \(key)")
        }
        out.append(lastKey == nil ? "{" : ",")
        lastKey = key
        ReportJSONLayout.appendLineBreak(depth: 1, to: &out)
        JSONText.appendQuoted(key, to: &out)
        out.append(" : ")
    }

    private mutating func place<T: Encodable>(_ value: T, depth: Int) throws {
        draft.reset()
        try draft.encode(value, at: 0)
        do {
            try ReportJSONLayout.append(draft, depth: depth, to: &out, chunk: chunk, sink: sink)
        } catch {
            throw EncodingError.invalidValue(value, EncodingError.Context(
                codingPath: [], debugDescription: "Unable to encode the given top-level value to JSON."))
        }
    }

    private mutating func flushIfFull() {
        guard out.count >= chunk else { return }
        sink(out.elements)
        out.removeAll()
    }

    fileprivate mutating func finish() {
        if lastKey == nil {
            out.append("{\n\n}")
        } else {
            ReportJSONLayout.appendLineBreak(depth: 0, to: &out)
            out.append("}")
        }
        if out.count > 0 { sink(out.elements) }
        out.removeAll()
    }
}

extension ReportJSONEncoder {
    /// An object written member by member by `members` (see `ReportJSONObjectWriter`), handed to
    /// `sink` in pieces of about `chunk` bytes, each valid only during its call. When this
    /// throws, the pieces handed over are a prefix.
    public func encodeObject(chunk: Int = 1 << 16, to sink: (UnsafeRawBufferPointer) -> Void,
                             _ members: (inout ReportJSONObjectWriter) throws -> Void) throws {
        try withoutActuallyEscaping(sink) { sink in
            var writer = ReportJSONObjectWriter(chunk: chunk) { sink(UnsafeRawBufferPointer($0)) }
            try members(&writer)
            writer.finish()
        }
    }
}
