import Foundation
import Testing
@testable import CiteCheck

@Test func contractFieldsAreNullWhenAbsent() throws {
    let json = String(decoding: try JSONCoding.encode(PageEvidence()), as: UTF8.self)
    for key in ["title", "published", "modified", "dateSource", "doi", "language", "canonical", "titleSource", "modifiedSource", "notFound"] {
        #expect(json.contains("\"\(key)\" : null"), "\(key)")
    }
    #expect(json.contains("\"dates\" : ["))
    #expect(!json.contains("fingerprint"))
}

@Test func publishedIsTheISOTextAndDateSourceItsOrigin() throws {
    let published = PageDate(date: PartialDate(iso: "2024-08-28")!, minuteOfDay: 22 * 60, offsetMinutes: -240, source: .articlePublishedTime)
    let evidence = PageEvidence(title: "T", titleSource: "og:title", published: published, dates: [published],
                                fingerprint: PageFingerprint(title: "T", text: "x"))
    let data = try JSONCoding.encode(evidence)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(object["published"] as? String == "2024-08-28T22:00-04:00")
    #expect(object["dateSource"] as? String == "article:published_time")
    let back = try JSONDecoder().decode(PageEvidence.self, from: data)
    #expect(back.published == published)
    #expect(back.title == "T")
    #expect(back.fingerprint == nil)
}
