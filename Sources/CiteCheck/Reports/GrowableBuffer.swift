import Foundation

/// A growable buffer of plain values (the JSON encoder's bytes and entries): an append is a
/// capacity check and a copy, and growing reallocates in place where the allocator can. Array
/// checks uniqueness and runs generic code on every append, and doubling copies (and touches)
/// every earlier buffer: together a quarter of the time of encoding a 3.5 MB report.
struct GrowableBuffer<Element: BitwiseCopyable>: ~Copyable {
    private var start: UnsafeMutablePointer<Element>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = Swift.max(capacity, 16)
        start = Self.reallocate(nil, capacity: self.capacity)
    }

    deinit { free(start) }

    private static func reallocate(_ old: UnsafeMutablePointer<Element>?, capacity: Int) -> UnsafeMutablePointer<Element> {
        guard let memory = realloc(old, capacity * MemoryLayout<Element>.stride) else { fatalError("out of memory") }
        return memory.bindMemory(to: Element.self, capacity: capacity)
    }

    // The appends are inlined (a call each took as long as the copy); growing is not.
    @inline(__always)
    private mutating func reserve(_ added: Int) {
        if count + added > capacity { grow(to: count + added) }
    }

    @inline(never)
    private mutating func grow(to needed: Int) {
        capacity = Swift.max(needed, capacity * 2)
        start = Self.reallocate(start, capacity: capacity)
    }

    subscript(index: Int) -> Element {
        get {
            precondition(index >= 0 && index < count, "index out of range")
            return start[index]
        }
        set {
            precondition(index >= 0 && index < count, "index out of range")
            start[index] = newValue
        }
    }

    /// The elements so far; valid until the next append.
    var elements: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: start, count: count) }

    @inline(__always)
    mutating func append(_ element: Element) {
        reserve(1)
        start[count] = element
        count += 1
    }

    @inline(__always)
    mutating func append(_ source: UnsafeBufferPointer<Element>) {
        guard let base = source.baseAddress else { return }
        reserve(source.count)
        (start + count).initialize(from: base, count: source.count)
        count += source.count
    }

    @inline(__always)
    mutating func append(repeating element: Element, count added: Int) {
        reserve(added)
        (start + count).initialize(repeating: element, count: added)
        count += added
    }

    /// Forgets the elements, keeping the memory for the next ones (a piece already written out).
    mutating func removeAll() { count = 0 }

    /// Reverses the elements from `offset` to the end (digits come out last first).
    mutating func reverse(from offset: Int) {
        var tail = UnsafeMutableBufferPointer(start: start + offset, count: count - offset)
        tail.reverse()
    }
}

typealias ByteBuffer = GrowableBuffer<UInt8>

extension GrowableBuffer where Element == UInt8 {
    @inline(__always)
    mutating func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    mutating func append(contentsOf text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ append($0) }) == nil {
            var copy = text
            copy.withUTF8 { append($0) }
        }
    }

    /// Hands the bytes to a Data without copying them.
    consuming func data() -> Data {
        let data = Data(bytesNoCopy: start, count: count, deallocator: .free)
        discard self
        return data
    }
}
