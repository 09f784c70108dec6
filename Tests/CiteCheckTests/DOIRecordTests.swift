import Foundation
import Testing
@testable import CiteCheck

@Suite struct DOIRecordTests {
    @Test func absentValuesAreNullAndNamesAreTheContract() throws {
        let record = DOIRecord(doi: "10.123/abc", references: ["r2"], status: .invalid)
        let json = String(decoding: try JSONCoding.encode(record), as: UTF8.self)
        #expect(json == """
        {
          "agency" : null,
          "doi" : "10.123/abc",
          "metadata" : null,
          "references" : [
            "r2"
          ],
          "resolvesTo" : null,
          "status" : "invalid"
        }
        """)
    }

    @Test func metadataMembers() throws {
        let record = DOIRecord(doi: "10.5555/x", references: [], status: .notFound)
        #expect(String(decoding: try JSONCoding.encode(record), as: UTF8.self).contains(#""status" : "not-found""#))
        let m = DOIMetadata(title: "T", year: nil, container: nil, authors: ["A B"])
        let object = try JSONSerialization.jsonObject(with: try JSONCoding.encode(m)) as? [String: Any]
        #expect(Set(object?.keys.map { $0 } ?? []) == ["title", "year", "container", "authors"])
        #expect(object?["year"] is NSNull && object?["container"] is NSNull)
    }
}
