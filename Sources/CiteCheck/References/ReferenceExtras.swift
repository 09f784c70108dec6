/// The fields of a `Reference` that most references leave unset (a document number, access and
/// update dates, what it repeats, the catalogues' match), kept behind one pointer that is nil while
/// all of them are: they were 176 of a reference's 480 bytes, and a 31 MB paper holds 105,000
/// references. `Reference` keeps its public properties; they read and write through this.
struct ReferenceExtras: Hashable, Sendable {
    var number: String?
    var accessed: PartialDate?
    var updated: PartialDate?
    var repeats: String?
    var work: WorkMatch?

    var isEmpty: Bool { number == nil && accessed == nil && updated == nil && repeats == nil && work == nil }
}

/// One heap box for a value, with value semantics (an indirect enum case is immutable: a write makes
/// a new box, so copies never share a change).
enum ReferenceExtrasBox: Hashable, Sendable {
    indirect case value(ReferenceExtras)

    var extras: ReferenceExtras {
        switch self { case .value(let extras): return extras }
    }

    /// nil when every field is unset, so that equal references compare and hash alike.
    static func boxing(_ extras: ReferenceExtras) -> ReferenceExtrasBox? {
        extras.isEmpty ? nil : .value(extras)
    }
}

extension Optional where Wrapped == ReferenceExtrasBox {
    /// Reads one field (nil when there is no box) or writes it (boxing only what is set).
    subscript<T>(field: WritableKeyPath<ReferenceExtras, T?>) -> T? {
        get { self?.extras[keyPath: field] }
        set {
            guard newValue != nil || self != nil else { return }
            var extras = self?.extras ?? ReferenceExtras()
            extras[keyPath: field] = newValue
            self = ReferenceExtrasBox.boxing(extras)
        }
    }
}
