import Foundation
import Testing
@testable import CiteCheck

@Suite struct CrossrefParserTests {
    @Test func work() throws {
        let w = try CrossrefParser.work(Fixtures.data("doi/crossref-work.json"))
        #expect(w.doi == "10.5555/ai-soc.2020.992")
        #expect(w.title == "The Chinese approach to artificial intelligence")
        #expect(w.subtitle == "an analysis of policy, ethics, and regulation")
        // Issued and published online 2020, in print 2021: the first publication counts.
        #expect(w.year == 2020)
        #expect(w.container == "AI & SOCIETY")
        #expect(w.authors.map(\.display) == ["Huw Roberts", "Josh Cowls", "Luciano Floridi"])
        #expect(w.authors.first?.family == "Roberts")
        let m = w.metadata
        #expect(m.title == "The Chinese approach to artificial intelligence: an analysis of policy, ethics, and regulation")
        #expect(m.year == 2020 && m.container == "AI & SOCIETY" && m.authors.count == 3)
    }

    @Test func organisationAuthorAndEmptyContainer() throws {
        let w = try CrossrefParser.work(Fixtures.data("doi/crossref-work-organisation.json"))
        #expect(w.authors.map(\.display) == ["UNESCO"])
        #expect(w.container == nil && w.year == 2022)
    }

    @Test func searchHitsInOrderWithScores() throws {
        let hits = try CrossrefParser.search(Fixtures.data("doi/crossref-search-clear.json"))
        #expect(hits.map(\.doi) == ["10.5555/ai-soc.2020.992", "10.5555/ai-soc.2021.114", "10.5555/phil.2019.3"])
        #expect(hits.first?.score == 96.3)
        #expect(hits.last?.year == 2019)
    }

    @Test func updatedByAndUpdateTo() throws {
        let w = try CrossrefParser.work(Fixtures.data("works/crossref-work-retracted.json"))
        #expect(w.updates.count == 3)
        #expect(w.updates[0] == WorkUpdate(type: "retraction", notice: "10.1021/acsami.9b11759", source: "retraction-watch",
                                           date: PartialDate(year: 2019, month: 7, day: 26), recordID: "20946"))
        #expect(w.updates[2].standing == .corrected && w.updates[2].date == PartialDate(year: 2013, month: 1, day: 2))
        #expect(w.type == "journal-article" && w.isbns == ["9780262033848"])
        // A record that retracts itself (update-to names its own DOI): an in-situ retraction.
        let inSitu = try CrossrefParser.work(Fixtures.data("works/crossref-notice-in-situ.json"))
        #expect(inSitu.updates.isEmpty && inSitu.standingUpdates.map(\.standing) == [.retracted])
        #expect(inSitu.standingUpdates.first?.notice == "10.1016/j.example.2020.103768")
        #expect(inSitu.standingUpdates.first?.date == PartialDate(year: 2021, month: 3))
    }

    @Test func malformedAnswersAreErrors() {
        #expect(throws: DOIResponseError.self) { try CrossrefParser.work(Fixtures.data("doi/malformed.json")) }
        #expect(throws: DOIResponseError.self) { try CrossrefParser.work(Fixtures.data("doi/not-json.html")) }
        #expect(throws: DOIResponseError("crossref", "no message object")) { try CrossrefParser.work(Data(#"{"status":"ok"}"#.utf8)) }
        #expect(throws: DOIResponseError("search", "no message.items array")) {
            try CrossrefParser.search(Fixtures.data("doi/crossref-work.json"))
        }
    }
}
