import CiteCheck
import Foundation
import Testing

/// The fetch engine against the loopback test web (Fixtures/testserver.py): real libcurl, real sockets.
@Suite struct LinkFetcherTests {
    /// Short limits so that failures and retries cost a second, not thirty.
    static func quickOptions() -> FetchOptions {
        var options = FetchOptions()
        options.timeout = 2
        options.retries = 1
        options.retryBaseDelay = 0.05
        options.hostIntervalMs = 0
        return options
    }

    static func fetch(_ server: TestServer, _ path: String, _ adjust: (inout FetchOptions) -> Void = { _ in }) -> FetchOutcome {
        var options = quickOptions()
        adjust(&options)
        return LinkFetcher(options: options).fetchAll([server.url(path)])[0]
    }

    @Test func okPage() throws {
        let server = try TestServer()
        defer { server.stop() }
        let outcome = Self.fetch(server, "/ok")
        #expect(outcome.httpStatus == 200)
        #expect(outcome.finalURL == server.url("/ok"))
        #expect(outcome.redirects.isEmpty)
        #expect(outcome.error == nil)
        #expect(outcome.contentType == "text/html; charset=utf-8")
        #expect(String(decoding: outcome.body, as: UTF8.self).contains("<title>Page One</title>"))
        #expect(outcome.method == "GET")
    }

    @Test func redirectChainRecordsEveryHop() throws {
        let server = try TestServer()
        defer { server.stop() }
        let outcome = Self.fetch(server, "/chain/301")
        #expect(outcome.httpStatus == 200)
        #expect(outcome.redirects == [
            RedirectHop(status: 301, url: server.url("/chain/302")),
            RedirectHop(status: 302, url: server.url("/chain/307")),
            RedirectHop(status: 307, url: server.url("/chain/308")),
            RedirectHop(status: 308, url: server.url("/final")),
        ])
        #expect(outcome.finalURL == server.url("/final"))
        #expect(outcome.requests == 5)
    }

    @Test func redirectLoopIsCutShort() throws {
        let server = try TestServer()
        defer { server.stop() }
        let outcome = Self.fetch(server, "/loop/a")
        #expect(outcome.error?.kind == .redirectLoop)
        #expect(outcome.redirects.count == 4)
        #expect(try server.stats().hits["/loop/a"] == 2)
    }

    @Test func maxRedirectsIsHonoured() throws {
        let server = try TestServer()
        defer { server.stop() }
        let outcome = Self.fetch(server, "/chain/301") { $0.maxRedirects = 2 }
        #expect(outcome.error?.kind == .tooManyRedirects)
        #expect(outcome.redirects.count == 3)
        #expect(try server.stats().hits["/final"] == nil)
    }

    @Test func cookiesAreKeptWithinARun() throws {
        let server = try TestServer()
        defer { server.stop() }
        let outcome = Self.fetch(server, "/cookie")
        #expect(outcome.httpStatus == 200)
        #expect(outcome.redirects.count == 1)
    }

    @Test func notFoundAndGone() throws {
        let server = try TestServer()
        defer { server.stop() }
        let outcomes = LinkFetcher(options: Self.quickOptions()).fetchAll([server.url("/404"), server.url("/410")])
        #expect(outcomes.map(\.httpStatus) == [404, 410])
        // Client errors are final: no retries.
        #expect(outcomes.map(\.requests) == [1, 1])
    }

    @Test func retryAfterInSecondsIsHonoured() throws {
        let server = try TestServer()
        defer { server.stop() }
        let outcome = Self.fetch(server, "/retry-after/seconds")
        #expect(outcome.httpStatus == 200)
        #expect(outcome.requests == 2)
        let starts = try server.stats().starts["127.0.0.1"] ?? []
        #expect(starts.count == 2)
        if starts.count == 2 { #expect(starts[1] - starts[0] >= 0.8) }  // waited as told, not the 0.05 s backoff
    }

    @Test func retryAfterAsHTTPDateIsHonoured() throws {
        let server = try TestServer()
        defer { server.stop() }
        let outcome = Self.fetch(server, "/retry-date/x")
        #expect(outcome.httpStatus == 200)
        #expect(outcome.requests == 2)
        let starts = try server.stats().starts["127.0.0.1"] ?? []
        if starts.count == 2 { #expect(starts[1] - starts[0] >= 0.8) }
    }

    @Test func persistent429And503GiveUpAfterTheRetries() throws {
        let server = try TestServer()
        defer { server.stop() }
        let outcomes = LinkFetcher(options: Self.quickOptions()).fetchAll([server.url("/always429"), server.url("/503")])
        #expect(outcomes.map(\.httpStatus) == [429, 503])
        let hits = try server.stats().hits
        #expect(hits["/always429"] == 2)
        #expect(hits["/503"] == 2)
    }

    @Test func transient503Recovers() throws {
        let server = try TestServer()
        defer { server.stop() }
        let outcome = Self.fetch(server, "/flaky/a")
        #expect(outcome.httpStatus == 200)
        #expect(outcome.requests == 2)
    }

    @Test func headFallsBackToGETOn405() throws {
        let server = try TestServer()
        defer { server.stop() }
        let outcome = Self.fetch(server, "/head405/file.zip")
        #expect(outcome.httpStatus == 200)
        #expect(outcome.method == "GET")
        #expect(try server.stats().methods["/head405/file.zip"] == ["HEAD", "GET"])
    }

    @Test func pagesAreFetchedWithGETNotHEAD() throws {
        let server = try TestServer()
        defer { server.stop() }
        _ = Self.fetch(server, "/ok")
        #expect(try server.stats().methods["/ok"] == ["GET"])
    }

    @Test func bodyIsCutAtTheCap() throws {
        let server = try TestServer()
        defer { server.stop() }
        let outcome = Self.fetch(server, "/big") { $0.maxBody = 65536 }
        #expect(outcome.httpStatus == 200)
        #expect(outcome.error == nil)
        #expect(outcome.bodyTruncated)
        #expect(outcome.body.count == 65536)
    }

    @Test func gzipBodiesAreDecoded() throws {
        let server = try TestServer()
        defer { server.stop() }
        let outcome = Self.fetch(server, "/gzip")
        #expect(outcome.header("Content-Encoding") == "gzip")
        #expect(String(decoding: outcome.body, as: UTF8.self).contains("<title>Gzip page</title>"))
    }

    @Test func pdfReadsHeadAndTailOnly() throws {
        let server = try TestServer()
        defer { server.stop() }
        let outcome = Self.fetch(server, "/paper.pdf") {
            $0.pdfHeadBytes = 100_000
            $0.pdfTailBytes = 4096
        }
        #expect(outcome.httpStatus == 200)
        #expect(outcome.body.count == 100_000)
        #expect(outcome.body.starts(with: Data("%PDF-1.7".utf8)))
        #expect(outcome.bodyTail?.count == 4096)
        #expect(String(decoding: outcome.bodyTail ?? Data(), as: UTF8.self).contains("/CreationDate (D:20240303)"))
        #expect(try server.stats().ranges["/paper.pdf"] == ["bytes=-4096"])
    }

    @Test func stallTimesOut() throws {
        let server = try TestServer()
        defer { server.stop() }
        let outcome = Self.fetch(server, "/stall") {
            $0.timeout = 1
            $0.retries = 0
        }
        #expect(outcome.error?.kind == .timeout)
        #expect(outcome.error?.hostResolved == true, "a server that took the connection and stalled is a real timeout, not an offline lookup")
        #expect(outcome.httpStatus == nil)
    }

    @Test func closeWithoutAnswerIsAConnectionError() throws {
        let server = try TestServer()
        defer { server.stop() }
        let outcome = Self.fetch(server, "/close")
        #expect(outcome.error?.kind == .connection)
        #expect(try server.stats().hits["/close"] == 2)  // a reset is retried
    }

    @Test func refusedConnectionIsAConnectionError() throws {
        // Port 9 (discard) is closed on loopback here; nothing listens.
        let outcome = LinkFetcher(options: Self.quickOptions()).fetchAll(["http://127.0.0.1:9/"])[0]
        #expect(outcome.error?.kind == .connection)
    }

    @Test func unresolvableHostIsADNSError() throws {
        let outcome = LinkFetcher(options: Self.quickOptions()).fetchAll(["http://no-such-host.invalid/x"])[0]
        #expect(outcome.error?.kind == .dns)
    }

    @Test func tlsWithTestCAThroughCacert() throws {
        let server = try TestServer(tls: true)
        defer { server.stop() }
        var options = Self.quickOptions()
        options.caCertPath = try TestCertificates.shared.get().caCert
        let outcome = LinkFetcher(options: options).fetchAll([server.httpsURL("/ok")])[0]
        #expect(outcome.httpStatus == 200)
        #expect(outcome.error == nil)
    }

    @Test func tlsWithUntrustedCertificateFails() throws {
        let server = try TestServer(tls: true)
        defer { server.stop() }
        let outcome = LinkFetcher(options: Self.quickOptions()).fetchAll([server.httpsURL("/ok")])[0]
        #expect(outcome.error?.kind == .tls)
        #expect(outcome.error?.message.lowercased().contains("certificate") == true)
        #expect(outcome.httpStatus == nil)
    }

    @Test func insecureSkipsVerification() throws {
        let server = try TestServer(tls: true)
        defer { server.stop() }
        var options = Self.quickOptions()
        options.insecure = true
        let outcome = LinkFetcher(options: options).fetchAll([server.httpsURL("/ok")])[0]
        #expect(outcome.httpStatus == 200)
    }

    @Test func connectToServesARealHostnameFromLoopback() throws {
        let server = try TestServer(tls: true)
        defer { server.stop() }
        var options = Self.quickOptions()
        options.caCertPath = try TestCertificates.shared.get().caCert
        options.connectTo = ["www.un.org:80:127.0.0.1:\(server.httpPort)", "www.un.org:443:127.0.0.1:\(server.httpsPort!)"]
        let outcomes = LinkFetcher(options: options).fetchAll(["http://www.un.org/ok", "http://www.un.org/https-upgrade"])
        #expect(outcomes[0].httpStatus == 200)
        #expect(outcomes[0].finalURL == "http://www.un.org/ok")
        #expect(outcomes[1].httpStatus == 200)
        #expect(outcomes[1].redirects == [RedirectHop(status: 301, url: "https://www.un.org/https-upgrade")])
        // Both requests reached the test server under the real name, within the per-host limit.
        let inFlight = try server.stats().maxInFlight["www.un.org"] ?? 0
        #expect((1...options.hostConcurrency).contains(inFlight))
    }

    @Test func internationalisedHostIsFetchedInPunycodeAndReportedAsCited() throws {
        let server = try TestServer()
        defer { server.stop() }
        var options = Self.quickOptions()
        // curl's --connect-to names the host as it goes on the wire: IDNA 2008 punycode (ß stays ß: faß.de is xn--fa-hia.de).
        options.connectTo = ["xn--stssenseer-fcb.de:80:127.0.0.1:\(server.httpPort)", "xn--fa-hia.de:80:127.0.0.1:\(server.httpPort)"]
        let cited = ["http://stössenseer.de/ok", "http://stössenseer.de/über-uns?q=ä", "http://faß.de/ok"]
        let outcomes = LinkFetcher(options: options).fetchAll(cited)
        #expect(outcomes.map(\.url) == cited)
        #expect(outcomes[0].httpStatus == 200)
        #expect(outcomes[0].error == nil)
        #expect(outcomes[1].httpStatus == 404)  // the test server has no such page; what matters is that it was asked
        #expect(outcomes[2].httpStatus == 200)
        let stats = try server.stats()
        #expect(stats.maxInFlight["xn--stssenseer-fcb.de"] != nil)
        #expect(stats.maxInFlight["xn--fa-hia.de"] != nil)
        #expect(stats.hits["/%C3%BCber-uns"] == 1)
    }

    @Test func politenessHoldsOnTheServerSide() throws {
        let server = try TestServer()
        defer { server.stop() }
        var options = Self.quickOptions()
        options.concurrency = 16
        options.hostConcurrency = 2
        options.connectTo = ["::127.0.0.1:\(server.httpPort)"]  // every host, every port → the test server
        let hosts = ["a.test", "b.test", "c.test", "d.test"]
        let urls = (0..<48).map { "http://\(hosts[$0 % 4])/slow/\($0)" }
        let outcomes = LinkFetcher(options: options).fetchAll(urls)
        #expect(outcomes.allSatisfy { $0.httpStatus == 200 })
        let stats = try server.stats()
        for host in hosts {
            let most = stats.maxInFlight[host] ?? 0
            #expect(most >= 1 && most <= 2, "\(host) saw \(most) requests at once")
        }
    }

    @Test func hostIntervalSpacesRequests() throws {
        let server = try TestServer()
        defer { server.stop() }
        var options = Self.quickOptions()
        options.hostIntervalMs = 150
        options.hostConcurrency = 4
        let urls = (0..<5).map { server.url("/slow/\($0)") }
        #expect(LinkFetcher(options: options).fetchAll(urls).allSatisfy { $0.httpStatus == 200 })
        let starts = (try server.stats().starts["127.0.0.1"] ?? []).sorted()
        #expect(starts.count == 5)
        // Server-side clocks see scheduling jitter; without the interval the gaps would be near 0.
        for (a, b) in zip(starts, starts.dropFirst()) { #expect(b - a >= 0.1) }
    }

    @Test func every429MakesTheWholeHostWait() throws {
        let server = try TestServer()
        defer { server.stop() }
        var options = Self.quickOptions()
        options.hostConcurrency = 1
        let outcomes = LinkFetcher(options: options).fetchAll([server.url("/retry-after/h"), server.url("/ok")])
        #expect(outcomes.map(\.httpStatus) == [200, 200])
        let starts = (try server.stats().starts["127.0.0.1"] ?? []).sorted()
        // After the 429 at starts[0], nothing else reached the host for the Retry-After second.
        #expect(starts.count == 3)
        if starts.count == 3 { #expect(starts[1] - starts[0] >= 0.8) }
    }

    @Test func customHeadersAndUserAgentAreSent() throws {
        let server = try TestServer()
        defer { server.stop() }
        // The server answers /cookie with 200 only when the cookie is present, so a header can set it.
        let outcome = Self.fetch(server, "/cookie") {
            $0.headers = ["Cookie: cc=1"]
            $0.userAgent = "TestAgent/1"
        }
        #expect(outcome.httpStatus == 200)
        #expect(outcome.redirects.isEmpty)
    }
}
