import Testing
@testable import CiteCheck

@Suite struct DOIResolverOptionsTests {
    @Test func mailtoChoosesThePoolAndGoesIntoTheUserAgent() {
        let anonymous = DOIResolverOptions()
        #expect(anonymous.rateLimit == .anonymous && !anonymous.userAgent.contains("mailto"))
        let polite = DOIResolverOptions(mailto: "editor@example.org")
        #expect(polite.rateLimit == .polite)
        #expect(polite.userAgent == "CiteCheck/0.1 (https://github.com/citecheck/citecheck; mailto:editor@example.org)")
    }

    @Test func fetchOptionsCarryTheRegistryLimits() {
        var fetch = FetchOptions()
        fetch.connectTo = ["doi.org:443:127.0.0.1:8443"]
        fetch.hostIntervalMs = 0
        let resolver = DOIResolver(options: DOIResolverOptions(fetch: fetch, mailto: "e@x.org"))
        let o = resolver.client.fetchOptions(.polite)
        #expect(o.hostConcurrency == 3 && o.hostIntervalMs == 100)
        #expect(o.connectTo == ["doi.org:443:127.0.0.1:8443"])
        #expect(o.userAgent.contains("mailto:e@x.org"))
        #expect(o.headers.contains("Accept: application/json"))
    }
}
