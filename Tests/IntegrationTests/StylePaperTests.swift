import Foundation
import Testing

/// The sample papers in References/ written to the APA 7, Chicago notes-bibliography and GB/T 7714
/// footnote rules, parsed by the built binary and compared with hand-checked JSON field by field.
@Suite struct StylePaperTests {
    static let papers = ["apa7-reference-rot.en.md", "chicago-notes-reading-habits.en.md", "gbt7714-notes-zh.txt"]
    /// Fields the style parsers fill (task 13-styles); the segmentation, linking and repeat fields
    /// are compared exactly, these with a floor that only goes down as the parsers improve.
    static let styleFields = ["authors", "title", "container", "number", "date", "volume", "issue", "pages", "urls",
                              "accessed", "doi", "language"]
    static let styleFieldMismatchFloor = ["apa7-reference-rot.en.md": 0, "chicago-notes-reading-habits.en.md": 0,
                                          "gbt7714-notes-zh.txt": 0]

    func parse(_ name: String) throws -> (actual: [String: Any], expected: [String: Any]) {
        let result = try CLI.run(["parse", CLI.repository.appendingPathComponent("References/\(name)").path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let actual = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let expectedData = try Data(contentsOf: URL(fileURLWithPath: CLI.fixture("styles/\(name).expected.json")))
        let expected = try #require(try JSONSerialization.jsonObject(with: expectedData) as? [String: Any])
        return (actual, expected)
    }

    static func same(_ a: Any?, _ b: Any?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case (let x as NSObject, let y as NSObject): return x.isEqual(y)
        default: return false
        }
    }

    @Test(arguments: papers) func notesAndFindingsAreExact(_ name: String) throws {
        let (actual, expected) = try parse(name)
        let notes = try #require(actual["notes"] as? [[String: Any]])
        let want = try #require(expected["notes"] as? [[String: Any]])
        #expect(notes.count == want.count, "\(name)")
        for (n, w) in zip(notes, want) {
            for key in ["index", "label", "kind", "text", "context"] {
                #expect(Self.same(n[key], w[key]), "\(name) note \(w["index"] ?? "?") \(key): \(n[key] ?? "nil") ≠ \(w[key] ?? "nil")")
            }
        }
        let findings = try #require(actual["findings"] as? [[String: Any]])
        let wantFindings = try #require(expected["findings"] as? [[String: Any]])
        #expect(findings.count == wantFindings.count, "\(name) findings: \(findings)")
        for (f, w) in zip(findings, wantFindings) {
            for key in ["kind", "severity", "reference", "url", "message", "suggestion"] {
                #expect(Self.same(f[key], w[key]), "\(name) finding \(key): \(f[key] ?? "nil") ≠ \(w[key] ?? "nil")")
            }
        }
        #expect(Self.same(actual["paper"], expected["paper"]), "\(name) paper")
    }

    @Test(arguments: papers) func referencesAreExactFieldByField(_ name: String) throws {
        let (actual, expected) = try parse(name)
        let refs = try #require(actual["references"] as? [[String: Any]])
        let want = try #require(expected["references"] as? [[String: Any]])
        #expect(refs.count == want.count, "\(name)")
        var mismatches: [String] = []
        for (r, w) in zip(refs, want) {
            let id = w["id"] as? String ?? "?"
            for key in ["id", "note", "label", "raw", "repeats"] {
                #expect(Self.same(r[key], w[key]), "\(name) \(id) \(key): \(r[key] ?? "nil") ≠ \(w[key] ?? "nil")")
            }
            // A repeat's own pinpoint is this task's, not the style parsers'.
            if !(w["repeats"] is NSNull) { #expect(Self.same(r["pages"], w["pages"]), "\(name) \(id) pages") }
            for key in Self.styleFields where !Self.same(r[key], w[key]) {
                mismatches.append("\(id) \(key): \(r[key] ?? "nil") ≠ \(w[key] ?? "nil")")
            }
        }
        let floor = Self.styleFieldMismatchFloor[name] ?? 0
        let report = mismatches.joined(separator: "\n")
        #expect(mismatches.count <= floor, "\(name): \(mismatches.count) style fields differ:\n\(report)")
    }

    @Test func checkRaisesMissingAndUncitedOnlyWhereAnEditorWould() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("r.json").path
        let paper = CLI.repository.appendingPathComponent("References/apa7-reference-rot.en.md").path
        let result = try CLI.run(["check", paper, "--offline", "--no-store", "--output", output])
        // A missing reference is an error: the check fails.
        #expect(result.status == 1, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output))) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        let citation = findings.filter { ["missing-reference", "uncited-reference"].contains($0["kind"] as? String ?? "") }
        #expect(citation.map { $0["kind"] as? String } == ["missing-reference", "uncited-reference"])
        #expect((citation.first?["message"] as? String)?.contains("Harris, 2021") == true)
        #expect(citation.last?["reference"] as? String == "r8")
        #expect((citation.last?["message"] as? String)?.contains("Merriam-Webster (n.d.)") == true)
    }
}
