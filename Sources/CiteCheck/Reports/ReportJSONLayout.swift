import Foundation

/// Lays a finished `JSONDraft` out as JSONEncoder does with `[.prettyPrinted, .sortedKeys]`:
/// two spaces a level, `"key" : value`, keys in UTF-8 byte order, an empty container as an
/// open and a close bracket with an empty line between them, no newline at the end.
struct ReportJSONLayout {
    /// JSONEncoder refuses containers nested this deep.
    static let maximumDepth = 512

    struct TooDeep: Error {}

    /// An object member as written: the entry whose key is written and the entry whose value is
    /// (they differ only where JSONEncoder's dictionary merged two keys), and the raw key's bytes.
    private struct Member {
        var key: Int
        var value: Int
        var raw: Range<Int>
    }

    /// The keys of an object in the order written, by where their text is in the arena (a key
    /// written once is shared by every member with that key), and the order that sorts them.
    private struct Shape {
        var keys: [Int]
        var order: [Int]
    }

    private let draft: JSONDraft
    private let arena: UnsafeBufferPointer<UInt8>
    private let entries: UnsafeBufferPointer<DraftEntry>
    private let nodes: UnsafeBufferPointer<DraftNode>
    /// A newline and the deepest indentation: a line break at depth d is its first 1 + 2d bytes.
    private let lineBreaks: UnsafeBufferPointer<UInt8>
    /// The members of the objects being laid out, innermost last.
    private var members: [Member] = []
    /// Shapes sorted before (see `order(from:)`).
    private var shapes = [Shape?](repeating: nil, count: 64)
    /// Where finished pieces of the text go once `chunk` bytes are waiting (`write(_:chunk:to:)`);
    /// nil: the whole text stays in the buffer (`text(of:)`).
    private var sink: ((UnsafeBufferPointer<UInt8>) -> Void)?
    private var chunk = Int.max

    /// The text of the draft's top-level value.
    static func text(of draft: JSONDraft) throws -> ByteBuffer {
        // Keys, indentation and punctuation: an entry seldom takes more. Pages are only touched
        // when written, so too much costs nothing and too little a reallocation.
        var out = ByteBuffer(capacity: draft.arena.count + draft.entries.count * 32)
        var layout = ReportJSONLayout(draft: draft)
        try layout.write(draft.entries[0].value, depth: 0, to: &out)
        return out
    }

    /// The same text handed to `sink` in pieces of about `chunk` bytes as it is laid out, so that
    /// the whole of it is never held (19 MB at 20,000 links, on top of the draft). The pieces are
    /// valid only during the call. On `TooDeep` the pieces already handed over are a prefix.
    static func write(_ draft: JSONDraft, chunk: Int, to sink: (UnsafeBufferPointer<UInt8>) -> Void) throws {
        var out = ByteBuffer(capacity: chunk + 4096)
        try withoutActuallyEscaping(sink) { sink in
            var layout = ReportJSONLayout(draft: draft)
            layout.sink = sink
            layout.chunk = max(1, chunk)
            try layout.write(draft.entries[0].value, depth: 0, to: &out)
        }
        if out.count > 0 { sink(out.elements) }
    }

    /// Hands the waiting bytes to the sink once there are `chunk` of them: between two members or
    /// elements, the places where the text is never half a token.
    @inline(__always)
    private func flushIfFull(_ out: inout ByteBuffer) {
        guard out.count >= chunk, let sink else { return }
        sink(out.elements)
        out.removeAll()
    }

    /// Reads the draft's buffers in place: the draft, held here, keeps them, and nothing is
    /// appended to them once the line breaks are.
    private init(draft: JSONDraft) {
        self.draft = draft
        let lineBreaksStart = draft.arena.count
        draft.arena.append(UInt8(ascii: "\n"))
        draft.arena.append(repeating: UInt8(ascii: " "), count: 2 * Self.maximumDepth)
        arena = draft.arena.elements
        lineBreaks = UnsafeBufferPointer(rebasing: arena[lineBreaksStart...])
        entries = draft.entries.elements
        nodes = draft.nodes.elements
    }

    /// `depth`: how many containers enclose the value.
    private mutating func write(_ value: DraftValue, depth: Int, to out: inout ByteBuffer) throws {
        switch value {
        case .bytes(let start, let end):
            out.append(UnsafeBufferPointer(rebasing: arena[start..<end]))
        case .pending:
            try writeObject(nil, depth: depth + 1, to: &out)
        case .node(let index):
            let node = nodes[index]
            if node.isObject {
                try writeObject(node, depth: depth + 1, to: &out)
            } else {
                try writeArray(first: node.first, depth: depth + 1, to: &out)
            }
        case .elements(let index):
            let (list, entry) = draft.elementLists[index]
            try writeElements(list, at: draft.path(ofEntry: entry), depth: depth + 1, to: &out)
        }
    }

    /// An array the draft left to the layout (`JSONDraft.streamsArrays`): each element encoded
    /// into one reused draft, laid out and flushed before the next is encoded, as `writeArray`
    /// would have written it. `path`: the array's coding path, for an element's errors.
    private mutating func writeElements(_ list: any JSONElementList, at path: [any CodingKey], depth: Int,
                                        to out: inout ByteBuffer) throws {
        guard depth < Self.maximumDepth else { throw TooDeep() }
        out.append("[")
        let count = list.elementCount
        if count >= Self.concurrentElements, list.encodesConcurrently, ProcessInfo.processInfo.activeProcessorCount > 1 {
            try writeElementsConcurrently(list, at: path, depth: depth, to: &out)
            lineBreak(depth - 1, to: &out)
            out.append("]")
            return
        }
        let element = JSONDraft()
        for index in 0..<count {
            if index > 0 { out.append(",") }
            lineBreak(depth, to: &out)
            element.reset(at: path + [ReportJSONKey(intValue: index)])
            try list.encodeElement(index, into: element)
            var layout = ReportJSONLayout(draft: element)
            layout.sink = sink
            layout.chunk = chunk
            try layout.write(element.entries[0].value, depth: depth, to: &out)
            flushIfFull(&out)
        }
        if count == 0 { out.append("\n") }
        lineBreak(depth - 1, to: &out)
        out.append("]")
    }

    /// Lists at least this long are encoded on every core.
    static let concurrentElements = 256

    /// A long list, encoded and laid out on every core a batch at a time: each piece of a batch
    /// in a draft and a buffer of its own, the pieces written in order. The text is the one the
    /// element-by-element loop writes; what is held is one batch's text (512 elements) instead of
    /// one element's. An element's error is thrown once the pieces before it are written.
    private mutating func writeElementsConcurrently(_ list: any JSONElementList, at path: [any CodingKey], depth: Int,
                                                    to out: inout ByteBuffer) throws {
        let count = list.elementCount
        let piece = 64, batch = 512
        // Read only, by every thread: the list (its elements encode concurrently, said the check
        // before this call) and the line breaks in this draft's arena.
        nonisolated(unsafe) let list = list
        nonisolated(unsafe) let lineBreaks = lineBreaks
        nonisolated(unsafe) let path = path
        var start = 0
        while start < count {
            let end = min(count, start + batch)
            let pieces = (end - start + piece - 1) / piece
            let texts = PieceTexts(count: pieces)
            let first = start
            DispatchQueue.concurrentPerform(iterations: pieces) { p in
                let lo = first + p * piece, hi = min(end, lo + piece)
                texts.set(p, Result {
                    var buffer = ByteBuffer(capacity: 1 << 16)
                    let element = JSONDraft()
                    for index in lo..<hi {
                        if index > 0 { buffer.append(",") }
                        buffer.append(UnsafeBufferPointer(rebasing: lineBreaks[0..<1 + 2 * depth]))
                        element.reset(at: path + [ReportJSONKey(intValue: index)])
                        try list.encodeElement(index, into: element)
                        var layout = ReportJSONLayout(draft: element)
                        try layout.write(element.entries[0].value, depth: depth, to: &buffer)
                    }
                    return Array(buffer.elements)
                })
            }
            for text in texts.all {
                try text.get().withUnsafeBufferPointer { out.append($0) }
                flushIfFull(&out)
            }
            start = end
        }
    }

    private func lineBreak(_ depth: Int, to out: inout ByteBuffer) {
        out.append(UnsafeBufferPointer(rebasing: lineBreaks[0..<1 + 2 * depth]))
    }

    private mutating func writeArray(first: Int, depth: Int, to out: inout ByteBuffer) throws {
        guard depth < Self.maximumDepth else { throw TooDeep() }
        out.append("[")
        var entry = first
        while entry >= 0 {
            if entry != first { out.append(",") }
            lineBreak(depth, to: &out)
            try write(entries[entry].value, depth: depth, to: &out)
            flushIfFull(&out)
            entry = entries[entry].next
        }
        if first < 0 { out.append("\n") }
        lineBreak(depth - 1, to: &out)
        out.append("]")
    }

    /// `node` nil: nothing was encoded where a value belongs, an empty object for JSONEncoder.
    private mutating func writeObject(_ node: DraftNode?, depth: Int, to out: inout ByteBuffer) throws {
        guard depth < Self.maximumDepth else { throw TooDeep() }
        let base = members.count
        var entry = node?.first ?? -1
        while entry >= 0 {
            let raw = node?.hasEscapedKey == true ? draft.rawKey(of: entry) : (entries[entry].keyStart + 1)..<(entries[entry].keyEnd - 4)
            members.append(Member(key: entry, value: entry, raw: raw))
            entry = entries[entry].next
        }
        if node?.hasNonASCIIKey == true { mergeEqualKeys(from: base) }
        let (order, distinct) = order(from: base)
        out.append("{")
        var written = 0
        for (index, position) in order.enumerated() {
            let member = members[base + position]
            // A key written twice: the last value wins (the sort is stable).
            if !distinct, index + 1 < order.count, !Self.precedes(member.raw, members[base + order[index + 1]].raw, arena) { continue }
            if written > 0 { out.append(",") }
            written += 1
            lineBreak(depth, to: &out)
            let key = entries[member.key]
            if member.key == member.value, case .bytes(let start, let end) = key.value, start == key.keyEnd {
                // The key and a scalar value written one after the other: one copy.
                out.append(UnsafeBufferPointer(rebasing: arena[key.keyStart..<end]))
            } else {
                out.append(UnsafeBufferPointer(rebasing: arena[key.keyStart..<key.keyEnd]))
                try write(entries[member.value].value, depth: depth, to: &out)
            }
            flushIfFull(&out)
        }
        members.removeLast(members.count - base)
        if written == 0 { out.append("\n") }
        lineBreak(depth - 1, to: &out)
        out.append("}")
    }

    /// The order in which to write the members from `base` on, sorted by key, and whether their
    /// keys all differ. Objects of one type write the same keys in the same order, so the order
    /// found for an object of that shape is reused: comparing the shape costs less than sorting.
    private mutating func order(from base: Int) -> (order: [Int], distinct: Bool) {
        let count = members.count - base
        guard count > 1 else { return (Array(0..<count), true) }
        let slot = (count &* 131 &+ entries[members[base].key].keyStart &* 31 &+ entries[members[base + 1].key].keyStart) & (shapes.count - 1)
        if let shape = shapes[slot], shape.keys.count == count,
           (0..<count).allSatisfy({ shape.keys[$0] == entries[members[base + $0].key].keyStart }) {
            return (shape.order, true)
        }
        // Stable, so among equal keys the last written stays last.
        let arena = arena
        let order = (0..<count).sorted { Self.precedes(members[base + $0].raw, members[base + $1].raw, arena) }
        let distinct = (1..<count).allSatisfy { Self.precedes(members[base + order[$0 - 1]].raw, members[base + order[$0]].raw, arena) }
        if distinct { shapes[slot] = Shape(keys: (0..<count).map { entries[members[base + $0].key].keyStart }, order: order) }
        return (order, distinct)
    }

    /// JSONEncoder keeps an object in a Swift dictionary, where keys with different bytes can be
    /// equal (é and e + U+0301): the first key's spelling stays, with the last value.
    private mutating func mergeEqualKeys(from base: Int) {
        var memberOfKey: [String: Int] = [:]
        var kept = base
        for index in base..<members.count {
            let member = members[index]
            let key = String(decoding: arena[member.raw], as: UTF8.self)
            if let earlier = memberOfKey[key] {
                members[earlier].value = member.value
            } else {
                memberOfKey[key] = kept
                members[kept] = member
                kept += 1
            }
        }
        members.removeLast(members.count - kept)
    }

    /// UTF-8 byte order, as JSONEncoder sorts keys.
    private static func precedes(_ a: Range<Int>, _ b: Range<Int>, _ arena: UnsafeBufferPointer<UInt8>) -> Bool {
        for offset in 0..<min(a.count, b.count) {
            let x = arena[a.lowerBound + offset], y = arena[b.lowerBound + offset]
            if x != y { return x < y }
        }
        return a.count < b.count
    }
}

/// The text of each piece of a batch, set by the thread that encoded it (each slot by one
/// iteration of `concurrentPerform`) and read after it returns; the lock makes that visible.
private final class PieceTexts: @unchecked Sendable {
    private var slots: [Result<[UInt8], any Error>?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ text: Result<[UInt8], any Error>) { lock.withLock { slots[i] = text } }

    /// In order; every slot is set once `concurrentPerform` has returned.
    var all: [Result<[UInt8], any Error>] { lock.withLock { slots.map { $0! } } }
}
