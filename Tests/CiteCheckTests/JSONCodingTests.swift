import CiteCheck
import Foundation
import Testing

@Suite struct JSONCodingTests {
    @Test func aSavedAuditReadsBackToTheSameJSON() throws {
        let path = Fixtures.path("reports/hostile-audit.json")
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        let audit = try JSONCoding.decodeAudit(original, file: path)
        let again = try JSONCoding.encode(audit)
        let a = try JSONSerialization.jsonObject(with: original) as? NSDictionary
        let b = try JSONSerialization.jsonObject(with: again) as? NSDictionary
        #expect(a != nil && a == b)
        #expect(audit.run.startedAt == "2026-11-30T06:00:00Z")
        #expect(audit.links.first { $0.status == .redirected }?.verdict.suggestion == "http://www.un.org/new-place")
    }

    @Test func theSeedAuditRoundTrips() throws {
        let audit = try ReportFixtures.seedAudit()
        let data = try JSONCoding.encode(audit)
        let back = try JSONCoding.decodeAudit(data, file: "seed.json")
        #expect(try JSONCoding.encode(back) == data)
        #expect(back.references == audit.references && back.notes == audit.notes && back.findings == audit.findings)
    }

    @Test func whatIsNotAnAuditNamesTheFileAndTheProblem() {
        for (text, problem) in [("{", "not valid JSON"), ("{\"schemaVersion\": 1}", "is missing"), ("[1,2]", "wrong type")] {
            do {
                _ = try JSONCoding.decodeAudit(Data(text.utf8), file: "x/audit.json")
                Issue.record("\(text) decoded")
            } catch let error as CiteCheckError {
                #expect(error.kind == .input)
                #expect(error.description.hasPrefix("x/audit.json: not a citecheck audit"))
                #expect(error.description.contains(problem), "\(error.description)")
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
    }
}
