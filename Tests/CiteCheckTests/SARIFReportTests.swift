@testable import CiteCheck
import Foundation
import Testing

@Suite struct SARIFReportTests {
    static func audit() -> Audit {
        let source = PaperLocation(file: "papers/my paper.md", line: 14, column: 3)
        var reference = Reference(id: "r1", note: 1, label: "1", urls: ["http://www.un.org/404"], raw: "x")
        reference.source = source
        let parsed = ParsedPaper(paper: PaperMetadata(), notes: [], references: [reference])
        var dead = Finding(kind: .deadLink, severity: .error, reference: "r1", url: "http://www.un.org/404",
                           message: "http://www.un.org/404 answered 404", suggestion: "https://web.archive.org/x")
        dead.source = source
        let paperWide = Finding(kind: .inconsistentCitation, severity: .info, message: "100% of notes, line\nbreak")
        return Audit(parsed: parsed, links: [], findings: [dead, paperWide], linkCheck: LinkCheckRun(state: .complete))
    }

    @Test func oneResultPerFindingWithRuleLevelAndLocation() throws {
        let sarif = try SARIFReport.render(Self.audit())
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.map { $0["ruleId"] as? String } == ["dead-link", "inconsistent-citation"])
        #expect(results.map { $0["level"] as? String } == ["error", "note"])
        let physical = (results[0]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
        #expect((physical?["artifactLocation"] as? [String: Any])?["uri"] as? String == "papers/my%20paper.md")
        #expect((physical?["region"] as? [String: Any])?["startLine"] as? Int == 14)
        #expect((results[1]["locations"] as? [Any])?.isEmpty == true)  // a paper-wide finding has no line
        let message = (results[0]["message"] as? [String: Any])?["text"] as? String
        #expect(message?.contains("https://web.archive.org/x") == true)
        let driver = (run["tool"] as? [String: Any])?["driver"] as? [String: Any]
        #expect((driver?["rules"] as? [[String: Any]])?.map { $0["name"] as? String } == ["DeadLink", "InconsistentCitation"])
        #expect(results[1]["ruleIndex"] as? Int == 1)
    }
}

@Suite struct GitHubAnnotationsTests {
    @Test func workflowCommandsEscapeTheirParts() {
        let lines = GitHubAnnotations.render(SARIFReportTests.audit()).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("::error file=papers/my paper.md,line=14,col=3,title=dead-link::http://www.un.org/404 answered 404"))
        #expect(lines[1] == "::notice title=inconsistent-citation::100%25 of notes, line%0Abreak")
        #expect(GitHubAnnotations.escapeProperty("a:b,c") == "a%3Ab%2Cc")
    }
}

@Suite struct FindingLocatorTests {
    @Test func findingsTakeTheirReferenceOrFirstCitingReferencePlace() {
        var r1 = Reference(id: "r1", note: 1, label: "1", urls: ["http://a/"], raw: "x")
        r1.source = PaperLocation(file: "p.md", line: 4, column: 1)
        var r2 = Reference(id: "r2", note: 2, label: "2", urls: ["http://a/"], raw: "y")
        r2.source = PaperLocation(file: "p.md", line: 9, column: 1)
        let link = LinkReport(url: "http://a/", references: ["r2", "r1"], verdict: LinkVerdict(.dead, "404"), outcome: nil)
        var audit = Audit(parsed: ParsedPaper(paper: PaperMetadata(), notes: [], references: [r1, r2]), links: [link],
                          findings: [Finding(kind: .deadLink, severity: .error, reference: "r1", message: "m"),
                                     Finding(kind: .deadLink, severity: .error, url: "http://a/", message: "m"),
                                     Finding(kind: .inconsistentCitation, severity: .info, message: "m")],
                          linkCheck: LinkCheckRun(state: .complete))
        FindingLocator.locate(&audit)
        #expect(audit.findings.map { $0.source?.line } == [4, 9, nil])
    }
}

@Suite struct PaperLocationTests {
    @Test func fileLineAsReportsPrintIt() {
        #expect(PaperLocation(file: "a.md", line: 3, column: 1).fileLine == "a.md:3")
        #expect(PaperLocation(file: "a.docx", paragraph: 12, footnote: "4").fileLine == "a.docx ¶12 footnote 4")
        #expect(PaperLocation(file: "a.bib").fileLine == "a.bib")
    }
}
