import Foundation
import Testing
@testable import CiteCheck

@Suite struct HTMLArticleReaderTests {
    private func article() throws -> SourceDocument {
        let path = FormatFixtures.path("article.html")
        return try HTMLArticleReader().read(bytes: DocumentReader.bytes(path: path), path: path)
    }

    @Test func readsPandocStyleEndnotesWithoutBacklinks() throws {
        let notes = try article().notes
        #expect(notes.map(\.label) == ["1", "2", "3"])
        #expect(notes[0].text == "《加强人工智能能力建设方面的国际合作》（A/RES/78/311），联合国网站，2024年7月1日，<https://documents.un.org/doc/undoc/gen/n24/197/25/pdf/n2419725.pdf> [2025-03-20]。")
        #expect(notes[1].text == "Cameron F. Kerry et al., “Should the UN Govern Global AI?” The Brookings Institution, February 26, 2024, Brookings [2025-04-14].")
        #expect(!notes.contains { $0.text.contains("↩") })
    }

    @Test func linksInNotesIncludeTargetsHiddenBehindWords() throws {
        let notes = try article().notes
        #expect(notes[0].links.isEmpty)
        #expect(notes[1].links == ["https://www.brookings.edu/articles/should-the-un-govern-global-ai/"])
        #expect(notes[2].links.isEmpty)
    }

    @Test func eachNoteKeepsTheSentenceOfItsBodyLink() throws {
        let notes = try article().notes
        #expect(notes[0].context == "In July 2024 the General Assembly adopted its first resolution on capacity-building in AI.")
        #expect(notes[1].context == "Some observers asked whether the UN should govern AI at all and proposed alternatives.")
        #expect(notes[2].context == "The regime is fragmented.")
    }

    @Test func citationMetadataFromMetaTags() throws {
        let m = try article().metadata
        #expect(m.title == "The United Nations as the Main Channel of Global AI Governance")
        #expect(m.doi == "10.19780/j.cnki.ytaq.2026.3.7")
        #expect(m.authors == ["Ming Li", "Fang Wang"])
        #expect(m.published?.description == "2026-03-02")
    }

    @Test func bodyTextIsTheArticleOneBlockALineWithoutItsNotes() throws {
        let html = "<html><body><h1>Title</h1><p>DOI：10.1234/own.5</p><p>Text.<a href=\"#f1\">1</a></p><ol class=\"footnotes\"><li id=\"f1\">Cited, doi:10.9999/cited.1.</li></ol></body></html>"
        let doc = try HTMLArticleReader().read(bytes: Array(html.utf8), path: "b.html")
        #expect(doc.bodyText == "Title\nDOI：10.1234/own.5\nText.")
    }

    @Test func wikipediaReferenceListAndAsides() throws {
        let html = """
            <html><body><p>Claim one.<sup class="reference"><a href="#cite_note-a-1">[1]</a></sup> Claim two.<a href="#n2" role="doc-noteref">2</a></p>
            <ol class="references"><li id="cite_note-a-1"><span class="mw-cite-backlink"><a href="#cite_ref-a_1-0">^</a></span>
            <span class="reference-text">"Title". <i>Site</i>. <a class="external text" href="https://example.org/a?x=1&amp;y=2">Archived</a> from the original.</span></li></ol>
            <aside id="n2" role="doc-footnote"><sup>2</sup> A comment without sources.</aside>
            </body></html>
            """
        let doc = try HTMLArticleReader().read(bytes: Array(html.utf8), path: "w.html")
        #expect(doc.notes.map(\.label) == ["1", "2"])
        #expect(doc.notes[0].text == #""Title". Site. Archived from the original."#)
        #expect(doc.notes[0].links == ["https://example.org/a?x=1&y=2"])
        #expect(doc.notes[0].context == "Claim one.")
        #expect(doc.notes[1].text == "2 A comment without sources.")
        #expect(doc.notes[1].context == "Claim two.")
    }

    @Test func aPageWithoutACharsetIsReadAsUTF8() throws {
        let html = ##"<html><body><p>正文。<a href="#n1">1</a></p><section class="footnotes"><ol><li id="n1">《全球人工智能治理倡议》，中央网信办网站，2023年10月18日。</li></ol></section></body></html>"##
        let doc = try HTMLArticleReader().read(bytes: Array(html.utf8), path: "u.html")
        #expect(doc.notes.first?.text == "《全球人工智能治理倡议》，中央网信办网站，2023年10月18日。")
        #expect(doc.notes.first?.context == "正文。")
    }

    @Test func aDeclaredLegacyCharsetIsHonoured() throws {
        let head = Array(#"<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><ol class="references"><li>"#.utf8)
        let gbk: [UInt8] = [0xA1, 0xB6, 0xD6, 0xD0, 0xCE, 0xC4, 0xA1, 0xB7]  // 《中文》
        let doc = try HTMLArticleReader().read(bytes: head + gbk + Array("</li></ol></body></html>".utf8), path: "g.html")
        #expect(doc.notes.first?.text == "《中文》")
    }

    @Test func aScienceDirectDefinitionListWithoutItsSearchLinks() throws {
        let path = FormatFixtures.path("sciencedirect-article.html")
        let doc = try HTMLArticleReader().read(bytes: DocumentReader.bytes(path: path), path: path)
        #expect(doc.notes.map(\.label) == ["Lyons, 2019", "National Archives, 2023"])
        #expect(doc.notes[0].links == ["https://doi.org/10.5555/JD-09-2018-0150"])
        #expect(!doc.notes[0].text.contains("Scopus") && !doc.notes[0].text.contains("Google Scholar"))
        #expect(doc.notes[0].text.hasPrefix("S. Lyons"))
        #expect(doc.notes[1].links == ["https://webarchive.example.gov.uk/collection-policy"])
        #expect(doc.notes[1].context?.contains("national archives crawl only a part of them") == true)
    }

    @Test func citationReferenceTagsWinAndKeepTheMatchingListsWords() throws {
        let html = """
            <html><head><meta name="citation_reference" content="citation_title=Tagged title; citation_author=Smith, Jane; citation_journal_title=Journal; citation_publication_date=2019; citation_doi=10.5555/tagged.1">
            <meta name="citation_reference" content="citation_title=Second work; citation_publisher=UN; citation_url=https://www.un.org/report; citation_year=2024"></head>
            <body><p>Text<a href="#r1">1</a>.</p><ol class="references"><li id="r1">Smith J. Tagged title. Journal 2019. <a href="https://scholar.google.com/scholar?q=x">Google Scholar</a></li>
            <li id="r2">UN. Second work. 2024.</li></ol></body></html>
            """
        let doc = try HTMLArticleReader().read(bytes: Array(html.utf8), path: "t.html")
        #expect(doc.notes.count == 2)
        #expect(doc.notes[0].text == "Smith J. Tagged title. Journal 2019.")
        #expect(doc.notes[0].context == "Text.")
        #expect(doc.notes[0].tagged?.doi == "10.5555/tagged.1" && doc.notes[0].tagged?.authors == ["Jane Smith"])
        #expect(doc.notes[1].tagged?.urls == ["https://www.un.org/report"])
        // Tags that do not match the list in number stand alone, written out as a note would cite them.
        let lone = try HTMLArticleReader().read(bytes: Array(html.replacingOccurrences(of: "<li id=\"r2\">UN. Second work. 2024.</li>", with: "").utf8), path: "t.html")
        #expect(lone.notes.map(\.text) == ["Jane Smith. Tagged title. Journal (2019). doi:10.5555/tagged.1.",
                                            "Second work. UN (2024). https://www.un.org/report."])
        #expect(lone.notes[1].links == ["https://www.un.org/report"])
    }

    @Test func aWileyReferenceListWithoutItsLookupLinks() throws {
        let html = """
            <html><body><article><section class="article-section article-section__content"><p>The web decays
            (<a href="#jasi-bib-0001" class="bibLink">Bar-Ilan &amp; Peritz, 2004</a>).</p></section>
            <section class="article-section article-section__references" id="references-section"><h2>References</h2>
            <div class="article-section__content"><ul class="rlist separator">
            <li data-bib-id="jasi-bib-0001" id="jasi-bib-0001"><span class="author">Bar-Ilan, J.</span>, &amp; <span class="author">Peritz, B. C.</span> (<span class="pubYear">2004</span>). <span class="articleTitle">Evolution, continuity, and disappearance of documents on a specific topic on the Web</span>. <i>Journal of the American Society for Information Science and Technology</i>, <span class="vol">55</span>(<span class="citedIssue">11</span>), <span class="pageFirst">980</span>–<span class="pageLast">990</span>.
            <div class="extra-links getFTR"><a href="/doi/10.1002/asi.20049" class="visitable">Wiley Online Library</a><a href="/servlet/linkout?suffix=e_1_2_7_2_1&amp;dbid=128" class="visitable">Web of Science®</a><a href="https://scholar.google.com/scholar_lookup?title=Evolution&amp;publication_year=2004" target="_blank">Google Scholar</a></div></li>
            </ul></div></section></article></body></html>
            """
        let doc = try HTMLArticleReader().read(bytes: Array(html.utf8), path: "w.html")
        #expect(doc.notes.count == 1)
        #expect(doc.notes[0].text == "Bar-Ilan, J., & Peritz, B. C. (2004). Evolution, continuity, and disappearance of documents on a specific topic on the Web. Journal of the American Society for Information Science and Technology, 55(11), 980–990.")
        #expect(doc.notes[0].links.isEmpty)
        #expect(doc.notes[0].context?.contains("The web decays") == true)
    }

    @Test func aPubMedCentralListWithItsPrintedLabelsAndBracketedLinks() throws {
        let html = """
            <html><body><section id="ref-list1" class="ref-list"><h2>References</h2><section><ul class="ref-list font-sm" style="list-style-type:none">
            <li id="R1"><span class="label">1.</span><cite>Klein M, Van de Sompel H, Sanderson R, et al. Scholarly context not found. PLoS One. 2014;9(12):e115253.</cite> [<a href="https://doi.org/10.1371/journal.pone.0115253" class="usa-link usa-link--pop">DOI</a>] [<a href="https://pmc.ncbi.nlm.nih.gov/articles/PMC4277257/" class="usa-link">PMC free article</a>] [<a href="https://pubmed.ncbi.nlm.nih.gov/25541969/" class="usa-link">PubMed</a>] [<a href="https://scholar.google.com/scholar_lookup?title=Scholarly%20context" class="usa-link">Google Scholar</a>]</li>
            <li id="R2"><span class="label">2.</span><cite>Internet Archive. Wayback Machine. https://web.archive.org/</cite></li>
            </ul></section></section></body></html>
            """
        let doc = try HTMLArticleReader().read(bytes: Array(html.utf8), path: "pmc.html")
        #expect(doc.notes.map(\.label) == ["1", "2"])
        #expect(doc.notes[0].text == "Klein M, Van de Sompel H, Sanderson R, et al. Scholarly context not found. PLoS One. 2014;9(12):e115253.")
        #expect(doc.notes[0].links == ["https://doi.org/10.1371/journal.pone.0115253"])
        #expect(doc.notes[1].text == "Internet Archive. Wayback Machine. https://web.archive.org/")
    }

    @Test func eachNoteCarriesItsElementsLine() throws {
        let html = "<html>\n<body>\n<p>Claim.<a href=\"#fn1\">1</a></p>\n<section class=\"footnotes\">\n<ol>\n<li id=\"fn1\">First, https://example.org/a</li>\n\n<li id=\"fn2\">Second, https://example.org/b</li>\n</ol></section></body></html>"
        let doc = try HTMLArticleReader().read(bytes: Array(html.utf8), path: "p.html")
        #expect(doc.notes.map { $0.source?.line } == [6, 8])
        #expect(doc.notes.allSatisfy { $0.source?.file == "p.html" && $0.source?.column == nil })
    }

    @Test func aPageWithoutANoteSectionLeavesItsTextToTheSegmenter() throws {
        let html = "<html><body><p>Body.</p><p>[1] Smith, “Title”, 2020.</p></body></html>"
        let doc = try HTMLArticleReader().read(bytes: Array(html.utf8), path: "p.html")
        #expect(doc.notes.isEmpty)
        #expect(doc.bodyText == "Body.\n[1] Smith, “Title”, 2020.")
    }
}
