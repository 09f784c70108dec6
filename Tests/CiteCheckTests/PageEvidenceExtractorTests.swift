import Foundation
import Testing
@testable import CiteCheck

private func page(_ name: String, url: String, contentType: String? = "text/html",
                  headers: [(name: String, value: String)] = []) throws -> PageEvidence {
    let evidence = PageEvidenceExtractor.extract(
        body: try Fixtures.evidence(name), contentType: contentType, headers: headers, url: url)
    return try #require(evidence)
}

@Test func gbkPageLabelledGB2312DecodesAndGivesPubDate() throws {
    let e = try page("mfa-gbk.html", url: "https://www.mfa.gov.cn/web/wjzbzhd/202409/t20240927_11498463.shtml")
    #expect(e.title == "人工智能能力建设普惠计划_中华人民共和国外交部")
    #expect(e.titleSource == "<title>")
    #expect(e.published?.description == "2024-09-27T09:15")
    #expect(e.published?.source == .pubDate)
    // 喆 is in GBK but not in GB2312: it survives only when the label is widened.
    #expect(e.fingerprint.map { PageFingerprint(title: nil, text: "王喆同志参加了会议").similarity(to: $0) > 0 } == true)
    #expect(e.dates.contains { $0.source == .urlPath && $0.date.description == "2024-09-27" })
}

@Test func headerCharsetWinsForBig5PageWithoutMeta() throws {
    let e = try page("cna-big5-header-only.html", url: "https://www.cna.com.tw/news/aopl/202403220001.aspx",
                     contentType: "text/html; charset=big5")
    #expect(e.title == "聯合國大會通過人工智慧決議 - 中央社")
    #expect(e.published?.description == "2024-03-22T08:30+08:00")
    #expect(e.language == "zh-Hant")
}

@Test func shiftJISMetaCharsetDecodes() throws {
    let e = try page("mofa-shift-jis.html", url: "https://www.mofa.go.jp/mofaj/press/release/pressit_000001.html")
    #expect(e.title?.hasPrefix("国連総会、ＡＩに関する決議を採択") == true)
    #expect(e.published?.source == .citationPublicationDate)
    #expect(e.published?.description == "2024-03-21")
}

@Test func byteOrderMarkMeansUTF8() throws {
    let e = try page("bom-utf8-no-meta.html", url: "https://example.org/gdc", contentType: nil)
    #expect(e.title == "全球数字契约")
}

@Test func yoastGraphGivesArticleHeadlineAndDates() throws {
    let e = try page("yoast-graph.html", url: "https://thefuturesociety.org/tfs-feedback-reflected-in-historic-un-general-assembly-resolution-on-ai/")
    #expect(e.title == "TFS Feedback Reflected in Historic UN General Assembly Resolution on AI")
    #expect(e.titleSource == "JSON-LD headline")
    #expect(e.published?.source == .jsonLDDatePublished)
    #expect(e.published?.description == "2024-03-27T14:05Z")
    #expect(e.modified?.description == "2024-04-02T09:11Z")
    #expect(e.canonical == "https://thefuturesociety.org/tfs-feedback-reflected-in-historic-un-general-assembly-resolution-on-ai/")
    #expect(e.language == "en-US")
}

@Test func highwireTagsGiveTitleDateAndDOI() throws {
    let e = try page("highwire-rand.html", url: "https://www.rand.org/pubs/external_publications/EP70620.html")
    #expect(e.title == "The Future of International Scientific Assessments of AI's Risks")
    #expect(e.titleSource == "citation_title")
    #expect(e.published?.source == .citationPublicationDate)
    #expect(e.published?.description == "2024-09-11")
    #expect(e.doi == "10.7249/EP70620")
    #expect(e.canonical == "https://www.rand.org/pubs/external_publications/EP70620.html")
}

@Test func openGraphArticleTimes() throws {
    let e = try page("opengraph-microsoft.html", url: "https://blogs.microsoft.com/on-the-issues/2024/09/20/microsoft-at-the-79th-session-of-united-nations-general-assembly/")
    #expect(e.titleSource == "og:title")
    #expect(e.published?.source == .articlePublishedTime)
    #expect(e.published?.offsetMinutes == 0)
    #expect(e.modified?.source == .articleModifiedTime)
    #expect(e.dates.contains { $0.source == .urlPath && $0.date.description == "2024-09-20" })
}

@Test func conflictingDatesTakeStrongestAndKeepTheRest() throws {
    let e = try page("conflicting-dates.html", url: "https://www.brookings.edu/articles/should-the-un-govern-global-ai/")
    #expect(e.published?.source == .citationPublicationDate)
    #expect(e.published?.description == "2024-02-26")
    let sources = e.dates.map(\.source)
    #expect(sources.starts(with: [.citationPublicationDate, .articlePublishedTime, .jsonLDDatePublished, .dcDate, .timeElement]))
    // The <time> inside the article wins over the comment's.
    #expect(e.dates.first { $0.source == .timeElement }?.description == "2024-02-26")
    #expect(e.modified?.source == .jsonLDDateModified)
}

@Test func malformedJSONLDIsSkippedAndRepairableOneIsRead() throws {
    let e = try page("malformed-jsonld.html", url: "https://www.hinrichfoundation.com/research/article/tech/developing-global-ai-governance-for-foundational-ai/")
    #expect(e.titleSource == "JSON-LD headline")
    #expect(e.title == "Developing global AI governance for foundational AI")
    #expect(e.published?.description == "2024-05-21")
}

@Test func pageWithoutTitleOrDates() throws {
    let e = try page("no-title.html", url: "https://openai.com/index/announcing-the-stargate-project/")
    #expect(e.title == nil)
    #expect(e.published == nil)
    #expect(e.notFound == nil)
}

@Test func chineseGovernmentMetaNames() throws {
    let e = try page("gov-cn-firstpublished.html", url: "https://www.gov.cn/yaowen/liebiao/202412/content_6990969.htm")
    #expect(e.published?.source == .publishDate)
    #expect(e.published?.description == "2024-12-04")
    #expect(e.dates.contains { $0.source == .firstPublishedTime && $0.description == "2024-12-04T19:02" })
    #expect(e.modified?.description == "2024-12-04T19:05")
}

@Test func softNotFoundPagesSaySo() throws {
    let en = try page("soft404-en.html", url: "https://www.brookings.edu/articles/gone/")
    #expect(en.notFound?.contains("Page not found") == true)
    let zh = try page("soft404-zh.html", url: "https://www.mfa.gov.cn/web/gone.shtml")
    #expect(zh.notFound?.contains("页面不存在") == true)
    #expect(zh.notFound?.contains("h1") == true)
}

@Test func lastModifiedIsOnlyAModificationDate() throws {
    let e = try page("month-only-au.html", url: "https://au.int/en/documents/20240717/african-digital-compact",
                     headers: [(name: "last-modified", value: "Wed, 21 Oct 2025 07:28:00 GMT")])
    #expect(e.published?.description == "2024-07")
    #expect(e.published?.source == .citationPublicationDate)
    #expect(e.modified?.source == .lastModified)
    #expect(e.modified?.description == "2025-10-21T07:28Z")
}

@Test func nonHTMLBodiesGiveNoEvidence() {
    #expect(PageEvidenceExtractor.extract(body: [0x89, 0x50, 0x4E, 0x47], contentType: "image/png", headers: [], url: "https://x.org/a.png") == nil)
    #expect(PageEvidenceExtractor.extract(body: [], contentType: "text/html", headers: [], url: "https://x.org/") == nil)
}

@Test func pdfBodyIsReadByItsDictionaries() throws {
    let e = try page("info-dates.pdf", url: "https://asean.org/wp-content/uploads/2024/02/ASEAN-Guide.pdf", contentType: "application/pdf")
    #expect(e.title == "ASEAN Guide on AI Governance and Ethics (v2)")
    #expect(e.published?.source == .pdfCreationDate)
    #expect(e.language == "en-US")
}

@Test func evidenceEncodesContractFieldsWithNulls() throws {
    let e = try page("no-title.html", url: "https://openai.com/index/announcing-the-stargate-project/")
    let json = try #require(String(data: try JSONCoding.encode(e), encoding: .utf8))
    for key in ["title", "published", "modified", "dateSource", "doi", "language", "canonical"] {
        #expect(json.contains("\"\(key)\" : null"), "missing null \(key)")
    }
    let rand = try page("highwire-rand.html", url: "https://www.rand.org/pubs/external_publications/EP70620.html")
    let decoded = try JSONDecoder().decode(PageEvidence.self, from: try JSONCoding.encode(rand))
    #expect(decoded.published == rand.published)
    #expect(decoded.dates == rand.dates)
    #expect(decoded.title == rand.title)
}

@Test func gbkPageWithNoCharsetAnywhereIsGuessed() throws {
    let e = try page("gbk-undeclared.html", url: "https://www.mfa.gov.cn/web/x.shtml", contentType: "text/html")
    #expect(e.title == "人工智能能力建设普惠计划_中华人民共和国外交部")
}

@Test func truncatedAndScrambledBodiesNeverCrash() throws {
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> UInt64 {
        seed = seed &* 6364136223846793005 &+ 1442695040888963407
        return seed >> 33
    }
    for name in ["yoast-graph.html", "mfa-gbk.html", "info-dates.pdf", "xmp-only.pdf", "info-utf16-title.pdf"] {
        let whole = try Fixtures.evidence(name)
        for cut in stride(from: 1, to: whole.count, by: max(1, whole.count / 40)) {
            _ = PageEvidenceExtractor.extract(body: Array(whole.prefix(cut)), contentType: nil, headers: [], url: "https://example.org/")
            _ = PageEvidenceExtractor.extract(body: Array(whole.suffix(cut)), contentType: nil, headers: [], url: "https://example.org/")
            var scrambled = whole
            for _ in 0..<8 { scrambled[Int(next() % UInt64(scrambled.count))] = UInt8(truncatingIfNeeded: next()) }
            _ = PageEvidenceExtractor.extract(body: scrambled, contentType: nil, headers: [], url: "https://example.org/")
        }
        // Recovery: three quarters of a page (past its head) still yield the title.
        if name.hasSuffix(".html") {
            let half = PageEvidenceExtractor.extract(body: Array(whole.prefix(whole.count * 3 / 4)), contentType: "text/html", headers: [], url: "https://example.org/")
            #expect(half?.title != nil, "\(name)")
        }
    }
}
