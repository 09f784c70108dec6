import Foundation
import Testing

/// `--format github` and `--format sarif` through the built binary: every finding lands on the line of
/// its note in a Markdown paper whose notes sit on known lines (Fixtures/annotated-paper.md).
@Suite struct AnnotationTests {
    /// The fixture's notes: line and column where each starts (one wraps, one is indented).
    static let noteLines = ["http://www.un.org/ok": (10, 1), "http://www.un.org/moved": (12, 1),
                            "http://www.un.org/404": (14, 3), "http://www.un.org/cf": (16, 1)]

    func run(_ formats: String, server: TestServer, folder: URL, extra: [String] = []) throws -> CLI.Result {
        // Run from the fixture's folder with a relative path, as CI does from the repository root.
        try CLI.run(["check", "annotated-paper.md", "--format", formats, "--timeout", "2", "--retries", "0",
                     "--host-interval", "0", "--connect-to", "www.un.org:80:127.0.0.1:\(server.httpPort)",
                     "--no-store", "--no-archive", "--no-page-checks"] + extra,
                    cwd: URL(fileURLWithPath: CLI.fixture("annotated-paper.md")).deletingLastPathComponent().path)
    }

    @Test func workflowCommandsPointAtTheNotesLines() throws {
        let server = try TestServer()
        defer { server.stop() }
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try run("github", server: server, folder: folder)
        #expect(result.status == 1, "stderr: \(result.stderr)")
        let commands = result.stdout.split(separator: "\n").filter { $0.hasPrefix("::") }.map(String.init)
        let dead = commands.first { $0.contains("title=dead-link") }
        #expect(dead?.hasPrefix("::error file=annotated-paper.md,line=14,col=3,title=dead-link::") == true, "\(commands)")
        #expect(dead?.contains("http%3A") == false)  // the message is data: only %, CR and LF are escaped
        let moved = commands.first { $0.contains("title=redirected") }
        #expect(moved?.hasPrefix("::warning file=annotated-paper.md,line=12,col=1,") == true, "\(commands)")
        let wall = commands.first { $0.contains("title=blocked") }
        #expect(wall?.contains("file=annotated-paper.md,line=16,") == true, "\(commands)")
        // The terminal summary goes to standard error, out of the runner's way.
        #expect(result.stderr.contains("1 error"))
    }

    @Test func sarifHasOneResultPerFindingOnTheNotesLine() throws {
        let server = try TestServer()
        defer { server.stop() }
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try run("json,sarif", server: server, folder: folder, extra: ["--output-dir", folder.path])
        #expect(result.status == 1, "stderr: \(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("report.json"))) as? [String: Any])
        let findings = try #require(report["findings"] as? [[String: Any]])
        let sarifURL = folder.appendingPathComponent("report.sarif")
        let sarif = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: sarifURL)) as? [String: Any])
        #expect(sarif["version"] as? String == "2.1.0")
        let runs = try #require(sarif["runs"] as? [[String: Any]])
        let results = try #require(runs.first?["results"] as? [[String: Any]])
        #expect(results.count == findings.count)
        #expect(!results.isEmpty)
        let levels = ["error": "error", "warning": "warning", "info": "note"]
        for (finding, result) in zip(findings, results) {
            #expect(result["ruleId"] as? String == finding["kind"] as? String)
            #expect(result["level"] as? String == levels[finding["severity"] as? String ?? ""])
            let location = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
            let uri = (location?["artifactLocation"] as? [String: Any])?["uri"] as? String
            let region = location?["region"] as? [String: Any]
            #expect(uri == "annotated-paper.md")
            if let url = finding["url"] as? String, let expected = Self.noteLines[url] {
                #expect(region?["startLine"] as? Int == expected.0, "\(url)")
                #expect(region?["startColumn"] as? Int == expected.1, "\(url)")
            }
            // The JSON finding carries the same place.
            let source = finding["source"] as? [String: Any]
            #expect(source?["line"] as? Int == region?["startLine"] as? Int)
        }
        let rules = (runs.first?["tool"] as? [String: Any]).flatMap { ($0["driver"] as? [String: Any])?["rules"] as? [[String: Any]] }
        #expect(Set(rules?.compactMap { $0["id"] as? String } ?? []) == Set(findings.compactMap { $0["kind"] as? String }))
        try SARIFSchema.validate(sarifURL.path)
        // The citecheck schema takes the new source fields.
        let schema = CLI.repository.appendingPathComponent("docs/schema/citecheck.schema.json").path
        try SARIFSchema.validate(folder.appendingPathComponent("report.json").path, schema: schema)
    }

    @Test func textAndMarkdownReportsPrintFileAndLine() throws {
        let server = try TestServer()
        defer { server.stop() }
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try run("text,markdown", server: server, folder: folder, extra: ["--output-dir", folder.path])
        #expect(result.status == 1, "stderr: \(result.stderr)")
        let text = try String(contentsOf: folder.appendingPathComponent("report.txt"), encoding: .utf8)
        #expect(text.contains("(annotated-paper.md:14)"), "\(text)")
        let markdown = try String(contentsOf: folder.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(markdown.contains("annotated-paper.md:14"), "\(markdown)")
        #expect(result.stdout.contains("annotated-paper.md:12"))
    }
}

/// JSON Schema validation with python jsonschema (installed by `make test-deps`). The SARIF log is
/// checked against the official SARIF 2.1.0 schema in Fixtures/sarif-schema-2.1.0.json.
enum SARIFSchema {
    struct Invalid: Error, CustomStringConvertible { var description: String }

    static func validate(_ file: String, schema: String = CLI.fixture("sarif-schema-2.1.0.json")) throws {
        let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1])); doc = json.load(open(sys.argv[2]))
        jsonschema.validators.validator_for(schema)(schema).validate(doc)
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, schema, file]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationStatus != 0 { throw Invalid(description: "\(file) against \(schema): \(message.suffix(800))") }
    }
}
