import CiteCheck
import Foundation
import Testing

@Suite struct JUnitReportTests {
    /// Python's expat-based parser rejects anything that is not well-formed XML; the script then
    /// checks the JUnit structure CI reporters read and prints the counts.
    static let checker = #"""
import sys, xml.etree.ElementTree as ET
root = ET.fromstring(sys.stdin.buffer.read())
assert root.tag == "testsuites", root.tag
suites = root.findall("testsuite")
assert len(suites) == 1
suite = suites[0]
cases = suite.findall("testcase")
assert int(suite.get("tests")) == len(cases)
assert all(len(c.findall("failure")) <= 1 for c in cases), "one failure per testcase"
failures = sum(len(c.findall("failure")) for c in cases)
assert int(suite.get("failures")) == failures
assert int(suite.get("skipped")) == sum(len(c.findall("skipped")) for c in cases)
for c in cases:
    assert c.get("name") and c.get("classname") and float(c.get("time")) >= 0
    for f in c.findall("failure"):
        assert f.get("type") and f.get("message") and f.text
print(len(cases), failures, sum(1 for c in cases if c.find("system-out") is not None))
"""#

    @Test func oneTestcasePerReferenceAndOneFailurePerFailingReference() throws {
        let audit = try ReportFixtures.hostileAudit()
        let xml = JUnitReport.render(audit)
        let result = try ReportFixtures.python(Self.checker, input: xml)
        #expect(result.status == 0, "\(result.output)")
        let errors = Set(audit.findings.filter { $0.severity == .error }.compactMap(\.reference)).count
        let withOthers = Set(audit.findings.filter { $0.severity != .error }.compactMap(\.reference)).count
        #expect(result.output.trimmingCharacters(in: .whitespacesAndNewlines) == "\(audit.references.count) \(errors) \(withOthers)")
        #expect(xml.contains("type=\"date-mismatch\""))
        #expect(xml.contains("<testcase classname=\"citecheck.hostile-paper\" name=\"r6 note 6 ⑥: 数字合作路线图"))
        #expect(xml.contains("Correct the date to: 2020-07-01"))
    }

    @Test func aReferenceWithSeveralErrorsHasThemAllInItsOneFailure() throws {
        var audit = try ReportFixtures.hostileAudit()
        let reference = try #require(audit.references.first { r in !audit.findings.contains { $0.reference == r.id } })
        audit.findings.append(Finding(kind: .deadLink, severity: .error, reference: reference.id, url: "https://a.example/x",
                                      message: "https://a.example/x answered 404 Not Found", suggestion: nil))
        audit.findings.append(Finding(kind: .accessDate, severity: .error, reference: reference.id, url: nil,
                                      message: "accessed before it was published", suggestion: "2024-05-01"))
        let xml = JUnitReport.render(audit)
        let result = try ReportFixtures.python(Self.checker, input: xml)
        #expect(result.status == 0, "\(result.output)")
        let testcase = try #require(xml.components(separatedBy: "<testcase ").first { $0.contains("name=\"\(reference.id) ") })
        #expect(testcase.components(separatedBy: "<failure ").count == 2)
        #expect(testcase.contains("type=\"dead-link access-date\""))
        #expect(testcase.contains("message=\"2 problems: https://a.example/x answered 404 Not Found; accessed before it was published"))
        #expect(testcase.contains("2024-05-01"))
    }

    @Test func controlCharactersAndMarkupStayWellFormed() throws {
        var audit = try ReportFixtures.hostileAudit()
        audit.findings.append(Finding(kind: .deadLink, severity: .error, reference: "r1", url: "http://x/\u{1}",
                                      message: "bell \u{7} and ]]> and <![CDATA[ and \u{FFFF}", suggestion: nil))
        let xml = JUnitReport.render(audit)
        let result = try ReportFixtures.python(Self.checker, input: xml)
        #expect(result.status == 0, "\(result.output)")
        #expect(!xml.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test func unverifiedReferencesAreSkippedNotPassed() throws {
        let audit = try ReportFixtures.seedAudit()
        let xml = JUnitReport.render(audit)
        let result = try ReportFixtures.python(Self.checker, input: xml)
        #expect(result.status == 0, "\(result.output)")
        let skipped = try ReportFixtures.matches("<(skipped) ", in: xml).count
        let unchecked = audit.references.filter { r in
            let links = audit.links.filter { $0.references.contains(r.id) }
            return !links.isEmpty && links.allSatisfy { $0.status == .unverified }
        }.count
        #expect(skipped == unchecked)
        #expect(skipped > 0)
        #expect(xml.contains("tests=\"74\""))
    }
}
