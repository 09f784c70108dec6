import Testing
@testable import CiteCheck

private func note(_ title: String, container: String? = nil, language: String? = nil) -> Reference {
    Reference(id: "r5", note: 5, label: "⑤", title: title, container: container, language: language, raw: "")
}

private func page(_ title: String?, source: String = "<title>") -> PageEvidence {
    PageEvidence(title: title, titleSource: title == nil ? nil : source)
}

private let check = TitleMismatchCheck()

@Test func sameTitleWithSiteSuffixAndCaseRaisesNothing() {
    let cases: [(String, String, String)] = [
        ("Should the UN Govern Global AI?", "Should the UN govern global AI? | Brookings", "https://www.brookings.edu/articles/should-the-un-govern-global-ai/"),
        ("Microsoft at the 79th session of United Nations General Assembly",
         "Microsoft at the 79th session of United Nations General Assembly - Microsoft On the Issues", "https://blogs.microsoft.com/on-the-issues/x"),
        ("The Future of International Scientific Assessments of AI’s Risks",
         "The Future of International Scientific Assessments of AI's Risks | RAND", "https://www.rand.org/pubs/external_publications/EP70620.html"),
        ("人工智能能力建设普惠计划", "人工智能能力建设普惠计划_中华人民共和国外交部", "https://www.mfa.gov.cn/web/x.shtml"),
        // Full-width letters and punctuation fold to their half-width forms.
        ("ＡＩ治理：全球对话", "AI治理:全球对话-新华网", "https://www.xinhuanet.com/x.html"),
        // A shortened or lightly reworded title is still the same work.
        ("Civil Society Joint Brief on the UN Global Digital Compact",
         "Civil society joint statement on UN Global Digital Compact - Access Now", "https://www.accessnow.org/x"),
    ]
    for (cited, pageTitle, url) in cases {
        #expect(check.findings(for: note(cited), url: url, page: page(pageTitle)).isEmpty, "\(pageTitle)")
    }
}

@Test func differentWorkIsAWarningWithBothTitlesAndTheSource() throws {
    let findings = check.findings(
        for: note("The Good, the Not-so-good, and the Ugly of the UN’s Blueprint for AI"),
        url: "https://www.brookings.edu/articles/x/",
        page: page("Should the UN govern global AI? | Brookings", source: "og:title"))
    let f = try #require(findings.first)
    #expect(f.kind == .titleMismatch)
    #expect(f.severity == .warning)
    #expect(f.message.contains("note 5 (⑤) gives the title “The Good, the Not-so-good, and the Ugly of the UN’s Blueprint for AI”"))
    #expect(f.message.contains("the page's title is “Should the UN govern global AI? | Brookings” (og:title)"))
    #expect(f.suggestion == "Should the UN govern global AI?")
}

@Test func chineseIsComparedByCharacters() {
    let url = "https://www.mfa.gov.cn/web/x.shtml"
    #expect(check.findings(for: note("金砖国家领导人关于人工智能全球治理的声明"), url: url,
                           page: page("上海合作组织成员国元首理事会关于进一步深化人工智能国际合作的声明_中华人民共和国外交部")).count == 1)
    #expect(check.findings(for: note("金砖国家领导人关于人工智能全球治理的声明"), url: url,
                           page: page("金砖国家领导人关于人工智能全球治理的声明（全文）_中华人民共和国外交部")).isEmpty)
}

@Test func noTitleGenericTitleOrOtherLanguageRaisesNothing() {
    let cited = note("联合国系统人工智能治理白皮书", container: "联合国网站")
    #expect(check.findings(for: cited, url: "https://unsceb.org/x.pdf", page: page(nil)).isEmpty)
    #expect(check.findings(for: note("The Future of AI Risks"), url: "https://www.rand.org/x", page: page("RAND")).isEmpty)
    #expect(check.findings(for: note("Guide on AI Governance"), url: "https://www.oecd.org/x", page: page("Home | OECD")).isEmpty)
    #expect(check.findings(for: note("Should the UN Govern Global AI?"), url: "https://www.un.org/x", page: page("United Nations")).isEmpty)
    #expect(check.findings(for: note("人工智能伦理问题建议书"), url: "https://www.cac.gov.cn/x", page: page("首页")).isEmpty)
    // A UN PDF whose Title is its job number says nothing about the work.
    #expect(check.findings(for: note("抓住安全、可靠和值得信赖的人工智能系统带来的机遇，促进可持续发展"),
                           url: "https://documents.un.org/doc/undoc/gen/n24/087/82/pdf/n2408782.pdf", page: page("N2408782", source: "PDF Title")).isEmpty)
    // A Chinese note citing the English original of a UN document.
    #expect(check.findings(for: cited, url: "https://unsceb.org/x.pdf", page: page("United Nations System White Paper on AI Governance")).isEmpty)
}

@Test func soft404PagesAreLeftToTheDeadLinkCheck() {
    var e = page("Page not found | Brookings")
    e.notFound = "the page's title says \"Page not found | Brookings\""
    #expect(check.findings(for: note("Should the UN Govern Global AI?"), url: "https://www.brookings.edu/x", page: e).isEmpty)
}

/// The seed paper's own notes against fixture copies of the pages they cite: all titled correctly.
@Test func seedNotesMatchTheirPagesTitles() throws {
    let parsed = try PaperParser().parse(path: Fixtures.seedPaper)
    for (file, url) in Fixtures.seedPages {
        let reference = try #require(parsed.references.first { $0.urls.contains(url) }, "\(url)")
        let page = try #require(PageEvidenceExtractor.extract(body: try Fixtures.evidence(file), contentType: "text/html", headers: [], url: url))
        #expect(check.findings(for: reference, url: url, page: page).isEmpty, "\(file): \(reference.title ?? "-") vs \(page.title ?? "-")")
    }
    // Swap two pages: each note now meets another work's page.
    let rand = try #require(parsed.references.first { $0.urls.contains("https://www.rand.org/pubs/external_publications/EP70620.html") })
    let microsoftPage = try #require(PageEvidenceExtractor.extract(body: try Fixtures.evidence("opengraph-microsoft.html"), contentType: nil, headers: [], url: "https://www.rand.org/x"))
    #expect(check.findings(for: rand, url: "https://www.rand.org/x", page: microsoftPage).count == 1)
}
