import Foundation

/// Writes exactly the bytes of Foundation's `JSONEncoder` with `outputFormatting =
/// [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` and default strategies (the report JSON
/// contract), four to five times faster: scalars go straight to bytes instead of into a tree of
/// boxed values. As JSONEncoder: URL as its absolute string, Data as Base64, Decimal as its
/// digits, Date through its own `encode(to:)` (seconds since 2001); NaN and infinity throw, as
/// does a top-level value that encodes nothing; a nested one is `{}`; a key written twice keeps
/// its last value; containers nested 512 deep throw.
///
/// Where JSONEncoder traps (a keyed container asked for where a single value was encoded, and
/// the like) this encoder replaces the earlier value. A `superEncoder` takes its place when it
/// is made, where JSONEncoder's takes it when released: the output differs only if the same key
/// is written again in between.
public struct ReportJSONEncoder: Sendable {
    public init() {}

    public func encode<T: Encodable>(_ value: T) throws -> Data {
        let draft = try self.draft(of: value, streamsArrays: false)
        do {
            return try ReportJSONLayout.text(of: draft).data()
        } catch {
            throw Self.tooDeep(value)
        }
    }

    /// The same bytes, handed to `sink` in pieces of about `chunk` bytes as they are laid out
    /// instead of returned whole: the report goes to its file while it is encoded. Each piece is
    /// valid only during its call. When this throws, the pieces handed over are a prefix.
    ///
    /// The arrays among a top-level object's members (an audit's links, references, notes and
    /// findings) are encoded one element at a time as they are written, each element's working
    /// copy dropped before the next: the encoder holds one element's, not the whole value's. An
    /// element's encoding error (a non-finite number) is then thrown while the text is written,
    /// with the same coding path. The one difference from the whole encode: a member that is an
    /// array and is then asked for again as a nested container is replaced, not merged.
    public func encode<T: Encodable>(_ value: T, chunk: Int = 1 << 16, to sink: (UnsafeRawBufferPointer) -> Void) throws {
        let draft = try self.draft(of: value, streamsArrays: true)
        do {
            try ReportJSONLayout.write(draft, chunk: chunk) { sink(UnsafeRawBufferPointer($0)) }
        } catch is ReportJSONLayout.TooDeep {
            throw Self.tooDeep(value)
        }
    }

    private func draft<T: Encodable>(of value: T, streamsArrays: Bool) throws -> JSONDraft {
        let draft = JSONDraft(streamsArrays: streamsArrays)
        try draft.encode(value, at: 0)
        if case .pending = draft.entries[0].value {
            throw EncodingError.invalidValue(value, EncodingError.Context(
                codingPath: [], debugDescription: "Top-level \(T.self) did not encode any values."))
        }
        return draft
    }

    private static func tooDeep(_ value: Any) -> EncodingError {
        EncodingError.invalidValue(value, EncodingError.Context(
            codingPath: [], debugDescription: "Unable to encode the given top-level value to JSON."))
    }
}

extension JSONDraft {
    /// Any Encodable into an entry; the types JSONEncoder treats specially first.
    func encode<T: Encodable>(_ value: T, at entry: Int) throws {
        let special: DraftValue? =
            if T.self == String.self, let value = value as? String { string(value) }
            else if T.self == URL.self, let url = value as? URL { string(url.absoluteString) }
            else if T.self == Data.self, let data = value as? Data { string(data.base64EncodedString()) }
            else if T.self == Decimal.self, let decimal = value as? Decimal { raw(decimal.description) }
            else { nil }
        if let special {
            entries[entry].value = special
        } else {
            try value.encode(to: DraftEncoder(draft: self, entry: entry))
        }
    }
}

/// The encoder for one entry of the draft (a member of a container, or the top level); also its
/// single-value container.
struct DraftEncoder: Encoder, SingleValueEncodingContainer, DraftScalarSink {
    let draft: JSONDraft
    let entry: Int

    var codingPath: [any CodingKey] { draft.path(ofEntry: entry) }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(DraftKeyedContainer<Key>(draft: draft, node: draft.container(at: entry, object: true)))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        DraftUnkeyedContainer(draft: draft, node: draft.container(at: entry, object: false))
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { self }

    var pathOfNext: [any CodingKey] { codingPath }

    func put(_ value: DraftValue) { draft.entries[entry].value = value }

    @available(macOS 15.0, *)
    mutating func encode(_ value: Int128) throws { put(draft.integer(value)) }
    @available(macOS 15.0, *)
    mutating func encode(_ value: UInt128) throws { put(draft.integer(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { try draft.encode(value, at: entry) }
}

struct DraftKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let draft: JSONDraft
    let node: Int

    var codingPath: [any CodingKey] { draft.path(of: node) }

    private func put(_ value: DraftValue, _ key: Key) { draft.append(to: node, key: key.stringValue, value) }

    mutating func encodeNil(forKey key: Key) throws { put(draft.literal("null"), key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { put(draft.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { put(draft.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { put(try draft.float(value) { codingPath + [key] }, key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { put(try draft.float(value) { codingPath + [key] }, key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { put(draft.integer(value), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { put(draft.integer(value), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { put(draft.integer(value), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { put(draft.integer(value), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { put(draft.integer(value), key) }
    @available(macOS 15.0, *)
    mutating func encode(_ value: Int128, forKey key: Key) throws { put(draft.integer(value), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { put(draft.integer(value), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { put(draft.integer(value), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { put(draft.integer(value), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { put(draft.integer(value), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { put(draft.integer(value), key) }
    @available(macOS 15.0, *)
    mutating func encode(_ value: UInt128, forKey key: Key) throws { put(draft.integer(value), key) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        if draft.streamsArrays, draft.nodes[node].entry == 0, let list = value as? any JSONElementList {
            // A member of the top-level object: left to the layout, to encode element by element.
            let entry = draft.append(to: node, key: key.stringValue, .elements(draft.elementLists.count))
            draft.elementLists.append((list, entry))
            return
        }
        try draft.encode(value, at: draft.append(to: node, key: key.stringValue, .pending))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let entry = draft.nestedEntry(in: node, key: key.stringValue, object: true)
        return KeyedEncodingContainer(DraftKeyedContainer<NestedKey>(draft: draft, node: draft.container(at: entry, object: true)))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let entry = draft.nestedEntry(in: node, key: key.stringValue, object: false)
        return DraftUnkeyedContainer(draft: draft, node: draft.container(at: entry, object: false))
    }

    /// The place is taken now (see `ReportJSONEncoder`).
    mutating func superEncoder() -> any Encoder {
        DraftEncoder(draft: draft, entry: draft.append(to: node, key: "super", .pending))
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        DraftEncoder(draft: draft, entry: draft.append(to: node, key: key.stringValue, .pending))
    }
}

struct DraftUnkeyedContainer: UnkeyedEncodingContainer, DraftScalarSink {
    let draft: JSONDraft
    let node: Int

    var codingPath: [any CodingKey] { draft.path(of: node) }
    var count: Int { draft.nodes[node].count }

    var pathOfNext: [any CodingKey] { codingPath + [ReportJSONKey(intValue: count)] }

    func put(_ value: DraftValue) { draft.append(to: node, key: nil, value) }

    @available(macOS 15.0, *)
    mutating func encode(_ value: Int128) throws { put(draft.integer(value)) }
    @available(macOS 15.0, *)
    mutating func encode(_ value: UInt128) throws { put(draft.integer(value)) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try draft.encode(value, at: draft.append(to: node, key: nil, .pending))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let entry = draft.append(to: node, key: nil, .pending)
        return KeyedEncodingContainer(DraftKeyedContainer<NestedKey>(draft: draft, node: draft.container(at: entry, object: true)))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let entry = draft.append(to: node, key: nil, .pending)
        return DraftUnkeyedContainer(draft: draft, node: draft.container(at: entry, object: false))
    }

    mutating func superEncoder() -> any Encoder {
        DraftEncoder(draft: draft, entry: draft.append(to: node, key: nil, .pending))
    }
}

/// The scalar overloads the single-value and the unkeyed container share: each writes the value
/// into the arena and hands it to `put`.
protocol DraftScalarSink {
    var draft: JSONDraft { get }
    /// Where the next value goes, for the error a non-finite float throws.
    var pathOfNext: [any CodingKey] { get }
    func put(_ value: DraftValue)
}

// Int128 and UInt128 are left to the conforming types: the standard library's defaults for them
// would make these ambiguous.
extension DraftScalarSink {
    mutating func encodeNil() throws { put(draft.literal("null")) }
    mutating func encode(_ value: Bool) throws { put(draft.bool(value)) }
    mutating func encode(_ value: String) throws { put(draft.string(value)) }
    mutating func encode(_ value: Double) throws { put(try draft.float(value) { pathOfNext }) }
    mutating func encode(_ value: Float) throws { put(try draft.float(value) { pathOfNext }) }
    mutating func encode(_ value: Int) throws { put(draft.integer(value)) }
    mutating func encode(_ value: Int8) throws { put(draft.integer(value)) }
    mutating func encode(_ value: Int16) throws { put(draft.integer(value)) }
    mutating func encode(_ value: Int32) throws { put(draft.integer(value)) }
    mutating func encode(_ value: Int64) throws { put(draft.integer(value)) }
    mutating func encode(_ value: UInt) throws { put(draft.integer(value)) }
    mutating func encode(_ value: UInt8) throws { put(draft.integer(value)) }
    mutating func encode(_ value: UInt16) throws { put(draft.integer(value)) }
    mutating func encode(_ value: UInt32) throws { put(draft.integer(value)) }
    mutating func encode(_ value: UInt64) throws { put(draft.integer(value)) }
}
