import Foundation
import Testing
@testable import CiteCheck

@Suite struct JATSReaderTests {
    private func article() throws -> SourceDocument {
        let path = FormatFixtures.path("article.jats.xml")
        return try JATSReader().read(bytes: DocumentReader.bytes(path: path), path: path)
    }

    @Test func readsTheArticlesOwnMetadata() throws {
        let m = try article().metadata
        #expect(m.title == "The United Nations as the Main Channel of Global AI Governance")
        #expect(m.doi == "10.19780/j.cnki.ytaq.2026.3.7")
        #expect(m.authors == ["Ming Li", "Fang Wang"])
        #expect(m.received?.description == "2025-05-15")
        #expect(m.published?.description == "2026-03-02")
    }

    @Test func footnotesAndReferencesInDocumentOrderAuthorNotesLeftOut() throws {
        let notes = try article().notes
        #expect(notes.map(\.label) == ["*", "1", "2", "3"])
        #expect(notes[0].text == "By “main channel” we mean a coordinating role, see the Advisory Body’s page.")
        #expect(notes[0].links == ["https://www.un.org/en/ai-advisory-body"])
        #expect(notes[0].tagged == nil)
        #expect(!notes.contains { $0.text.contains("conflict of interest") })
    }

    @Test func eachNoteCarriesTheLineOfItsElement() throws {
        // <fn> on line 34; the citations of <ref> r1, r2 and r3 on lines 40, 44 and 58.
        let notes = try article().notes
        #expect(notes.map { $0.source?.line } == [34, 40, 44, 58])
        let path = FormatFixtures.path("article.jats.xml")
        let refs = try SourceDocumentParser().parse(path: path).references
        #expect(refs.allSatisfy { $0.source?.file == path && $0.source?.line != nil })
    }

    @Test func mixedCitationKeepsItsTextAndTaggedFields() throws {
        let r1 = try article().notes[1]
        #expect(r1.text == "《加强人工智能能力建设方面的国际合作》（A/RES/78/311），联合国网站，2024年7月1日，<https://documents.un.org/doc/undoc/gen/n24/197/25/pdf/n2419725.pdf> [2025-03-20]。")
        let t = try #require(r1.tagged)
        #expect(t.title == "加强人工智能能力建设方面的国际合作")
        #expect(t.container == "联合国网站")
        #expect(t.date?.description == "2024-07-01")
        #expect(t.accessed?.description == "2025-03-20")
        #expect(t.urls == ["https://documents.un.org/doc/undoc/gen/n24/197/25/pdf/n2419725.pdf"])
        #expect(t.doi == nil)
    }

    @Test func elementCitationIsComposedFromItsParts() throws {
        let r2 = try article().notes[2]
        let t = try #require(r2.tagged)
        #expect(t.authors == ["Cameron F. Kerry"])
        #expect(t.title == "Should the UN Govern Global AI?")
        #expect(t.container == "The Brookings Institution")
        #expect(t.date?.description == "2024-02-26")
        #expect(t.accessed?.description == "2025-04-14")
        #expect(t.urls == ["https://www.brookings.edu/articles/should-the-un-govern-global-ai/"])
        #expect(r2.text == "Cameron F. Kerry. Should the UN Govern Global AI?. The Brookings Institution. 2024-02-26. https://www.brookings.edu/articles/should-the-un-govern-global-ai/. accessed 2025-04-14")
    }

    @Test func journalArticleWithDOIAndPages() throws {
        let t = try #require(try article().notes[3].tagged)
        #expect(t.authors == ["Lewin Schmitt"])
        #expect(t.title == "Mapping Global AI Governance: A Nascent Regime in a Fragmented Landscape")
        #expect(t.container == "AI and Ethics")
        #expect(t.volume == "2")
        #expect(t.pages == "303-314")
        #expect(t.date?.description == "2022")
        #expect(t.doi == "10.1007/s43681-021-00083-y")
        #expect(t.urls.isEmpty)
    }

    @Test func eachReferenceKeepsTheSentenceOfItsXref() throws {
        let notes = try article().notes
        #expect(notes[0].context == "The main channel is not a monopoly.")
        #expect(notes[1].context == "In July 2024 the General Assembly adopted its first resolution on capacity-building in AI.")
        #expect(notes[2].context == "Some observers asked whether the UN should govern AI at all and proposed alternatives.")
        #expect(notes[3].context == "The regime is fragmented.")
    }

    @Test func authorYearCitationsStayInTheSentence() throws {
        let xml = """
            <article><body><p>Earlier work. Governance is fragmented (<xref ref-type="bibr" rid="s">Schmitt 2022</xref>), some say.</p></body>
            <back><ref-list><ref id="s"><mixed-citation>Schmitt, AI and Ethics, 2022.</mixed-citation></ref></ref-list></back></article>
            """
        let doc = try JATSReader().read(bytes: Array(xml.utf8), path: "a.xml")
        #expect(doc.notes.first?.context == "Governance is fragmented (Schmitt 2022), some say.")
    }

    @Test func notAJATSArticle() throws {
        let xml = Array("<?xml version=\"1.0\"?><rss><channel/></rss>".utf8)
        #expect(throws: CiteCheckError(.input, file: "feed.xml", "XML but not a JATS article (root element <rss>)")) {
            try JATSReader().read(bytes: xml, path: "feed.xml")
        }
    }

    @Test func externalEntityInAnArticleIsNotRead() throws {
        let dir = try FormatFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let secret = dir.appendingPathComponent("passwd")
        try Data("root:x:SECRET-JATS-5521".utf8).write(to: secret)
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE article [<!ENTITY xxe SYSTEM "file://\(secret.path)">]>
            <article><back><ref-list><ref id="r1"><mixed-citation>Leak: &xxe;.</mixed-citation></ref></ref-list></back></article>
            """
        let doc = try JATSReader().read(bytes: Array(xml.utf8), path: "evil.xml")
        #expect(doc.notes.map(\.text) == ["Leak: ."])
    }
}
