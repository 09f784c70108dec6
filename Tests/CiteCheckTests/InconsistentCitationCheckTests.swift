import Testing
@testable import CiteCheck

private func ref(_ id: String, note: Int, label: String, title: String?, date: String?, accessed: String?, url: String) -> Reference {
    Reference(id: id, note: note, label: label, title: title, date: date.flatMap { PartialDate(iso: $0) },
              urls: [url], accessed: accessed.flatMap { PartialDate(iso: $0) }, raw: "")
}

@Test func seedPaperWhitePaperCitedWithTwoAccessDates() throws {
    let parsed = try PaperParser().parse(path: Fixtures.seedPaper)
    let findings = InconsistentCitationCheck().findings(for: parsed.references)
    let whitePaper = try #require(findings.first { $0.url?.contains("UNSystemWhitePaperAIGovernance") == true })
    #expect(whitePaper.kind == .inconsistentCitation)
    #expect(whitePaper.severity == .warning)
    #expect(whitePaper.reference == "r9")
    #expect(whitePaper.message.contains("note 9 (①)"))
    #expect(whitePaper.message.contains("note 12 (④)"))
    #expect(whitePaper.message.contains("access dates: 2025-03-12 (note 9 (①)) and 2025-03-15 (note 12 (④))"))
    #expect(!whitePaper.message.contains("titles"))
    // A/RES/78/311 is cited three times, once under a shorter title.
    let resolution = try #require(findings.first { $0.url?.contains("n2419725.pdf") == true })
    #expect(resolution.message.contains("note 14 (②), note 21 (①) and note 67 (①)"))
    #expect(resolution.message.contains("“加强人工智能能力建设国际合作” (note 67 (①))"))
    // The two notes that agree are one reading, not two that print alike.
    #expect(resolution.message.hasSuffix("with different titles: “加强人工智能能力建设方面的国际合作” (note 14 (②) and note 21 (①)) "
                                         + "and “加强人工智能能力建设国际合作” (note 67 (①))"), "\(resolution.message)")
    #expect(!resolution.message.contains("access dates"))
    // The Global Digital Compact is cited twice the same way: nothing to say.
    #expect(!findings.contains { $0.url?.contains("n2427221.pdf") == true })
    #expect(findings.count == 2)
}

@Test func differentTitlesAndDatesAreListed() {
    let refs = [
        ref("r1", note: 3, label: "③", title: "Should the UN Govern Global AI?", date: "2024-02-26", accessed: "2025-04-14",
            url: "https://www.brookings.edu/articles/should-the-un-govern-global-ai/"),
        ref("r2", note: 8, label: "②", title: "Should the U.N. govern AI", date: "2024-02-27", accessed: "2025-04-14",
            url: "http://brookings.edu/articles/should-the-un-govern-global-ai"),
    ]
    let findings = InconsistentCitationCheck().findings(for: refs)
    #expect(findings.count == 1)
    let message = findings.first?.message ?? ""
    #expect(message.contains("titles: “Should the UN Govern Global AI?” (note 3 (③)) and “Should the U.N. govern AI” (note 8 (②))"))
    #expect(message.contains("dates: 2024-02-26 (note 3 (③)) and 2024-02-27 (note 8 (②))"))
    #expect(!message.contains("access dates"))
}

@Test func sameCitationTwiceOrAShortReCitationIsConsistent() {
    let url = "https://www.mfa.gov.cn/web/ziliao_674904/1179_674909/202507/t20250726_11677803.shtml"
    let refs = [
        ref("r1", note: 40, label: "④", title: "人工智能全球治理行动计划（全文）", date: "2025-07-26", accessed: "2025-08-09", url: url),
        ref("r2", note: 55, label: "①", title: "人工智能全球治理行动计划(全文)", date: "2025-07-26", accessed: "2025-08-09", url: url),
        ref("r3", note: 60, label: "②", title: nil, date: nil, accessed: nil, url: url),
    ]
    #expect(InconsistentCitationCheck().findings(for: refs).isEmpty)
}

@Test func twoReferencesInOneNoteAreNotInconsistentCitations() {
    let url = "https://example.org/a"
    let refs = [
        ref("r1", note: 5, label: "⑤", title: "A", date: nil, accessed: "2025-01-01", url: url),
        ref("r2", note: 5, label: "⑤", title: "B", date: nil, accessed: "2025-01-02", url: url),
    ]
    #expect(InconsistentCitationCheck().findings(for: refs).isEmpty)
}

@Test func urlKeyIgnoresSchemeWwwSlashAndFragment() {
    #expect(InconsistentCitationCheck.key("https://www.Example.org/a/#top") == InconsistentCitationCheck.key("http://example.org/a"))
    #expect(InconsistentCitationCheck.key("https://example.org/a?x=1") != InconsistentCitationCheck.key("https://example.org/a?x=2"))
}

@Test func aNoteWithTwoURLsGivesItsFindingsInTheOrderItCitesThem() {
    var first = ref("r1", note: 1, label: "1", title: "Report", date: "2024-01-01", accessed: nil, url: "https://b.example/two")
    first.urls = ["https://b.example/two", "https://a.example/one", "HTTPS://www.b.example/two/"]
    let second = ref("r2", note: 2, label: "2", title: "Report", date: "2023-01-01", accessed: nil, url: "https://a.example/one")
    let third = ref("r3", note: 3, label: "3", title: "Report", date: "2022-01-01", accessed: nil, url: "http://b.example/two#top")
    let findings = InconsistentCitationCheck().findings(for: [first, second, third])
    // Every run the same order (a Set once decided it), and one spelling per address.
    #expect(findings.map(\.url) == ["https://b.example/two", "https://a.example/one"])
}
