import Foundation
import Testing
@testable import CiteCheck

@Suite struct HistoryStoreMetadataTests {
    @Test func registryAnswersAreCachedWithTheirDate() throws {
        let store = try HistoryStore(path: try SimulatedDays.temporaryStorePath())
        let url = "https://api.crossref.org/works/10.1038/nature14539"
        let body = Data(#"{"status":"ok","message":{}}"#.utf8)
        store.cacheAnswers([(url, RegistryClient.Answer(status: 200, body: body))], at: SimulatedDays.day(1))
        let fresh = store.cachedAnswers([url, "https://api.crossref.org/works/other"], notBefore: SimulatedDays.day(0))
        #expect(fresh.count == 1 && fresh[url]?.body == body && fresh[url]?.status == 200 && fresh[url]?.cached == true)
        // Older than the limit: not used, so the registry is asked again.
        #expect(store.cachedAnswers([url], notBefore: SimulatedDays.day(2)).isEmpty)
        #expect(try store.answerDate(url) == SimulatedDays.day(1))
        // An answer without an HTTP status (a network failure) is never cached.
        store.cacheAnswers([("https://api.openalex.org/works", RegistryClient.Answer(status: nil, body: Data()))], at: SimulatedDays.day(1))
        #expect(try store.answerDate("https://api.openalex.org/works") == nil)
    }

    @Test func aRetractionSinceThePreviousAuditIsNews() throws {
        let store = try HistoryStore(path: try SimulatedDays.temporaryStorePath())
        let paper = "/papers/a.md"
        // The first audit has nothing to compare with.
        #expect(try store.recordStandings(paper: paper, at: SimulatedDays.day(1), retracted: ["10.5555/a": false, "10.5555/b": true]) == [])
        #expect(try store.recordStandings(paper: paper, at: SimulatedDays.day(2), retracted: ["10.5555/a": false, "10.5555/b": true]) == [])
        // a is retracted now; c is newly cited and already retracted; b was retracted before.
        let news = try store.recordStandings(paper: paper, at: SimulatedDays.day(3),
                                             retracted: ["10.5555/a": true, "10.5555/b": true, "10.5555/c": true])
        #expect(news == ["10.5555/a", "10.5555/c"])
        // Another paper's history is its own.
        #expect(try store.recordStandings(paper: "/papers/b.md", at: SimulatedDays.day(3), retracted: ["10.5555/a": true]) == [])
    }
}
