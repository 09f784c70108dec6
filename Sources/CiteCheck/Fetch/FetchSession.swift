import Foundation

/// A fetch thread that stays open for more work. URLs can be added while earlier ones are in
/// flight (the evidence stage asks for a host's soft-404 probe as soon as that host's first page
/// has been read, instead of after the whole check), and each batch reports to its own handler.
/// One session is one libcurl multi handle on one thread, so the per-host limits hold across
/// everything it fetches. Call `finish()` when done: it ends the thread.
public final class FetchSession: @unchecked Sendable {
    public typealias Sink = @Sendable (FetchOutcome) -> Void

    private let lock = NSLock()
    private var queued: [Work] = []
    private var closed = false
    /// Interrupts the engine's poll; set while the engine runs.
    private var wake: (@Sendable () -> Void)?
    /// libcurl could not be set up: every URL fails at once.
    private var broken = false
    private let ended = DispatchSemaphore(value: 0)

    public init(options: FetchOptions) {
        let thread = Thread { [self] in
            if let engine = FetchEngine(options: options, session: self) {
                engine.run()
            } else {
                failEverything()
            }
            ended.signal()
        }
        thread.name = "citecheck-fetch"
        thread.start()
    }

    struct Work {
        var url: String
        var sink: Sink
        var urgent: Bool
    }

    /// Adds URLs; `each` runs on the fetch thread as each one settles, with the body attached.
    /// `urgent` work goes before what is already waiting for the same host.
    public func submit(_ urls: [String], urgent: Bool = false, each: @escaping Sink) {
        guard !urls.isEmpty else { return }
        let failed = lock.withLock { () -> Bool in
            if broken { return true }
            queued += urls.map { Work(url: $0, sink: each, urgent: urgent) }
            wake?()
            return false
        }
        if failed { for url in urls { each(Self.noEngine(url)) } }
    }

    /// Fetches `urls` and returns when every one of them has settled; other work may go on.
    public func fetch(_ urls: [String], each: @escaping Sink) {
        let settled = DispatchGroup()
        for _ in urls { settled.enter() }
        submit(urls) { outcome in
            each(outcome)
            settled.leave()
        }
        settled.wait()
    }

    /// No more work: returns when everything submitted has settled and the thread has ended.
    public func finish() {
        lock.withLock {
            closed = true
            wake?()
        }
        ended.wait()
    }

    // MARK: the engine's side

    /// The work added since the last call, and whether more may come.
    func take() -> (work: [Work], closed: Bool) {
        lock.withLock {
            defer { queued.removeAll(keepingCapacity: true) }
            return (queued, closed)
        }
    }

    /// The engine registers how to wake it while it runs, and unregisters before its multi handle goes.
    func setWake(_ wake: (@Sendable () -> Void)?) {
        lock.withLock { self.wake = wake }
    }

    private func failEverything() {
        let waiting = lock.withLock { () -> [Work] in
            broken = true
            defer { queued.removeAll() }
            return queued
        }
        for work in waiting { work.sink(Self.noEngine(work.url)) }
    }

    private static func noEngine(_ url: String) -> FetchOutcome {
        FetchOutcome(url: url, error: FetchError(.other, "libcurl could not be initialised"))
    }
}
