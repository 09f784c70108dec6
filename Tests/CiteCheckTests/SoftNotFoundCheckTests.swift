import Testing
@testable import CiteCheck

private let reference = Reference(id: "r30", note: 30, label: "②", title: "x", raw: "")
private let check = SoftNotFoundCheck()
private let siteText = (1...60).map { "word\($0)" }.joined(separator: " ")

private func evidence(_ name: String, _ url: String) throws -> PageEvidence {
    try #require(PageEvidenceExtractor.extract(body: try Fixtures.evidence(name), contentType: "text/html", headers: [], url: url))
}

@Test func notFoundTitleIsADeadLinkWithTheEvidence() throws {
    let url = "https://www.brookings.edu/articles/gone/"
    let f = check.findings(for: reference, url: url, finalURL: nil, page: try evidence("soft404-en.html", url), probe: nil)
    #expect(f.count == 1)
    #expect(f.first?.kind == .deadLink)
    #expect(f.first?.severity == .error)
    #expect(f.first?.message.contains("note 30 (②)") == true)
    #expect(f.first?.message.contains("Page not found | Brookings") == true)
    let zh = check.findings(for: reference, url: url, finalURL: nil, page: try evidence("soft404-zh.html", url), probe: nil)
    #expect(zh.first?.message.contains("您访问的页面不存在") == true)
}

@Test func redirectToHomeIsADeadLink() {
    let f = check.findings(for: reference, url: "https://www.icann.org/en/blogs/details/x", finalURL: "https://www.icann.org/",
                           page: PageEvidence(title: "ICANN"), probe: nil)
    #expect(f.first?.message.contains("home page https://www.icann.org/") == true)
}

@Test func pageLikeTheProbeIsADeadLink() {
    let probe = PageFingerprint(title: "OECD", text: siteText)
    let page = PageEvidence(title: "OECD", fingerprint: PageFingerprint(title: "OECD", text: siteText))
    let f = check.findings(for: reference, url: "https://www.oecd.org/x", finalURL: nil, page: page,
                           probe: ("https://www.oecd.org/citecheck-probe-1/no-such-page", probe))
    #expect(f.first?.message.contains("100% the same as what the site returns for a path that does not exist (https://www.oecd.org/citecheck-probe-1/no-such-page)") == true)
}

@Test func realPagesAndScriptShellsAreNotDead() throws {
    let url = "https://www.rand.org/pubs/external_publications/EP70620.html"
    let probe = PageFingerprint(title: "RAND", text: siteText)
    #expect(check.findings(for: reference, url: url, finalURL: url, page: try evidence("highwire-rand.html", url),
                           probe: ("https://www.rand.org/p", probe)).isEmpty)
    // A single-page app returns the same empty shell for every path: nothing can be concluded.
    let shell = PageFingerprint(title: "OpenAI", text: "Loading…")
    #expect(check.findings(for: reference, url: "https://openai.com/index/x/", finalURL: nil,
                           page: PageEvidence(title: "OpenAI", fingerprint: shell), probe: ("https://openai.com/p", shell)).isEmpty)
    #expect(check.findings(for: reference, url: url, finalURL: nil, page: nil, probe: nil).isEmpty)
}

/// A legal-code page whose title merely contains 404, at a path ending /404.
private func rulePage(_ url: String) throws -> PageEvidence {
    let html = """
    <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Rule 404 | Federal Rules of Evidence</title></head>
    <body><nav><a href="/">Home</a></nav><main><h1>Rule 404. Character Evidence; Other Crimes, Wrongs, or Acts</h1>
    <p>(a) Character Evidence. (1) Prohibited Uses. Evidence of a person's character or character trait is not admissible
    to prove that on a particular occasion the person acted in accordance with the character or trait.</p>
    <p>(2) Exceptions for a Defendant or Victim in a Criminal Case. The following exceptions apply in a criminal case:
    a defendant may offer evidence of the defendant's pertinent trait, and if the evidence is admitted, the prosecutor
    may offer evidence to rebut it.</p></main></body></html>
    """
    return try #require(PageEvidenceExtractor.extract(body: Array(html.utf8), contentType: "text/html", headers: [], url: url))
}

@Test func aTitleThatMerelyContains404IsARealPage() throws {
    let url = "https://www.law.example.edu/rules/fre/rule/404"
    let page = try rulePage(url)
    #expect(page.notFound == nil)
    #expect(page.notFoundHint?.contains("Rule 404") == true)
    #expect(check.findings(for: reference, url: url, finalURL: nil, page: page, probe: nil).isEmpty)
    // The site's not-found page is something else entirely.
    let probe = PageFingerprint(title: "Page not found", text: siteText)
    #expect(check.findings(for: reference, url: url, finalURL: nil, page: page, probe: ("https://www.law.example.edu/citecheck-probe-x/no-such-page", probe)).isEmpty)
}

@Test func aTitleContaining404ThatLooksLikeTheProbeIsDead() throws {
    let url = "https://www.example.org/page/404"
    var page = PageEvidence(title: "Page 404 | Example")
    page.notFoundHint = SoftNotFound.codeOnlySignal(title: page.title, headings: [])
    page.fingerprint = PageFingerprint(title: "Page 404 | Example", text: "Sorry " + siteText)
    let probe = PageFingerprint(title: "Page 404 | Example", text: siteText)
    let f = try #require(check.findings(for: reference, url: url, finalURL: nil, page: page, probe: ("https://www.example.org/citecheck-probe-x/no-such-page", probe)).first)
    #expect(f.kind == .deadLink)
    #expect(f.message.contains("Page 404 | Example"))
    #expect(f.message.contains("what the site returns for a path that does not exist"))
}
