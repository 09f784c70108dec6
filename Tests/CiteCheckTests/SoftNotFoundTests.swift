import Testing
@testable import CiteCheck

@Test func titlesAndHeadingsThatSayNotFound() {
    #expect(SoftNotFound.signal(title: "Page not found | Brookings", headings: [])?.contains("title") == true)
    #expect(SoftNotFound.signal(title: "404", headings: []) != nil)
    #expect(SoftNotFound.signal(title: "Error 404 - 国家网信办", headings: []) != nil)
    #expect(SoftNotFound.signal(title: "404 | Example News", headings: []) != nil)
    // The code as one word among others is only a hint: "Rule 404", "page 404".
    #expect(SoftNotFound.signal(title: "Rule 404 | Federal Rules of Evidence", headings: []) == nil)
    #expect(SoftNotFound.codeOnlySignal(title: "Rule 404 | Federal Rules of Evidence", headings: []) != nil)
    #expect(SoftNotFound.codeOnlySignal(title: "Error 404", headings: []) == nil)
    #expect(SoftNotFound.signal(title: "中华人民共和国外交部", headings: ["对不起，您访问的页面不存在！"])?.contains("h1") == true)
    #expect(SoftNotFound.signal(title: "找不到网页", headings: []) != nil)
}

@Test func ordinaryTitlesAreNotSignals() {
    #expect(SoftNotFound.signal(title: "Should the UN govern global AI? | Brookings", headings: ["Should the UN govern global AI?"]) == nil)
    // A document number containing 404 in a long title is not an error page.
    #expect(SoftNotFound.signal(title: "Report of the Secretary-General on the implementation of resolution 78/404 on digital cooperation", headings: []) == nil)
    #expect(SoftNotFound.signal(title: nil, headings: []) == nil)
}

@Test func probeComparison() {
    let probe = PageFingerprint(title: "Home | OECD", text: "OECD home page with the latest news, data and policy analysis from across the organisation.")
    let same = PageFingerprint(title: "Home | OECD", text: "OECD home page with the latest news, data and policy analysis from across the organisation.")
    let article = PageFingerprint(title: "OECD and UN announce next steps", text: "The OECD and the United Nations announced next steps in their collaboration on artificial intelligence.")
    #expect(SoftNotFound.matchesProbe(same, probe: probe))
    #expect(!SoftNotFound.matchesProbe(article, probe: probe))
}

@Test func probeURLStaysOnTheHost() {
    let url = SoftNotFound.probeURL(for: "https://www.oecd.org/en/about/news/x.html?a=1#f", token: "abc")
    #expect(url == "https://www.oecd.org/citecheck-probe-abc/no-such-page")
    #expect(SoftNotFound.probeURL(for: "not a url") == nil)
    #expect(SoftNotFound.probeURL(for: "mailto:someone@example.org") == nil)
    #expect(SoftNotFound.probeURL(for: "http://localhost:8080/a/b", token: "abc") == "http://localhost:8080/citecheck-probe-abc/no-such-page")
    // An IDN host stays as cited; the fetch converts it to punycode as it does the link itself.
    #expect(SoftNotFound.probeURL(for: "https://stössenseer.de/über-uns?q=ä", token: "abc") == "https://stössenseer.de/citecheck-probe-abc/no-such-page")
    #expect(SoftNotFound.probeURL(for: "http://faß.de/ok", token: "abc") == "http://faß.de/citecheck-probe-abc/no-such-page")
    #expect(SoftNotFound.probeURL(for: "https://x.org/a") != SoftNotFound.probeURL(for: "https://x.org/a"))
}

@Test func redirectsToHomeOrNotFoundPaths() {
    #expect(SoftNotFound.genericRedirect(requested: "https://www.icann.org/en/blogs/details/x", final: "https://www.icann.org/") != nil)
    #expect(SoftNotFound.genericRedirect(requested: "https://www.mfa.gov.cn/web/x.shtml", final: "https://www.mfa.gov.cn/web/") != nil)
    #expect(SoftNotFound.genericRedirect(requested: "https://example.org/a", final: "https://example.org/errors/404.html")?.contains("not-found") == true)
    #expect(SoftNotFound.genericRedirect(requested: "https://example.org/a", final: "https://example.org/page-not-found") != nil)
    // Ordinary moves and the home page redirecting to itself are not soft 404s.
    #expect(SoftNotFound.genericRedirect(requested: "http://example.org/a", final: "https://example.org/a/") == nil)
    #expect(SoftNotFound.genericRedirect(requested: "https://example.org/", final: "https://example.org/en/") == nil)
    #expect(SoftNotFound.genericRedirect(requested: "https://example.org/a", final: "https://example.org/articles/error-correction-in-ai") == nil)
}

@Test func shortPhrasesCountOnlyInShortTitles() {
    #expect(SoftNotFound.signal(title: "Not Found", headings: []) != nil)
    #expect(SoftNotFound.signal(title: "找不到页面 - 新华网", headings: []) != nil)
    #expect(SoftNotFound.signal(title: "Evidence not found: why the scientific assessment of frontier AI risks still lags behind deployment", headings: []) == nil)
    #expect(SoftNotFound.signal(title: "为什么年轻人在大城市里越来越找不到合适的工作？人工智能对就业市场的长期影响分析", headings: []) == nil)
}
