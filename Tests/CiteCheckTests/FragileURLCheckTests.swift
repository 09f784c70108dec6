import Testing
@testable import CiteCheck

@Test func seedPaperTokenURLIsReportedWithCleanedSuggestion() throws {
    let parsed = try PaperParser().parse(path: Fixtures.seedPaper)
    let findings = parsed.references.flatMap { FragileURLCheck().findings(for: $0) }
    #expect(findings.count == 1)
    let f = try #require(findings.first)
    #expect(f.kind == .fragileURL)
    #expect(f.severity == .info)
    #expect(f.reference == "r13")
    #expect(f.suggestion == "https://documents.un.org/doc/undoc/gen/n24/087/82/pdf/n2408782.pdf?fe=true")
    #expect(f.message.contains("token=zpuME9tpyj75ZJUG7c"))
    #expect(f.message.contains("note 13 (①)"))
}

@Test func trackingAndSessionParametersAreRemovedOthersKept() {
    let cleaned = FragileURLCheck.clean("https://news.example.com/story?id=7&utm_source=twitter&utm_medium=social&PHPSESSID=abc#comments")
    #expect(cleaned?.url == "https://news.example.com/story?id=7#comments")
    #expect(cleaned?.removed == ["utm_source=twitter", "utm_medium=social", "PHPSESSID=abc"])
    #expect(FragileURLCheck.clean("https://shop.example.com/item;jsessionid=0A1B2C?sku=3")?.url == "https://shop.example.com/item?sku=3")
    #expect(FragileURLCheck.clean("https://example.org/a?access_token=x")?.url == "https://example.org/a")
}

@Test func plainURLsAreNotFragile() {
    #expect(FragileURLCheck.clean("https://www.un.org/en/newtechnologies/images/pdf/SGs-Strategy-on-New-Technologies.pdf") == nil)
    // "tokens" and "tokenizer" are ordinary words, not session tokens.
    #expect(FragileURLCheck.clean("https://example.org/search?q=tokens&topic=tokenizer") == nil)
    let ref = Reference(id: "r1", note: 1, label: "1", urls: ["https://example.org/?page=2"], raw: "")
    #expect(FragileURLCheck().findings(for: ref).isEmpty)
}
