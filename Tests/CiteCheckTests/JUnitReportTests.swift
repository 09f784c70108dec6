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
failures = sum(len(c.findall("failure")) for c in cases)
assert int(suite.get("failures")) == failures
assert int(suite.get("skipped")) == sum(len(c.findall("skipped")) for c in cases)
for c in cases:
    assert c.get("name") and c.get("classname") and float(c.get("time")) >= 0
    for f in c.findall("failure"):
        assert f.get("type") and f.get("message") and f.text
print(len(cases), failures, sum(1 for c in cases if c.find("system-out") is not None))
"""#

    @Test func oneTestcasePerReferenceAndAFailurePerError() throws {
        let audit = try ReportFixtures.hostileAudit()
        let xml = JUnitReport.render(audit)
        let result = try ReportFixtures.python(Self.checker, input: xml)
        #expect(result.status == 0, "\(result.output)")
        let errors = audit.findings.filter { $0.severity == .error && $0.reference != nil }.count
        let withOthers = Set(audit.findings.filter { $0.severity != .error }.compactMap(\.reference)).count
        #expect(result.output.trimmingCharacters(in: .whitespacesAndNewlines) == "\(audit.references.count) \(errors) \(withOthers)")
        #expect(xml.contains("type=\"date-mismatch\""))
        #expect(xml.contains("<testcase classname=\"citecheck.hostile-paper\" name=\"r6 note 6 ⑥: 数字合作路线图"))
        #expect(xml.contains("Correct the date to: 2020-07-01"))
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
