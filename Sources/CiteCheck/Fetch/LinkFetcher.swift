import Foundation

/// The one network client of the program: fetches URLs with libcurl on a dedicated thread and
/// returns plain values. Tests point it at a loopback server through `FetchOptions.connectTo`.
public struct LinkFetcher: Sendable {
    public var options: FetchOptions

    public init(options: FetchOptions = FetchOptions()) {
        self.options = options
    }

    /// Fetches every URL once and returns when all are settled. `each` runs on the fetch thread as
    /// each URL settles, with the body still attached: read what is needed there and keep the rest
    /// small (`FetchOutcome.droppingContent()`), so memory stays flat however many URLs there are.
    public func fetch(_ urls: [String], each: @escaping @Sendable (FetchOutcome) -> Void) {
        let session = FetchSession(options: options)
        session.submit(urls, each: each)
        session.finish()
    }

    /// Fetches every URL once; outcomes in the order of `urls` (bodies included).
    public func fetchAll(_ urls: [String]) -> [FetchOutcome] {
        let collected = OutcomeCollector()
        fetch(urls) { collected.add($0) }
        let byURL = collected.byURL()
        return urls.map { byURL[$0] ?? FetchOutcome(url: $0, error: FetchError(.other, "not fetched")) }
    }
}

/// Gathers outcomes handed over from the fetch thread.
final class OutcomeCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var outcomes: [String: FetchOutcome] = [:]

    func add(_ outcome: FetchOutcome) {
        lock.lock()
        outcomes[outcome.url] = outcome
        lock.unlock()
    }

    func byURL() -> [String: FetchOutcome] {
        lock.lock()
        defer { lock.unlock() }
        return outcomes
    }
}
