import Dispatch
import Foundation

/// Maps an array over all cores, keeping order. For CPU-bound work on independent elements.
enum ConcurrentMap {
    static func map<T: Sendable, U: Sendable>(_ items: [T], chunk: Int = 256, _ transform: @Sendable (T) -> U) -> [U] {
        if items.count <= chunk { return items.map(transform) }
        let chunks = (items.count + chunk - 1) / chunk
        let results = ResultSlots<[U]>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let lo = c * chunk, hi = min(items.count, lo + chunk)
            results.set(c, items[lo..<hi].map(transform))
        }
        return results.values.flatMap { $0 ?? [] }
    }
}

/// Each slot is written by exactly one iteration of `concurrentPerform` and read after it returns;
/// the lock makes that hand-over visible across threads.
private final class ResultSlots<U>: @unchecked Sendable {
    private var slots: [U?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: U) { lock.withLock { slots[i] = value } }

    var values: [U?] { lock.withLock { slots } }
}
