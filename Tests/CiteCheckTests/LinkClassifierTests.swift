import Foundation
import Testing
@testable import CiteCheck

private let classifier = LinkClassifier()

private func status(_ code: Int?, redirects: [RedirectHop] = [], final: String? = nil, error: FetchError? = nil,
                    url: String = "https://example.org/report") -> LinkVerdict {
    classifier.classify(FetchOutcome(url: url, finalURL: final ?? (code == nil ? nil : url), httpStatus: code,
                                     redirects: redirects, body: Data("<title>x</title>".utf8), error: error, requests: 3))
}

@Test func httpStatusesMapToLinkStatuses() {
    #expect(status(200).status == .ok)
    #expect(status(404).status == .dead)
    #expect(status(410).status == .dead)
    #expect(status(400).status == .dead)
    #expect(status(403).status == .blocked)
    #expect(status(401).status == .blocked)
    #expect(status(999).status == .blocked)
    #expect(status(429).status == .rateLimited)
    #expect(status(503).status == .serverError)
    #expect(status(500).status == .serverError)
    #expect(status(408).status == .timeout)
}

@Test func transportErrorsMapToLinkStatuses() {
    #expect(status(nil, error: FetchError(.timeout, "t")).status == .timeout)
    #expect(status(nil, error: FetchError(.dns, "d")).status == .dns)
    #expect(status(nil, error: FetchError(.tls, "SSL certificate problem")).status == .tls)
    #expect(status(nil, error: FetchError(.tls, "SSL certificate problem")).message.contains("SSL certificate problem"))
    #expect(status(nil, error: FetchError(.connection, "reset")).status == .connection)
    #expect(status(302, error: FetchError(.redirectLoop, "loop")).status == .redirectLoop)
    #expect(status(302, error: FetchError(.tooManyRedirects, "more than 10 redirects")).status == .redirectLoop)
    #expect(status(nil, error: FetchError(.other, "?")).status == .unverified)
}

@Test func redirectsAreJudgedByWhereTheyEnd() {
    let url = "http://example.org/report"
    let moved = status(200, redirects: [RedirectHop(status: 301, url: "https://example.org/new")], final: "https://example.org/new", url: url)
    #expect(moved.status == .redirected)
    #expect(moved.suggestion == "https://example.org/new")
    let upgraded = status(200, redirects: [RedirectHop(status: 301, url: "https://example.org/report/")], final: "https://example.org/report/", url: url)
    #expect(upgraded.status == .ok)
    let temporary = status(200, redirects: [RedirectHop(status: 302, url: "https://example.org/login")], final: "https://example.org/login", url: url)
    #expect(temporary.status == .ok)
    let home = status(200, redirects: [RedirectHop(status: 301, url: "https://example.org/")], final: "https://example.org/", url: url)
    #expect(home.status == .dead)
    let notFound = status(200, redirects: [RedirectHop(status: 302, url: "https://example.org/404.html")], final: "https://example.org/404.html", url: url)
    #expect(notFound.status == .dead)
}
