import CiteCheck
import Foundation
import Testing

/// The open fetch session against the loopback test web: work added while other work is in flight.
@Suite struct FetchSessionTests {
    /// Settled URLs in the order their handlers ran (on the fetch thread).
    final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var entries: [String] = []
        func add(_ entry: String) { lock.withLock { entries.append(entry) } }
        var all: [String] { lock.withLock { entries } }
    }

    @Test func urgentWorkAddedMidRunGoesBeforeTheHostsQueue() throws {
        let server = try TestServer()
        defer { server.stop() }
        var options = LinkFetcherTests.quickOptions()
        options.hostConcurrency = 1  // one request at a time: the order of answers is the order of requests
        let session = FetchSession(options: options)
        let log = Log()
        let queued = (1...4).map { server.url("/slow/\($0)") }
        session.submit(queued) { outcome in
            log.add(outcome.url)
            // Asked for while the host still has three pages waiting, as the evidence stage asks for probes.
            if outcome.url == queued[0] {
                session.submit([server.url("/slow/probe")], urgent: true) { log.add($0.url) }
            }
        }
        session.finish()
        #expect(log.all == [queued[0], server.url("/slow/probe"), queued[1], queued[2], queued[3]])
        #expect(try server.stats().maxInFlight["127.0.0.1"] == 1)
    }

    @Test func fetchReturnsWhenItsOwnURLsSettleWhileOtherWorkGoesOn() throws {
        let server = try TestServer()
        defer { server.stop() }
        var options = LinkFetcherTests.quickOptions()
        options.retries = 0
        let session = FetchSession(options: options)
        let log = Log()
        session.submit([server.url("/stall")]) { log.add("stall: \($0.error?.kind == .timeout ? "timeout" : "other")") }
        var statuses: [Int?] = []
        let collected = Log()
        session.fetch([server.url("/ok"), server.url("/404")]) { collected.add("\($0.url) \($0.httpStatus ?? 0)") }
        statuses = collected.all.map { Int($0.split(separator: " ").last ?? "") }
        #expect(Set(statuses) == [200, 404])
        #expect(log.all.isEmpty)  // the stalled page is still waiting for its timeout
        session.finish()
        #expect(log.all == ["stall: timeout"])
    }

    @Test func aSessionWithNothingToDoFinishes() {
        let session = FetchSession(options: FetchOptions())
        session.finish()
        let other = FetchSession(options: FetchOptions())
        other.fetch([]) { _ in Issue.record("nothing was asked for") }
        other.finish()
    }

    @Test func urlsThatAreNotHTTPSettleAtOnce() {
        let session = FetchSession(options: FetchOptions())
        let log = Log()
        session.fetch(["mailto:someone@example.org", "ftp://example.org/file"]) { log.add("\($0.error?.kind == .unsupportedScheme)") }
        session.finish()
        #expect(log.all == ["true", "true"])
    }
}
