import Foundation

/// `--archive-limit` for the whole run: the links looked up for dead-link copies and for drift
/// draw on one count, dead links first (they run first), so the archive is asked at most this
/// many times per run whatever is switched on. Cache hits are free.
public final class ArchiveBudget: @unchecked Sendable {
    private let lock = NSLock()
    private var left: Int

    public init(_ limit: Int) { left = max(0, limit) }

    /// Takes one lookup, or returns false when none is left.
    public func take() -> Bool {
        lock.withLock {
            guard left > 0 else { return false }
            left -= 1
            return true
        }
    }

    public var remaining: Int { lock.withLock { left } }
}

extension ArchiveLookup {
    /// The same lookup, drawing on `budget`.
    public func with(budget: ArchiveBudget?) -> ArchiveLookup {
        var copy = self
        copy.budget = budget
        return copy
    }
}
