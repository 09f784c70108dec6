import Foundation
import Testing
@testable import CiteCheck

@Test func theTimestampIsTheEndOfTheAccessDate() {
    let now = SimulatedDays.day(1)
    #expect(ArchiveLookup.timestamp(accessed: PartialDate(year: 2024, month: 9, day: 22), now: now) == "20240922235959")
    #expect(ArchiveLookup.timestamp(accessed: PartialDate(year: 2024, month: 2), now: now) == "20240229235959")
    #expect(ArchiveLookup.timestamp(accessed: PartialDate(year: 2023), now: now) == "20231231235959")
    #expect(ArchiveLookup.timestamp(accessed: nil, now: now) == "20261101060000")
}

@Test func theRequestEncodesTheCitedURL() {
    let lookup = ArchiveLookup(baseURL: "http://127.0.0.1:8080/wayback/available")
    #expect(lookup.requestURL(for: "https://www.un.org/a?b=c&d=e", timestamp: "20240922235959", closest: "before")
        == "http://127.0.0.1:8080/wayback/available?url=https%3A%2F%2Fwww.un.org%2Fa%3Fb%3Dc%26d%3De&timestamp=20240922235959&closest=before")
}

@Test func anUnreachableArchiveIsAskedOnceAndNothingIsCached() throws {
    let store = try HistoryStore(path: SimulatedDays.temporaryStorePath())
    // Loopback port 9 (discard) has no listener here: the connection is refused, as when the
    // archive cannot be reached. The real client makes the request.
    let lookup = ArchiveLookup(baseURL: "http://127.0.0.1:9/wayback/available")
    let requests = (1...5).map { ArchiveLookup.Request(url: "https://a.example/\($0)", accessed: PartialDate(year: 2024)) }
    let asked = AskedURLs()
    let transport = ArchiveLookup.transport(FetchOptions(), intervalMs: 0)
    let found = try lookup.lookup(requests, store: store, now: SimulatedDays.day(1)) { urls in
        asked.add(urls)
        return transport(urls)
    }
    #expect(found.isEmpty)
    #expect(asked.all.count == 1)
    #expect(try store.cachedArchive(url: "https://a.example/1", requested: "20241231235959", notBefore: .distantPast) == nil)
}

private final class AskedURLs: @unchecked Sendable {
    private let lock = NSLock()
    private var urls: [String] = []
    func add(_ more: [String]) { lock.lock(); urls += more; lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return urls }
}

/// The archive as a function of the request: a capture before the date for /a, none at all for /b.
private let fakeArchive: ArchiveLookup.Transport = { urls in
    var answers: [String: ArchiveLookup.Response] = [:]
    for url in urls {
        let body = url.contains("%2Fa&")
            ? #"{"archived_snapshots":{"closest":{"status":"200","available":true,"timestamp":"20190301000000","url":"http://web.archive.org/web/20190301000000/https://x.example/a"}}}"#
            : #"{"archived_snapshots":{}}"#
        answers[url] = ArchiveLookup.Response(httpStatus: 200, body: Data(body.utf8))
    }
    return answers
}

@Test func answersTellNoCopyFromNotAsked() throws {
    let store = try HistoryStore(path: SimulatedDays.temporaryStorePath())
    let budget = ArchiveBudget(2)
    let lookup = ArchiveLookup(baseURL: "http://archive.test/wayback/available").with(budget: budget)
    let requests = ["a", "b", "c"].map { ArchiveLookup.Request(url: "https://x.example/\($0)", accessed: PartialDate(year: 2019, month: 3)) }
    let answers = try lookup.answers(requests, store: store, now: SimulatedDays.day(1), transport: fakeArchive)
    #expect(answers["https://x.example/a"]??.timestamp == "20190301000000")
    #expect(answers["https://x.example/b"] != nil, "asked: the archive has no copy")
    #expect(answers["https://x.example/b"]! == nil)
    #expect(answers["https://x.example/c"] == nil, "over the budget of 2: not asked")
    #expect(budget.remaining == 0)
    // Cached both ways, and cache hits cost nothing from the budget.
    let again = try lookup.with(budget: ArchiveBudget(0)).answers(Array(requests.prefix(2)), store: store, now: SimulatedDays.day(1),
                                                                   transport: { _ in [:] })
    #expect(again.count == 2)
}
