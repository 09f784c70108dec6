/// A JSON object or array being encoded: a list of entries.
struct DraftNode {
    let isObject: Bool
    /// The entry that holds this container.
    let entry: Int
    var first = -1
    var last = -1
    var count = 0
    /// Non-ASCII keys may be equal as Swift strings with different bytes: JSONEncoder's dictionary
    /// merges those, so the layout does too.
    var hasNonASCIIKey = false
    /// Some key's raw bytes are not the ones between its quotes (see `escapedKeys`).
    var hasEscapedKey = false

    init(isObject: Bool, entry: Int) {
        self.isObject = isObject
        self.entry = entry
    }
}

/// A place for one value: the top level, a member of an object or an element of an array.
/// Packed into 40 bytes (from 56): its buffer is the largest the encoder fills.
struct DraftEntry {
    /// The key written out, `"key" : `, in the arena (object members only).
    var keyStart = 0
    var keyEnd = 0
    /// See `value`: text in the arena from `valueStart` to `valueEnd`, or a container by its
    /// index in `valueStart`, or an array left for the layout by its index in `valueStart`, or
    /// nothing yet.
    private var valueStart = 0
    private var valueEnd = DraftEntry.pending
    private static let pending = -1, container = -2, elements = -3
    // Entry and container indices fit in 32 bits: `JSONDraft.append` stops before they do not.
    private let ownerIndex: Int32
    private var nextIndex: Int32 = -1

    init(owner: Int, value: DraftValue) {
        ownerIndex = Int32(truncatingIfNeeded: owner)
        self.value = value
    }

    /// The container it belongs to; -1 for the top level.
    var owner: Int { Int(ownerIndex) }

    /// The container's next entry, -1 for its last.
    var next: Int {
        get { Int(nextIndex) }
        set { nextIndex = Int32(truncatingIfNeeded: newValue) }
    }

    var value: DraftValue {
        get {
            valueEnd >= 0 ? .bytes(valueStart, valueEnd)
                : valueEnd == Self.container ? .node(valueStart)
                : valueEnd == Self.elements ? .elements(valueStart) : .pending
        }
        set {
            switch newValue {
            case .pending: (valueStart, valueEnd) = (0, Self.pending)
            case .bytes(let start, let end): (valueStart, valueEnd) = (start, end)
            case .node(let index): (valueStart, valueEnd) = (index, Self.container)
            case .elements(let index): (valueStart, valueEnd) = (index, Self.elements)
            }
        }
    }
}

enum DraftValue {
    /// Nothing encoded here: JSONEncoder writes an empty object.
    case pending
    /// Finished JSON text in the arena.
    case bytes(Int, Int)
    /// A container, by its index in `nodes`.
    case node(Int)
    /// An array not encoded yet, by its index in `JSONDraft.elementLists`: the layout encodes and
    /// writes it one element at a time (a streamed encode, `ReportJSONEncoder.encode(_:chunk:to:)`).
    case elements(Int)
}
