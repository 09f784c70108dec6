import Testing
@testable import CiteCheck

@Suite struct PaperMetadataExtractorTests {
    @Test func cnkiFirstPublicationHeader() {
        let meta = PaperMetadataExtractor().extract(from: """
        题目： 以联合国为“主渠道”的全球人工智能治理进程
        作者： 江天骄，姜珺吉
        DOI： 10.19780/j.cnki.ytaq.2026.3.7
        收稿日期： 2025-09-08
        网络首发日期： 2026-05-14
        """)
        #expect(meta.title == "以联合国为“主渠道”的全球人工智能治理进程")
        #expect(meta.authors == ["江天骄", "姜珺吉"])
        #expect(meta.doi == "10.19780/j.cnki.ytaq.2026.3.7")
        #expect(meta.received?.description == "2025-09-08")
        #expect(meta.published?.description == "2026-05-14")
    }

    @Test func englishHeader() {
        let meta = PaperMetadataExtractor().extract(from: """
        # Reference Rot in Legal Scholarship

        Received: 3 March 2024; Published online: June 2024
        **DOI:** 10.1000/example.2024.7.
        """)
        #expect(meta.title == "Reference Rot in Legal Scholarship")
        #expect(meta.received?.description == "2024-03-03")
        #expect(meta.doi == "10.1000/example.2024.7")
    }

    @Test func absentFieldsStayAbsent() {
        let meta = PaperMetadataExtractor().extract(from: "Just some text.\n\n① A note, 2020.")
        #expect(meta.title == nil && meta.doi == nil && meta.received == nil && meta.published == nil)
        #expect(meta.authors.isEmpty)
    }
}
