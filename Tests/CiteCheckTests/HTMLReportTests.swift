import CiteCheck
import Foundation
import Testing

@Suite struct HTMLReportTests {
    @Test func driftShowsBothTitlesSideBySideWithBothLinks() throws {
        var audit = try ReportFixtures.seedAudit()
        let index = try #require(audit.links.firstIndex { $0.url.hasPrefix("http") })
        let url = audit.links[index].url
        audit.links[index].drift = LinkDrift(
            snapshot: "https://web.archive.org/web/20190320000000/\(url)", timestamp: "20190320000000", titleSimilarity: 0.126,
            textSimilarity: 0.04, textContainment: 0.061, archivedTitle: "AI Report <2019>", currentTitle: "Shop & Deals",
            asOf: "2019-03-25", dateSource: "accessed", changed: true)
        audit.links[index].via = "browser"
        let html = try HTMLReport.render(audit)
        #expect(html.contains("<caption><strong>Changed since it was cited</strong> (compared as of 2019-03-25, accessed)</caption>"))
        #expect(html.contains("<tr><th>Archived 2019-03-20</th><td>AI Report &lt;2019&gt;</td><td><a href=\"https://web.archive.org/web/20190320000000/"))
        #expect(html.contains("<tr><th>Today</th><td>Shop &amp; Deals</td><td><a href=\""))
        #expect(html.contains("title similarity 0.13 · text Jaccard 0.04 · archived text still there 0.06"))
        #expect(html.contains("Read in a headless browser (browser)"))
        #expect(try ReportFixtures.matches("(<table class=\"plain drift\">)", in: html).count == 1)
    }

    @Test func everyNoteReferenceAndFindingOfTheSeedPaperIsInTheReport() throws {
        let audit = try ReportFixtures.seedAudit()
        let html = try HTMLReport.render(audit)
        #expect(audit.notes.count == 71)
        for note in audit.notes {
            #expect(html.contains("id=\"note-\(note.index)\""), "note \(note.index) has no anchor")
        }
        for reference in audit.references {
            #expect(html.contains("<section class=\"reference\" id=\"\(reference.id)\">"), "\(reference.id) missing")
        }
        let findingItems = try ReportFixtures.matches("<li class=\"finding (\\w+)\"", in: html)
        #expect(findingItems.count == audit.findings.count)
        #expect(html.contains("<html lang=\"zh\">"))
        #expect(html.contains("以联合国为“主渠道”的全球人工智能治理进程"))
        #expect(html.contains("10.19780/j.cnki.ytaq.2026.3.7"))
        #expect(html.contains("links were not checked: --offline"))
    }

    @Test func theHeadDeclaresUTF8FirstAndForbidsEveryFetch() throws {
        let html = try HTMLReport.render(try ReportFixtures.seedAudit())
        let head = try #require(html.range(of: "<head>").map { html[$0.upperBound...] })
        #expect(head.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("<meta charset=\"utf-8\">"))
        #expect(html.contains("content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:;"))
        #expect(try ReportFixtures.matches("\\s(src)=", in: html).isEmpty, "no element loads anything")
        #expect(!html.contains("<link"))
        #expect(!html.contains("@import"))
        #expect(!html.contains("url("))
        #expect(html.contains("@media print"))
        #expect(html.contains("Noto Sans CJK SC"))
    }

    @Test func hostileTextIsEscapedEverywhere() throws {
        let html = try HTMLReport.render(try ReportFixtures.hostileAudit())
        #expect(try ReportFixtures.matches("(<script)", in: html).count == 1, "only the report's own script")
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>粗体</b>"))
        #expect(!html.contains("<em>moved</em>"))
        #expect(html.contains("&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;"))
        #expect(html.contains("正如联合国所说&lt;b&gt;粗体&lt;/b&gt;"))
        #expect(html.contains("10.1234/abc&quot;&lt;x&gt;"))
    }

    @Test func onlyHTTPAndHTTPSBecomeLinks() throws {
        let html = try HTMLReport.render(try ReportFixtures.hostileAudit())
        let hrefs = try ReportFixtures.matches("href=\"([^\"]*)\"", in: html)
        #expect(!hrefs.isEmpty)
        for href in hrefs {
            #expect(href.hasPrefix("http://") || href.hasPrefix("https://") || href.hasPrefix("#note-"), "unsafe href \(href)")
        }
        #expect(!html.lowercased().contains("href=\"javascript:"))
        #expect(!html.contains("href=\"data:"))
        // The javascript: URL and the data: hop are still shown, as text.
        #expect(html.contains("<span class=\"url\">javascript:alert(document.cookie)</span>"))
        #expect(html.contains("data:text/html,&lt;script&gt;alert(3)&lt;/script&gt;"))
        // Quotes in an http URL cannot end the attribute.
        #expect(html.contains("href=\"https://www.un.org/zh/content/digital-cooperation-roadmap/?a=1&amp;b=&quot;2&quot;\""))
        // A javascript: suggestion is text, not a link.
        #expect(html.contains("<span class=\"mono\">javascript:alert(&#39;fix&#39;)</span>"))
    }

    @Test func readableWithoutJavaScript() throws {
        let html = try HTMLReport.render(try ReportFixtures.hostileAudit())
        // The filter bar only appears when the script runs; no note starts hidden.
        #expect(html.contains("<nav id=\"filters\" hidden"))
        #expect(try ReportFixtures.matches("<article[^>]*(hidden)", in: html).isEmpty)
        #expect(html.contains("Cite the final URL"))
        #expect(html.contains("Correct the date to:</strong> <span class=\"mono\">2020-07-01</span>"))
        #expect(html.contains("A comment: this note cites no source."))
        #expect(html.contains("Findings about the paper as a whole"))
        #expect(html.contains("HTTP 200 after 2 redirects"))
    }

    @Test func chartsCountLinksByStatusAndFindingsByKind() throws {
        let audit = try ReportFixtures.hostileAudit()
        let html = try HTMLReport.render(audit)
        #expect(try ReportFixtures.matches("<(svg) class=\"chart\"", in: html).count == 2)
        let bars = try ReportFixtures.matches("<g class=\"(st-[a-z-]+)\">", in: html)
        #expect(Set(bars) == Set(audit.links.map { "st-" + $0.status.rawValue }))
        let kinds = try ReportFixtures.matches("<g class=\"sev-[a-z]+\"><text x=\"150\" y=\"\\d+\" text-anchor=\"end\">([a-z-]+)</text>", in: html)
        #expect(Set(kinds) == Set(audit.findings.map(\.kind.rawValue)))
    }
}

@Suite struct HTMLReportPageEvidenceTests {
    @Test func thePageTitleAndDatesShowWithWhereTheyWereFound() throws {
        let html = try HTMLReport.render(try ReportFixtures.hostileAudit())
        #expect(html.contains("<dt>Page title</dt><dd>Page One &lt;i&gt;italic&lt;/i&gt; | UN <span class=\"src\">from og:title</span></dd>"))
        #expect(html.contains("<dt>Published</dt><dd>2024-03-03T09:00+08:00 <span class=\"src\">from article:published_time</span></dd>"))
        #expect(html.contains("<dt>Modified</dt><dd>2024-03-05 <span class=\"src\">from Last-Modified</span></dd>"))
        // A canonical URL from the page is shown, but a javascript: one never becomes a link.
        #expect(html.contains("<dt>Canonical</dt><dd>javascript:alert(&#39;canonical&#39;)</dd>"))
    }
}

@Suite struct HTMLReportDOITests {
    @Test func theDOITableShowsStatusAgencyRecordAndOnlySafeLinks() throws {
        let html = try HTMLReport.render(try ReportFixtures.hostileAudit())
        #expect(html.contains("<h2>DOIs</h2>"))
        #expect(html.contains("<tr class=\"doi-registered\"><td class=\"mono\">10.1234/abc&quot;&lt;x&gt;</td><td><code>registered</code></td><td>Crossref</td><td>Registry title &lt;b&gt;bold&lt;/b&gt; (2024)</td>"))
        #expect(html.contains("<a href=\"https://example.org/article?a=1&amp;b=2\" rel=\"noreferrer\">"))
        #expect(html.contains("<td class=\"url\">javascript:alert(&#39;doi&#39;)</td>"))
        #expect(html.contains("<td>the paper itself</td>"))
        #expect(html.contains("Suggested DOI:</strong> <span class=\"mono\">10.5555/nmi.2019.0055</span>"))
    }
}

@Suite struct HTMLReportHistoryTests {
    @Test func historyArchiveAndChangesAreShown() throws {
        let html = try HTMLReport.render(try ReportFixtures.hostileAudit())
        #expect(html.contains("<strong>Not yet confirmed:</strong> failing since 2026-11-27T06:00:00Z, 2 failed check(s) in a row"))
        #expect(html.contains("<strong>Archived copy</strong> of 2025-03-01: <a href=\"https://web.archive.org/web/20250301000000/http://www.un.org/404\""))
        #expect(html.contains("<h2>Changes since the previous audit</h2>"))
        #expect(html.contains("<td><code>newly-failing</code></td><td class=\"url\"><a href=\"http://www.un.org/404\""))
        #expect(html.contains("<td class=\"url\">javascript:alert(&#39;change&#39;)</td>"))
    }
}
