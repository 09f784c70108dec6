import Testing
@testable import CiteCheck

@Suite struct DOIRateLimitTests {
    @Test func crossrefsDocumentedPools() {
        // Crossref's limits since 1 December 2025: single records 10/s, 3 at a time (polite) and
        // 5/s, 1 at a time (public); lists of records (queries) 3/s, 3 at a time and 1/s, 1 at a time.
        #expect(DOIRateLimit.polite == DOIRateLimit(concurrency: 3, intervalMs: 100))
        #expect(DOIRateLimit.anonymous == DOIRateLimit(concurrency: 1, intervalMs: 200))
        #expect(DOIRateLimit.politeQueries == DOIRateLimit(concurrency: 3, intervalMs: 334))
        #expect(DOIRateLimit.anonymousQueries == DOIRateLimit(concurrency: 1, intervalMs: 1000))
        #expect(DOIResolverOptions(mailto: "e@x.org").queryRateLimit == .politeQueries)
        #expect(DOIResolverOptions().queryRateLimit == .anonymousQueries)
    }

    @Test func workersOfOneRunShareTheAllowance() {
        // Four shards in the polite pool: 10/s in all is 2.5/s each, one at a time.
        #expect(DOIRateLimit.polite.divided(among: 4) == DOIRateLimit(concurrency: 1, intervalMs: 400))
        #expect(DOIRateLimit.polite.divided(among: 1) == .polite)
        #expect(DOIRateLimit.openAlex.divided(among: 2) == DOIRateLimit(concurrency: 1, intervalMs: 200))
        var options = DOIResolverOptions(mailto: "e@x.org")
        options.workers = 4
        #expect(RegistryClient(options: options).rate(.polite, for: "https://api.crossref.org/works/x").intervalMs == 400)
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

@Suite struct DOIRateLimitClampTests {
    @Test func hugeAndInfiniteIntervalsAreClampedLikeRetryAfter() {
        // These trapped converting to Int, or made the next request wait 100,000 s.
        for interval in ["1e20s", "inf", "infinity", "100000s", "1e300", "99999999999999999999m"] {
            let rate = DOIRateLimit.polite.honouring(limit: "1", interval: interval)
            #expect(rate.intervalMs == Int(Limits.serverWaitSeconds * 1000), "\(interval)")
        }
    }

    @Test func nanAndNegativeIntervalsChangeNothing() {
        #expect(DOIRateLimit.polite.honouring(limit: "1", interval: "nan") == .polite)
        #expect(DOIRateLimit.polite.honouring(limit: "1", interval: "-5s") == .polite)
        #expect(DOIRateLimit.polite.honouring(limit: "1", interval: "-inf") == .polite)
    }
}
