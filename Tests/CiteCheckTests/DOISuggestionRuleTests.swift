import Testing
@testable import CiteCheck

@Suite struct DOISuggestionRuleTests {
    let roberts = Reference(
        id: "r4", note: 4, label: "4", authors: ["Huw Roberts", "Josh Cowls"],
        title: "The Chinese approach to artificial intelligence: an analysis of policy, ethics, and regulation",
        container: "AI & Society", date: PartialDate(year: 2021), volume: "36", raw: "…")
    let smith = Reference(
        id: "r5", note: 5, label: "5", authors: ["Anna Smith"], title: "Global governance of artificial intelligence",
        container: "Global Policy", date: PartialDate(year: 2022), volume: "13", raw: "…")

    @Test func oneClearMatchIsSuggested() throws {
        let hits = try CrossrefParser.search(Fixtures.data("doi/crossref-search-clear.json"))
        #expect(DOISuggestionRule.suggestion(for: roberts, hits: hits)?.value == "10.5555/ai-soc.2020.992")
    }

    @Test func twoCloseCandidatesSuggestNothing() throws {
        let hits = try CrossrefParser.search(Fixtures.data("doi/crossref-search-close.json"))
        // The best hit alone would qualify: title 1.0, year and author agree.
        #expect(DOISuggestionRule.suggestion(for: smith, hits: [hits[0], hits[2]])?.value == "10.5555/gov.2022.1")
        // The second is too close behind it.
        #expect(DOISuggestionRule.suggestion(for: smith, hits: hits) == nil)
    }

    @Test func theCitedDOIIsNotSuggestedBack() throws {
        let hits = try CrossrefParser.search(Fixtures.data("doi/crossref-search-clear.json"))
        #expect(DOISuggestionRule.suggestion(for: roberts, hits: hits, excluding: DOI("10.5555/AI-SOC.2020.992")) == nil)
    }

    @Test func aGoodTitleWithTheWrongYearIsNotEnough() throws {
        var r = roberts
        r.date = PartialDate(year: 2015)
        let hits = try CrossrefParser.search(Fixtures.data("doi/crossref-search-clear.json"))
        #expect(DOISuggestionRule.suggestion(for: r, hits: hits) == nil)
    }

    @Test func journalArticles() {
        #expect(DOISuggestionRule.looksLikeJournalArticle(roberts))
        #expect(DOISuggestionRule.looksLikeJournalArticle(Reference(id: "r1", note: 1, label: "1", title: "论文", raw: "张三.论文[J].学报,2020.")))
        #expect(!DOISuggestionRule.looksLikeJournalArticle(Reference(id: "r1", note: 1, label: "1", title: "Page", container: "UN website", raw: "")))
        #expect(!DOISuggestionRule.looksLikeJournalArticle(Reference(id: "r1", note: 1, label: "1", title: "Resolution", container: "UN", number: "A/RES/78/311", pages: "3", raw: "")))
    }

    @Test func queryNamesAuthorTitleContainerYear() {
        #expect(DOISuggestionRule.query(for: smith) == "Anna Smith Global governance of artificial intelligence Global Policy 2022")
    }
}
