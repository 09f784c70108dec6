import CiteCheck
import Foundation
import Testing

/// Link statuses and findings end to end: real fetches from the loopback test web, classified.
@Suite struct LinkAuditorTests {
    static func paper(_ urls: [[String]]) -> ParsedPaper {
        let references = urls.enumerated().map { index, urls in
            Reference(id: "r\(index + 1)", note: index + 1, label: "\(index + 1)", urls: urls, raw: urls.joined(separator: " "))
        }
        let notes = references.map { Note(index: $0.note, label: $0.label, kind: .citation, text: $0.raw) }
        return ParsedPaper(paper: PaperMetadata(), notes: notes, references: references)
    }

    static func audit(_ urls: [String], offline: Bool = false, _ adjust: (inout FetchOptions) -> Void = { _ in }) -> Audit {
        var options = LinkFetcherTests.quickOptions()
        adjust(&options)
        return LinkAuditor(options: options, offline: offline).audit(paper(urls.map { [$0] }))
    }

    static func statuses(_ audit: Audit) -> [String: LinkStatus] {
        Dictionary(uniqueKeysWithValues: audit.links.map { ($0.url, $0.status) })
    }

    @Test func statusesFollowTheEvidence() throws {
        let server = try TestServer()
        defer { server.stop() }
        let expected: [String: LinkStatus] = [
            "/ok": .ok, "/temp": .ok, "/slash": .ok, "/cookie": .ok, "/flaky/s": .ok,
            "/chain/301": .redirected, "/moved": .redirected,
            "/404": .dead, "/410": .dead, "/gone": .dead, "/missing": .dead, "/loop/a": .redirectLoop,
            "/cf": .blocked, "/999": .blocked, "/js": .blocked,
            "/always429": .rateLimited, "/503": .serverError, "/close": .connection,
        ]
        let audit = Self.audit(expected.keys.sorted().map(server.url))
        let got = Self.statuses(audit)
        for (path, status) in expected {
            #expect(got[server.url(path)] == status, "\(path)")
        }
        #expect(audit.linkCheck.state == .complete)
    }

    @Test func permanentRedirectSuggestsTheFinalURL() throws {
        let server = try TestServer()
        defer { server.stop() }
        let audit = Self.audit([server.url("/moved")])
        let finding = try #require(audit.findings.first)
        #expect(finding.kind == .redirected)
        #expect(finding.reference == "r1")
        #expect(finding.suggestion == server.url("/new-place"))
        #expect(audit.links[0].finalUrl == server.url("/new-place"))
        #expect(audit.links[0].redirects == [RedirectHop(status: 301, url: server.url("/new-place"))])
    }

    @Test func deadLinksAreErrors() throws {
        let server = try TestServer()
        defer { server.stop() }
        let audit = Self.audit([server.url("/404"), server.url("/ok")])
        #expect(audit.hasErrors)
        #expect(audit.findings.map(\.kind) == [.deadLink])
        #expect(audit.findings.first?.severity == .error)
        #expect(audit.links.map(\.httpStatus) == [404, 200])
    }

    @Test func blockedIsNotDead() throws {
        let server = try TestServer()
        defer { server.stop() }
        let audit = Self.audit([server.url("/cf")])
        #expect(!audit.hasErrors)
        #expect(audit.findings.map(\.kind) == [.blocked])
        #expect(audit.findings.first?.severity == .warning)
    }

    @Test func httpToHTTPSAloneIsOK() throws {
        let server = try TestServer(tls: true)
        defer { server.stop() }
        let audit = Self.audit(["http://www.un.org/https-upgrade"]) {
            $0.caCertPath = try? TestCertificates.shared.get().caCert
            $0.connectTo = ["www.un.org:80:127.0.0.1:\(server.httpPort)", "www.un.org:443:127.0.0.1:\(server.httpsPort!)"]
        }
        #expect(audit.links[0].status == .ok)
        #expect(audit.links[0].finalUrl == "https://www.un.org/https-upgrade")
        #expect(audit.findings.isEmpty)
    }

    @Test func transportFailuresHaveTheirOwnStatuses() throws {
        let server = try TestServer(tls: true)
        defer { server.stop() }
        let audit = Self.audit([server.url("/stall"), server.httpsURL("/ok"), server.url("/ok")]) {
            $0.timeout = 1
            $0.retries = 0
        }
        let got = Self.statuses(audit)
        #expect(got[server.url("/stall")] == .timeout)
        #expect(got[server.httpsURL("/ok")] == .tls)
        #expect(audit.links.first { $0.status == .tls }?.error?.isEmpty == false)
    }

    @Test func unresolvableHostIsDNSWhenTheNetworkWorks() throws {
        let server = try TestServer()
        defer { server.stop() }
        let audit = Self.audit([server.url("/ok"), "http://no-such-host.invalid/page"])
        #expect(Self.statuses(audit)["http://no-such-host.invalid/page"] == .dns)
        #expect(audit.linkCheck.state == .complete)
    }

    @Test func unreachableNetworkMeansUnverifiedNotDead() throws {
        let audit = Self.audit(["http://no-such-host.invalid/a", "https://also-missing.invalid/b"])
        #expect(audit.links.allSatisfy { $0.status == .unverified })
        #expect(audit.linkCheck.state == .networkUnreachable)
        #expect(audit.linkCheck.message?.contains("could not run") == true)
        #expect(!audit.hasErrors)
        #expect(audit.findings.allSatisfy { $0.kind == .unverified && $0.severity == .info })
    }

    @Test func offlineSkipsTheNetwork() throws {
        let server = try TestServer()
        defer { server.stop() }
        let audit = Self.audit([server.url("/ok")], offline: true)
        #expect(audit.links[0].status == .unverified)
        #expect(audit.links[0].elapsedMs == nil)
        #expect(audit.linkCheck.state == .offline)
        #expect(try server.stats().hits["/ok"] == nil)
    }

    @Test func otherSchemesAreSkipped() throws {
        let audit = Self.audit(["ftp://ftp.example.org/file.txt", "mailto:someone@example.org"])
        #expect(audit.links.map(\.status) == [.skipped, .skipped])
        #expect(audit.findings.isEmpty)
    }

    @Test func aURLCitedTwiceIsFetchedOnce() throws {
        let server = try TestServer()
        defer { server.stop() }
        let paper = Self.paper([[server.url("/404")], [server.url("/404")]])
        let audit = LinkAuditor(options: LinkFetcherTests.quickOptions()).audit(paper)
        #expect(audit.links.count == 1)
        #expect(audit.links[0].references == ["r1", "r2"])
        #expect(audit.findings.compactMap(\.reference) == ["r1", "r2"])
        #expect(try server.stats().hits["/404"] == 1)
    }

    @Test func theHookSeesEveryBodyBeforeItIsDropped() throws {
        let server = try TestServer()
        defer { server.stop() }
        let seen = BodySizes()
        let audit = LinkAuditor(options: LinkFetcherTests.quickOptions())
            .audit(Self.paper([[server.url("/ok")], [server.url("/gzip")]])) { outcome, verdict in
                seen.add(outcome.url, outcome.body.count, verdict.status)
            }
        #expect(audit.links.count == 2)
        let sizes = seen.all()
        #expect(sizes.count == 2)
        #expect(sizes.values.allSatisfy { $0.0 > 100 && $0.1 == .ok })
    }
}

final class BodySizes: @unchecked Sendable {
    private let lock = NSLock()
    private var sizes: [String: (Int, LinkStatus)] = [:]
    func add(_ url: String, _ size: Int, _ status: LinkStatus) {
        lock.lock()
        sizes[url] = (size, status)
        lock.unlock()
    }
    func all() -> [String: (Int, LinkStatus)] {
        lock.lock()
        defer { lock.unlock() }
        return sizes
    }
}
