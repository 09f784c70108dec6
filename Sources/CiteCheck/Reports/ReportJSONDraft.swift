import Foundation

/// What `ReportJSONEncoder` has encoded so far. Every scalar is written once, already as JSON text,
/// into one byte arena; each place a value goes is an entry, and a container is a linked list of
/// entries, so writing to a container after opening a nested one (the Encoder API allows it)
/// costs nothing. Keys are sorted and the text indented only at the end (`ReportJSONLayout`).
/// Plain structs in buffers (`DraftEntry`, `DraftNode`): no allocation or reference counting per
/// value or per container beyond the box the Encoder API itself allocates for a keyed container.
final class JSONDraft {
    // Only this draft's own methods touch these, one call at a time: dynamic exclusivity checks
    // on them took a tenth of the encoding time.
    @exclusivity(unchecked) var arena = ByteBuffer(capacity: 1 << 14)
    /// Entry 0 holds the top-level value.
    @exclusivity(unchecked) var entries = GrowableBuffer<DraftEntry>(capacity: 1 << 8)
    @exclusivity(unchecked) var nodes = GrowableBuffer<DraftNode>(capacity: 1 << 6)
    /// Where escaping changed a key: its raw UTF-8 in the arena, by entry.
    var escapedKeys: [Int: Range<Int>] = [:]
    /// Keys already in the arena (see `KnownKey`).
    @exclusivity(unchecked) private var knownKeys = [KnownKey?](repeating: nil, count: KnownKey.slots)
    /// The slots of `knownKeys` filled, so that `reset()` empties only those.
    @exclusivity(unchecked) private var filledSlots: [Int] = []

    init() {
        entries.append(DraftEntry(owner: -1, value: .pending))
    }

    /// Forgets everything encoded, keeping the buffers' memory for the next value: one draft
    /// serves every element of an array written element by element (`ReportJSONStream`).
    func reset() {
        arena.removeAll()
        entries.removeAll()
        nodes.removeAll()
        escapedKeys.removeAll(keepingCapacity: true)
        for slot in filledSlots { knownKeys[slot] = nil }
        filledSlots.removeAll(keepingCapacity: true)
        entries.append(DraftEntry(owner: -1, value: .pending))
    }

    /// The container held by an entry: the one already there (JSONEncoder merges a container asked
    /// for twice), or a new one.
    func container(at entry: Int, object: Bool) -> Int {
        if case .node(let existing) = entries[entry].value, nodes[existing].isObject == object { return existing }
        nodes.append(DraftNode(isObject: object, entry: entry))
        entries[entry].value = .node(nodes.count - 1)
        return nodes.count - 1
    }

    /// Adds an entry to a container and returns it.
    @discardableResult
    func append(to node: Int, key: String?, _ value: DraftValue) -> Int {
        let index = entries.count
        precondition(index < Int32.max, "more than two billion JSON values")
        var entry = DraftEntry(owner: node, value: value)
        if let key { (entry.keyStart, entry.keyEnd) = place(key, of: index, in: node) }
        entries.append(entry)
        if nodes[node].last >= 0 { entries[nodes[node].last].next = index } else { nodes[node].first = index }
        nodes[node].last = index
        nodes[node].count += 1
        return index
    }

    /// The entries of a container, in the order written (for the rare calls that look back).
    func members(of node: Int) -> [Int] {
        var list: [Int] = []
        var entry = nodes[node].first
        while entry >= 0 {
            list.append(entry)
            entry = entries[entry].next
        }
        return list
    }

    /// The entry for a nested container under `key`: reused when the key already holds one of
    /// that kind (or nothing), as JSONEncoder does; otherwise a new entry.
    func nestedEntry(in node: Int, key: String, object: Bool) -> Int {
        if let entry = members(of: node).last(where: { keyText(of: $0) == key }) {
            switch entries[entry].value {
            case .pending: return entry
            case .node(let existing) where nodes[existing].isObject == object: return entry
            default: break
            }
        }
        return append(to: node, key: key, .pending)
    }

    /// A key as it is laid out, `"key" : `, so that the layout copies it out whole. Keys are
    /// sorted by their raw UTF-8: the bytes between the quotes, unless escaping changed them.
    private func place(_ key: String, of entry: Int, in node: Int) -> (Int, Int) {
        let slot = KnownKey.slot(of: key)
        let known: KnownKey
        if let seen = knownKeys[slot], seen.key == key {
            known = seen
        } else {
            known = written(key)
            if knownKeys[slot] == nil { filledSlots.append(slot) }
            knownKeys[slot] = known
        }
        if let raw = known.raw {
            escapedKeys[entry] = raw
            nodes[node].hasEscapedKey = true
        }
        if !known.isASCII { nodes[node].hasNonASCIIKey = true }
        return (known.start, known.end)
    }

    private func written(_ key: String) -> KnownKey {
        let start = arena.count
        let escaped = JSONText.appendQuoted(key, to: &arena)
        arena.append(" : ")
        let end = arena.count
        var raw: Range<Int>?
        if escaped {
            arena.append(contentsOf: key)
            raw = end..<arena.count
        }
        let isASCII = JSONText.isASCII(UnsafeBufferPointer(rebasing: arena.elements[start..<end]))
        return KnownKey(key: key, start: start, end: end, raw: raw, isASCII: isASCII)
    }

    /// Where the raw UTF-8 of an object member's key is in the arena.
    func rawKey(of entry: Int) -> Range<Int> {
        escapedKeys[entry] ?? (entries[entry].keyStart + 1)..<(entries[entry].keyEnd - 4)
    }

    func keyText(of entry: Int) -> String {
        String(decoding: arena.elements[rawKey(of: entry)], as: UTF8.self)
    }

    // MARK: Scalars, written as final JSON text

    func literal(_ text: StaticString) -> DraftValue {
        let start = arena.count
        arena.append(text)
        return .bytes(start, arena.count)
    }

    func bool(_ value: Bool) -> DraftValue { value ? literal("true") : literal("false") }

    func string(_ value: String) -> DraftValue {
        let start = arena.count
        JSONText.appendQuoted(value, to: &arena)
        return .bytes(start, arena.count)
    }

    /// Text that needs no escaping: numbers.
    func raw(_ text: String) -> DraftValue {
        let start = arena.count
        arena.append(contentsOf: text)
        return .bytes(start, arena.count)
    }

    func integer<T: FixedWidthInteger>(_ value: T) -> DraftValue {
        let start = arena.count
        JSONText.appendInteger(value, to: &arena)
        return .bytes(start, arena.count)
    }

    /// JSONEncoder writes `description` without a trailing ".0", and refuses NaN and infinity.
    func float<T: BinaryFloatingPoint & CustomStringConvertible>(_ value: T, at path: () -> [any CodingKey]) throws -> DraftValue {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, EncodingError.Context(
                codingPath: path(), debugDescription: "Unable to encode \(T.self).\(value) directly in JSON."))
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return raw(text)
    }

    // MARK: Coding paths, built only when asked for

    func path(of node: Int) -> [any CodingKey] { path(ofEntry: nodes[node].entry) }

    func path(ofEntry entry: Int) -> [any CodingKey] {
        var keys: [any CodingKey] = []
        var current = entry
        while entries[current].owner >= 0 {
            let owner = entries[current].owner
            keys.append(nodes[owner].isObject
                ? ReportJSONKey(stringValue: keyText(of: current))
                : ReportJSONKey(intValue: members(of: owner).firstIndex(of: current) ?? 0))
            current = nodes[owner].entry
        }
        return keys.reversed()
    }
}

/// A key written into the arena once and pointed at by every member that has it: a type's
/// CodingKeys hand out the same few strings thousands of times in a report, and escaping and
/// copying each again was an eighth of the encoding time.
struct KnownKey {
    static let slots = 512
    var key: String
    var start: Int
    var end: Int
    /// Where the raw UTF-8 is when escaping changed the key.
    var raw: Range<Int>?
    var isASCII: Bool

    /// A hash of the String value's own 16 bytes (its text when short, else where the text is),
    /// cheaper than hashing the text; equality is still checked with `==`, so a hash that
    /// changes with String's layout only costs misses.
    static func slot(of key: String) -> Int {
        guard MemoryLayout<String>.size == 16 else { return key.utf8.count & (slots - 1) }
        let bits = unsafeBitCast(key, to: (UInt64, UInt64).self)
        let mixed = (bits.0 ^ bits.1 &* 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: mixed >> 40) & (slots - 1)
    }
}

/// A key of a coding path the draft rebuilds (for errors and `codingPath`).
struct ReportJSONKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue }
    init(intValue: Int) {
        stringValue = "Index \(intValue)"
        self.intValue = intValue
    }
}
