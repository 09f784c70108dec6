import Testing
@testable import CiteCheck

@Suite struct CitationReferenceTagTests {
    @Test func springerTagsGiveTheWorksFields() throws {
        let tag = CitationReferenceTag("citation_journal_title=Nature; citation_title=Quantum supremacy using a programmable superconducting processor; citation_author=F Arute; citation_author=K Arya; citation_volume=574; citation_publication_date=2019; citation_pages=505-510; citation_doi=10.1038/s41586-019-1666-5; citation_id=CR1")
        let fields = try #require(tag.fields)
        #expect(fields.title == "Quantum supremacy using a programmable superconducting processor")
        #expect(fields.container == "Nature")
        #expect(fields.authors == ["F Arute", "K Arya"])
        #expect(fields.volume == "574" && fields.pages == "505-510")
        #expect(fields.date == PartialDate(year: 2019))
        #expect(fields.doi == "10.1038/s41586-019-1666-5")
    }

    @Test func distillsUnspacedFormWithATrailingSemicolon() throws {
        let tag = CitationReferenceTag("citation_title=Understanding Convolutions on Graphs;citation_author=Ameya Daigavane;citation_author=Balaraman Ravindran;citation_publication_date=2021;citation_journal_title=Distill;")
        let fields = try #require(tag.fields)
        #expect(fields.title == "Understanding Convolutions on Graphs")
        #expect(fields.container == "Distill")
        #expect(fields.authors == ["Ameya Daigavane", "Balaraman Ravindran"])
    }

    @Test func aSemicolonInsideATitleDoesNotEndIt() throws {
        let tag = CitationReferenceTag("citation_title=Reference rot; or, the decay of the web; citation_author=Klein, Martin; citation_firstpage=11; citation_lastpage=28; citation_date=2014/12/26")
        let fields = try #require(tag.fields)
        #expect(fields.title == "Reference rot; or, the decay of the web")
        #expect(fields.authors == ["Martin Klein"])
        #expect(fields.pages == "11–28")
        #expect(fields.date == PartialDate(year: 2014, month: 12, day: 26))
    }

    @Test func aBookChapterAndAReport() throws {
        let chapter = try #require(CitationReferenceTag("citation_title=Link rot; citation_inbook_title=The Web Archive Handbook; citation_publisher=Facet; citation_year=2020").fields)
        #expect(chapter.title == "Link rot" && chapter.container == "The Web Archive Handbook")
        let report = try #require(CitationReferenceTag("citation_title=Governing AI for Humanity; citation_publisher=United Nations; citation_url=https://www.un.org/ai-advisory-body; citation_publication_date=2024").fields)
        #expect(report.container == "United Nations" && report.urls == ["https://www.un.org/ai-advisory-body"])
        #expect(CitationReferenceTag.text(of: report) == "Governing AI for Humanity. United Nations (2024). https://www.un.org/ai-advisory-body.")
    }

    @Test func aTagNamingNoWorkIsNone() {
        #expect(CitationReferenceTag("citation_author=Nobody; citation_year=2020").fields == nil)
        #expect(CitationReferenceTag("free text with no keys").fields == nil)
    }
}
