import Testing
@testable import CiteCheck

@Suite struct DOICheckTests {
    let refs = [
        Reference(id: "r1", note: 1, label: "1", authors: ["Huw Roberts"],
                  title: "The Chinese approach to artificial intelligence: an analysis of policy, ethics, and regulation",
                  container: "AI & Society", date: PartialDate(year: 2021), volume: "36",
                  doi: "10.5555/ai-soc.2020.992", raw: "…"),
        Reference(id: "r2", note: 2, label: "2", authors: ["Anna Weber"], title: "Protein structure prediction at scale",
                  container: "Journal of Examples", date: PartialDate(year: 2017), volume: "2",
                  doi: "10.5555/AI-SOC.2020.992", raw: "…"),
        Reference(id: "r3", note: 3, label: "3", title: "A paper", date: PartialDate(year: 2020), raw: "Roe, A paper, 2020, DOI: 10.123/abc."),
        Reference(id: "r4", note: 4, label: "4", authors: ["王五"], title: "人工智能治理", container: "学报", date: PartialDate(year: 2026),
                  doi: "10.19780/j.cnki.ytaq.2026.3.7", raw: "…"),
        Reference(id: "r5", note: 5, label: "5", authors: ["Huw Roberts"],
                  title: "The Chinese approach to artificial intelligence: an analysis of policy, ethics, and regulation",
                  container: "AI & Society", date: PartialDate(year: 2021), volume: "36", raw: "…"),
        Reference(id: "r6", note: 6, label: "6", title: "Missing", date: PartialDate(year: 2020), doi: "10.5555/missing", raw: "…"),
        Reference(id: "r7", note: 7, label: "7", title: "Offline", doi: "10.5555/offline", raw: "…"),
    ]

    func lookups() throws -> [String: DOILookup] {
        let work = try CrossrefParser.work(Fixtures.data("doi/crossref-work.json"))
        let list = [
            DOILookup(doi: DOI("10.5555/ai-soc.2020.992")!, registration: .registered(url: "https://example.org/a"),
                      agency: .crossref, record: work),
            DOILookup(doi: DOI("10.19780/j.cnki.ytaq.2026.3.7")!, registration: .registered(url: "https://cnki.net/x"),
                      agency: RegistrationAgency("CNKI")),
            DOILookup(doi: DOI("10.5555/missing")!, registration: .notFound),
            DOILookup(doi: DOI("10.5555/offline")!, registration: .failed("could not connect to doi.org")),
        ]
        return Dictionary(uniqueKeysWithValues: list.map { ($0.doi.key, $0) })
    }

    @Test func eachDOIGetsItsStatusAndFinding() throws {
        let citations = DOICitation.collect(references: refs, paper: nil)
        let lookups = try lookups()
        let targets = DOICheck.searchTargets(citations: citations, references: refs, lookups: lookups)
        #expect(targets.map(\.id) == ["r2", "r3", "r5", "r6"])
        let clear = try CrossrefParser.search(Fixtures.data("doi/crossref-search-clear.json"))
        let (records, findings) = DOICheck.evaluate(citations: citations, references: refs, lookups: lookups,
                                                    searches: ["r5": clear, "r2": clear, "r6": []])
        #expect(records.map(\.doi) == ["10.5555/ai-soc.2020.992", "10.123/abc", "10.19780/j.cnki.ytaq.2026.3.7",
                                       "10.5555/missing", "10.5555/offline"])
        #expect(records.map(\.status) == [.registered, .invalid, .registered, .notFound, .unverified])
        #expect(records[0].references == ["r1", "r2"])
        #expect(records[0].agency == "Crossref" && records[0].resolvesTo == "https://example.org/a")
        #expect(records[0].metadata?.title?.hasPrefix("The Chinese approach") == true)
        #expect(records[2].agency == "CNKI" && records[2].metadata == nil)

        let byRef = Dictionary(grouping: findings, by: { $0.reference ?? "" })
        #expect(byRef["r1"] == nil)  // a correct DOI gets no finding
        let mismatch = try #require(byRef["r2"]?.first)
        #expect(mismatch.kind == .doiMismatch && mismatch.severity == .error)
        #expect(mismatch.message.contains("Protein structure prediction at scale") && mismatch.message.contains("The Chinese approach"))
        #expect(mismatch.suggestion == nil)  // the only clear hit is the mismatched DOI itself
        #expect(byRef["r3"]?.map(\.kind) == [.doiInvalid])
        #expect(byRef["r3"]?.first?.message.contains("shorter than four digits") == true)
        #expect(byRef["r4"]?.map(\.kind) == [.unverified])
        #expect(byRef["r4"]?.first?.severity == .info)
        #expect(byRef["r4"]?.first?.message.contains("no metadata comparison was possible") == true)
        #expect(byRef["r5"]?.map(\.kind) == [.doiSuggested])
        #expect(byRef["r5"]?.first?.suggestion == "10.5555/ai-soc.2020.992")
        #expect(byRef["r6"]?.map(\.kind) == [.doiNotFound])
        #expect(byRef["r7"]?.map(\.kind) == [.unverified])
        #expect(findings.count == 6)
    }

    @Test func aNotFoundDOIGetsTheSearchsClearMatchAsItsFix() throws {
        var r = refs[4]
        r.doi = "10.5555/ai-soc.2020.99"  // one character short
        let lookups = [DOI("10.5555/ai-soc.2020.99")!.key: DOILookup(doi: DOI("10.5555/ai-soc.2020.99")!, registration: .notFound)]
        let citations = DOICitation.collect(references: [r], paper: nil)
        #expect(DOICheck.searchTargets(citations: citations, references: [r], lookups: lookups).map(\.id) == ["r5"])
        let clear = try CrossrefParser.search(Fixtures.data("doi/crossref-search-clear.json"))
        let (_, findings) = DOICheck.evaluate(citations: citations, references: [r], lookups: lookups, searches: ["r5": clear])
        #expect(findings.map(\.kind) == [.doiNotFound])
        #expect(findings.first?.suggestion == "10.5555/ai-soc.2020.992")
    }

    @Test func thePapersOwnAndPageDOIs() throws {
        let doi = DOI("10.19780/j.cnki.ytaq.2026.3.7")!
        let page = DOI("10.5555/page.1")!
        let r = Reference(id: "r9", note: 9, label: "9", title: "Page", raw: "…")
        let citations = DOICitation.collect(references: [r], paper: PaperMetadata(doi: doi.value),
                                            pageDOIs: [(reference: "r9", doi: "10.5555/page.1")])
        let lookups = [
            doi.key: DOILookup(doi: doi, registration: .notFound),
            page.key: DOILookup(doi: page, registration: .registered(url: nil), agency: .crossref,
                                record: WorkRecord(title: "Page", year: 2020)),
        ]
        let (records, findings) = DOICheck.evaluate(citations: citations, references: [r], lookups: lookups)
        #expect(records.map(\.references) == [[], ["r9"]])
        #expect(findings.map(\.kind) == [.doiNotFound, .doiSuggested])
        #expect(findings[0].severity == .warning && findings[0].reference == nil)
        #expect(findings[1].suggestion == "10.5555/page.1" && findings[1].reference == "r9")
    }
}
