import Testing
@testable import CiteCheck

@Suite struct DOIRateLimitTests {
    @Test func crossrefsDocumentedPools() {
        #expect(DOIRateLimit.polite == DOIRateLimit(concurrency: 5, intervalMs: 100))      // 10/s, 5 at a time
        #expect(DOIRateLimit.anonymous == DOIRateLimit(concurrency: 1, intervalMs: 200))   // 5/s, 1 at a time
    }

    @Test func headersOnlyEverSlowItDown() {
        // 50 per second is looser than 10/s: keep 100 ms.
        #expect(DOIRateLimit.polite.honouring(limit: "50", interval: "1s") == .polite)
        // 2 per second: 500 ms between requests.
        #expect(DOIRateLimit.polite.honouring(limit: "2", interval: "1s").intervalMs == 500)
        #expect(DOIRateLimit.anonymous.honouring(limit: "10", interval: "5000ms").intervalMs == 500)
        #expect(DOIRateLimit.anonymous.honouring(limit: "30", interval: "1m").intervalMs == 2000)
    }

    @Test func unreadableHeadersChangeNothing() {
        #expect(DOIRateLimit.polite.honouring(limit: nil, interval: "1s") == .polite)
        #expect(DOIRateLimit.polite.honouring(limit: "0", interval: "1s") == .polite)
        #expect(DOIRateLimit.polite.honouring(limit: "many", interval: "1s") == .polite)
        #expect(DOIRateLimit.polite.honouring(limit: "5", interval: "soon") == .polite)
    }
}
