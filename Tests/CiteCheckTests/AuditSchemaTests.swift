import CiteCheck
import Foundation
import Testing

/// The JSON report against its published contract, docs/schema/citecheck.schema.json, with
/// python3's `jsonschema` (the Makefile installs it when missing).
@Suite struct AuditSchemaTests {
    static let schema = Fixtures.repository.appendingPathComponent("docs/schema/citecheck.schema.json").path

    static let validator = #"""
import json, sys
try:
    import jsonschema
except ImportError:
    print("python3 has no jsonschema module: run `make test-deps` (pip install jsonschema)")
    sys.exit(3)
schema = json.load(open(sys.argv[1], encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
errors = list(jsonschema.Draft202012Validator(schema).iter_errors(json.loads(sys.stdin.read())))
for e in errors[:20]:
    print("/".join(str(p) for p in e.absolute_path), "-", e.message[:200])
sys.exit(1 if errors else 0)
"""#

    static func validate(_ audit: Audit) throws -> (status: Int32, output: String) {
        let json = String(decoding: try JSONCoding.encode(audit), as: UTF8.self)
        return try ReportFixtures.python(validator, input: json, arguments: [schema])
    }

    @Test func theSeedPaperAuditMatchesTheSchema() throws {
        let result = try Self.validate(try ReportFixtures.seedAudit())
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func everyFindingKindAndLinkStatusIsInTheSchema() throws {
        var audit = try ReportFixtures.seedAudit()
        audit.findings = Finding.Kind.allCases.map { Finding(kind: $0, severity: .warning, reference: "r1", message: "m") }
        let template = audit.links[0]
        audit.links = LinkStatus.allCases.map { status in
            var link = template
            link.status = status
            return link
        }
        let result = try Self.validate(audit)
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func workMembersAndTheNewChangeAreInTheSchema() throws {
        var audit = try ReportFixtures.seedAudit()
        let statuses: [WorkMatch] = [WorkMatch(status: .matched, doi: "10.1038/nature14539", title: "Deep learning", source: .crossref, score: 1),
                                     WorkMatch(status: .notFound, score: 0.41), WorkMatch(status: .ambiguous, doi: nil, title: "T", source: .openalex, score: 0.8),
                                     WorkMatch(status: .unverified), WorkMatch(status: .matched, title: "Atlas of AI", source: .openlibrary, score: 0.93)]
        for (i, work) in statuses.enumerated() { audit.references[i].work = work }
        audit.changes = [LinkChange(url: "https://doi.org/10.5555/withdrawn.2022.7", change: .newlyRetracted)]
        let result = try Self.validate(audit)
        #expect(result.status == 0, "\(result.output)")
        audit.references[0].work?.score = 7
        #expect(try Self.validate(audit).output.contains("references/0/work/score"))
    }

    @Test func theValidatorRejectsWhatBreaksTheContract() throws {
        // The hostile fixture cites a javascript: URL, which references[].urls does not allow.
        let hostile = try Self.validate(try ReportFixtures.hostileAudit())
        #expect(hostile.status == 1, "\(hostile.output)")
        #expect(hostile.output.contains("references/5/urls/0"))
        // …and nothing else: its page evidence, DOIs, history, archive and changes all fit the schema.
        #expect(hostile.output.split(separator: "\n").count == 1, "\(hostile.output)")
        var audit = try ReportFixtures.seedAudit()
        audit.run.startedAt = "yesterday"
        let bad = try Self.validate(audit)
        #expect(bad.status == 1)
        #expect(bad.output.contains("run/startedAt"))
    }
}
