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

    /// `map`, with one more independent job run on a core of its own while the chunks are mapped
    /// (a serial step that would otherwise wait for the map, or the map for it).
    static func map<T: Sendable, U: Sendable, V: Sendable>(_ items: [T], chunk: Int = 256, alongside job: @Sendable () -> V,
                                                         _ transform: @Sendable (T) -> U) -> ([U], V) {
        if items.count <= chunk { return (items.map(transform), job()) }
        let chunks = (items.count + chunk - 1) / chunk
        let results = ResultSlots<[U]>(count: chunks)
        let other = ResultSlots<V>(count: 1)
        DispatchQueue.concurrentPerform(iterations: chunks + 1) { c in
            if c == 0 { other.set(0, job()); return }
            let lo = (c - 1) * chunk, hi = min(items.count, lo + chunk)
            results.set(c - 1, items[lo..<hi].map(transform))
        }
        return (results.values.flatMap { $0 ?? [] }, other.values[0]!)
    }
}

extension ConcurrentMap {
    /// Two independent jobs, on two cores when `parallel` (worth a thread only for large inputs).
    static func both<A: Sendable, B: Sendable>(parallel: Bool, _ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
        guard parallel else { return (first(), second()) }
        let a = ResultSlots<A>(count: 1), b = ResultSlots<B>(count: 1)
        DispatchQueue.concurrentPerform(iterations: 2) { job in
            if job == 0 { a.set(0, first()) } else { b.set(0, second()) }
        }
        return (a.values[0]!, b.values[0]!)
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
