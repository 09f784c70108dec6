import Foundation
import Testing

/// `check` writing several formats, `report` re-rendering a saved audit without the network,
/// and the exit-status contract (0 clean, 1 at or above --fail-on, 2 usage or input error).
@Suite struct ReportCommandTests {
    static let formats = ["report.html", "report.json", "report.junit.xml", "report.md", "report.txt"]

    static func checkLoopback(into folder: URL, server: TestServer, extra: [String] = []) throws -> CLI.Result {
        try CLI.run([
            "check", CheckCommandTests.paper, "--format", "html,json,junit,markdown,text", "--output-dir", folder.path,
            "--no-store", "--no-archive", "--timeout", "2", "--retries", "0", "--host-interval", "0",
            "--connect-to", "www.un.org:80:127.0.0.1:\(server.httpPort)",
        ] + extra)
    }

    @Test func checkWritesEveryFormatAndReportRerendersThemOffline() throws {
        let server = try TestServer()
        defer { server.stop() }
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let checked = try Self.checkLoopback(into: folder, server: server)
        server.stop()
        #expect(checked.status == 1, "a dead link is an error: \(checked.stderr)")
        for name in Self.formats {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path), "\(name) missing")
        }
        #expect(checked.stdout.contains("Errors (1)"))
        #expect(checked.stdout.contains("report.junit.xml"))

        // The server is gone: re-rendering must not need it, and gives the same files.
        let again = folder.appendingPathComponent("again")
        let rerun = try CLI.run([
            "report", folder.appendingPathComponent("report.json").path,
            "--format", "html,json,junit,markdown,text", "--output-dir", again.path,
        ])
        #expect(rerun.status == 1, "\(rerun.stderr)")
        for name in Self.formats {
            let first = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let second = try String(contentsOf: again.appendingPathComponent(name), encoding: .utf8)
            #expect(first == second, "\(name) differs after re-rendering")
        }
    }

    @Test func theJSONOfARealRunMatchesTheSchema() throws {
        let server = try TestServer()
        defer { server.stop() }
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Self.checkLoopback(into: folder, server: server)
        let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/schema/citecheck.schema.json").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1])); audit = json.load(open(sys.argv[2]))
            errors = list(jsonschema.Draft202012Validator(schema).iter_errors(audit))
            print([e.message for e in errors[:5]]); assert audit["links"] and audit["findings"]
            sys.exit(1 if errors else 0)
            """, schema, folder.appendingPathComponent("report.json").path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
    }

    @Test func failOnChoosesTheLevelThatFails() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Offline: only info findings. Clean at both levels.
        let offline = try CLI.run(["check", CheckCommandTests.paper, "--offline", "--no-store", "--output-dir", folder.path, "--fail-on", "warning"])
        #expect(offline.status == 0, "\(offline.stderr)")
        // A saved audit with warnings and no error: 0 by default, 1 with --fail-on warning.
        let saved = folder.appendingPathComponent("report.json")
        var json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: saved)) as? [String: Any])
        json["findings"] = [["kind": "redirected", "severity": "warning", "reference": "r2", "url": "http://www.un.org/moved",
                             "message": "moved", "suggestion": "http://www.un.org/new-place"]]
        let warnings = folder.appendingPathComponent("warnings.json")
        try JSONSerialization.data(withJSONObject: json).write(to: warnings)
        let byDefault = try CLI.run(["report", warnings.path, "--format", "markdown", "--output-dir", folder.path])
        #expect(byDefault.status == 0, "\(byDefault.stderr)")
        let strict = try CLI.run(["report", warnings.path, "--format", "markdown", "--output-dir", folder.path, "--fail-on", "warning"])
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("Warnings (1)"))
    }

    @Test func usageAndInputErrorsExitTwoWithOneLine() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let unknown = try CLI.run(["check", CheckCommandTests.paper, "--offline", "--no-store", "--format", "html,pdf"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("pdf"))
        let several = try CLI.run(["check", CheckCommandTests.paper, "--offline", "--no-store", "--format", "html,json", "--output", folder.appendingPathComponent("x").path])
        #expect(several.status == 2)
        #expect(several.stderr.contains("--output takes one format"))
        let level = try CLI.run(["check", CheckCommandTests.paper, "--offline", "--no-store", "--fail-on", "info"])
        #expect(level.status == 2)
        let missing = try CLI.run(["report", "/nonexistent/audit.json"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "citecheck: /nonexistent/audit.json: cannot read the audit file\n")
        let notAudit = folder.appendingPathComponent("notes.json")
        try Data("{\"schemaVersion\": 1, \"paper\": {}}".utf8).write(to: notAudit)
        let wrong = try CLI.run(["report", notAudit.path])
        #expect(wrong.status == 2)
        #expect(wrong.stderr.hasPrefix("citecheck: \(notAudit.path): not a citecheck audit"))
        #expect(wrong.stderr.split(separator: "\n").count == 1)
    }

    @Test func oneFormatToStandardOutputKeepsTheSummaryOnStandardError() throws {
        let result = try CLI.run(["check", CheckCommandTests.paper, "--offline", "--no-store", "--format", "junit", "--output", "-"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"))
        #expect(result.stderr.contains("links were not checked"))
        #expect(!result.stdout.contains("\u{1B}["), "no colour into a pipe")
        #expect(!result.stderr.contains("links 1/"), "no progress display off a terminal")
    }

    /// On a terminal (a pseudo-terminal from util-linux's `script`): colour and the progress line;
    /// with NO_COLOR: the progress line, but no colour.
    @Test func onATerminalColourAndProgressUnlessNoColor() throws {
        let server = try TestServer()
        defer { server.stop() }
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let command = [CLI.binary, "check", CheckCommandTests.paper, "--output-dir", folder.path,
                       "--no-store", "--no-archive", "--timeout", "2", "--retries", "0", "--host-interval", "0",
                       "--connect-to", "www.un.org:80:127.0.0.1:\(server.httpPort)"].joined(separator: " ")

        func onTerminal(_ environment: [String: String]) throws -> (status: Int32, output: String) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
            process.arguments = ["-qefc", command, "/dev/null"]
            var env = ProcessInfo.processInfo.environment
            env["NO_COLOR"] = nil
            env["TERM"] = "xterm"
            for (key, value) in environment { env[key] = value }
            process.environment = env
            let out = Pipe()
            process.standardOutput = out
            process.standardError = out
            process.standardInput = FileHandle.nullDevice
            try process.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: data, as: UTF8.self))
        }

        let coloured = try onTerminal([:])
        #expect(coloured.status == 1, "\(coloured.output)")
        #expect(coloured.output.contains("\u{1B}[1;31mErrors (1)\u{1B}[0m"))
        #expect(coloured.output.contains("links 4/4 · "), "the progress line reaches the total")
        let plain = try onTerminal(["NO_COLOR": "1"])
        #expect(plain.status == 1)
        #expect(plain.output.contains("Errors (1)"))
        #expect(!plain.output.contains("\u{1B}[1;"), "no colour with NO_COLOR")
        #expect(plain.output.contains("links 4/4 · "))
    }
}
