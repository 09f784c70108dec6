import Foundation
import Testing
@testable import CiteCheck

extension Fixtures {
    /// Fixture copies of pages the seed paper cites, each with the URL it is cited by.
    static let seedPages: [(file: String, url: String)] = [
        ("mfa-gbk.html", "https://www.mfa.gov.cn/web/wjzbzhd/202409/t20240927_11498463.shtml"),
        ("gov-cn-firstpublished.html", "https://www.gov.cn/yaowen/liebiao/202412/content_6990969.htm"),
        ("opengraph-microsoft.html", "https://blogs.microsoft.com/on-the-issues/2024/09/20/microsoft-at-the-79th-session-of-united-nations-general-assembly/"),
        ("highwire-rand.html", "https://www.rand.org/pubs/external_publications/EP70620.html"),
        ("brookings-timezone.html", "https://www.brookings.edu/articles/the-good-the-not-so-good-and-the-ugly-of-the-uns-blueprint-for-ai/"),
        ("conflicting-dates.html", "https://www.brookings.edu/articles/should-the-un-govern-global-ai/"),
        ("yoast-graph.html", "https://thefuturesociety.org/tfs-feedback-reflected-in-historic-un-general-assembly-resolution-on-ai/"),
        ("malformed-jsonld.html", "https://www.hinrichfoundation.com/research/article/tech/developing-global-ai-governance-for-foundational-ai/"),
        ("month-only-au.html", "https://au.int/sites/default/files/documents/44005-doc-AU_Digital_Compact_V4.pdf"),
    ]

    /// The publication date (as reported) the extractor reads from a page under Fixtures/Evidence/regions.
    static func regionPagePublished(_ name: String, url: String) throws -> String? {
        let evidence = PageEvidenceExtractor.extract(body: try evidence("regions/\(name)"), contentType: "text/html", headers: [], url: url)
        return try #require(evidence).published?.date.description
    }

    /// The bytes of a page or PDF under Fixtures/Evidence.
    static func evidence(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: path("Evidence/\(name)"))))
    }
}
