import Foundation
import Testing

/// `--exclude`, `--include`, `.citecheckignore`, `--exclude-path` and `--accept` through the built binary
/// against the loopback test web: excluded links are never requested and are reported skipped with the rule.
@Suite struct LinkSelectionTests {
    static let paper = CLI.fixture("links-paper.txt")

    func check(_ extra: [String], server: TestServer, cwd: String) throws -> (status: Int32, links: [String: [String: Any]], stderr: String) {
        let output = cwd + "/out.json"
        let result = try CLI.run([
            "check", Self.paper, "--format", "json", "--output", output, "--timeout", "2", "--retries", "0",
            "--host-interval", "0", "--connect-to", "www.un.org:80:127.0.0.1:\(server.httpPort)", "--no-store", "--no-archive",
        ] + extra, cwd: cwd)
        guard let data = FileManager.default.contents(atPath: output),
              let json = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let links = json["links"] as? [[String: Any]] else { return (result.status, [:], result.stderr) }
        return (result.status, Dictionary(uniqueKeysWithValues: links.map { ($0["url"] as? String ?? "", $0) }), result.stderr)
    }

    @Test func excludedLinksAreSkippedWithTheirRuleAndNeverRequested() throws {
        let server = try TestServer()
        defer { server.stop() }
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The ignore file sits in a parent of the working folder: found like the config file.
        try "# bot walls\n\nun\\.org/cf$\n".write(to: folder.appendingPathComponent(".citecheckignore"), atomically: true, encoding: .utf8)
        let work = folder.appendingPathComponent("paper-work")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let run = try check(["--exclude", "/404$"], server: server, cwd: work.path)
        #expect(run.status == 0, "stderr: \(run.stderr)")  // the dead link is skipped; /moved is only a warning
        #expect(run.links["http://www.un.org/404"]?["status"] as? String == "skipped")
        #expect(run.links["http://www.un.org/404"]?["excludedBy"] as? String == "--exclude \"/404$\"")
        let ignored = run.links["http://www.un.org/cf"]?["excludedBy"] as? String
        #expect(ignored?.hasSuffix(".citecheckignore:3 \"un\\.org/cf$\"") == true, "got \(ignored ?? "nil")")
        #expect(run.links["http://www.un.org/ok"]?["status"] as? String == "ok")
        #expect(run.links["http://www.un.org/ok"]?["excludedBy"] is NSNull)
        let hits = try server.stats().hits
        #expect(hits["/404"] == nil)
        #expect(hits["/cf"] == nil)
        #expect(hits["/ok"] == 1)
    }

    @Test func anIncludeWinsOverAnExcludeAndAloneChecksOnlyWhatItNames() throws {
        let server = try TestServer()
        defer { server.stop() }
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let both = try check(["--exclude", "un\\.org", "--include", "/ok$", "--no-ignore-file"], server: server, cwd: folder.path)
        #expect(both.links["http://www.un.org/ok"]?["status"] as? String == "ok")
        #expect(both.links["http://www.un.org/moved"]?["status"] as? String == "skipped")
        #expect(both.status == 0)
        let only = try check(["--include", "/moved"], server: server, cwd: folder.path)
        #expect(only.links["http://www.un.org/moved"]?["status"] as? String == "redirected")
        #expect((only.links["http://www.un.org/ok"]?["excludedBy"] as? String)?.hasPrefix("--include") == true)
    }

    @Test func acceptedStatusesCountAsWorking() throws {
        let server = try TestServer()
        defer { server.stop() }
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try check(["--accept", "200..=299, 403", "--exclude", "/404$|/moved$"], server: server, cwd: folder.path)
        #expect(run.links["http://www.un.org/cf"]?["status"] as? String == "ok")
        #expect(run.links["http://www.un.org/cf"]?["httpStatus"] as? Int == 403)
        #expect(run.status == 0, "stderr: \(run.stderr)")
    }

    @Test func badPatternsAndStatusesAreUsageErrors() throws {
        let regex = try CLI.run(["check", Self.paper, "--exclude", "([unclosed"])
        #expect(regex.status == 2)
        #expect(regex.stderr.contains("--exclude"))
        let accept = try CLI.run(["check", Self.paper, "--accept", "200..=abc"])
        #expect(accept.status == 2)
        #expect(accept.stderr.contains("--accept"))
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "ok\n([bad\n".write(to: folder.appendingPathComponent(".citecheckignore"), atomically: true, encoding: .utf8)
        let ignore = try CLI.run(["check", Self.paper, "--offline", "--no-store"], cwd: folder.path)
        #expect(ignore.status == 2)
        #expect(ignore.stderr.contains(".citecheckignore:2"), "stderr: \(ignore.stderr)")
    }

    @Test func excludePathSkipsPapersOfAFolder() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let issue = folder.appendingPathComponent("issue")
        try FileManager.default.createDirectory(at: issue.appendingPathComponent("drafts"), withIntermediateDirectories: true)
        let text = try String(contentsOfFile: Self.paper, encoding: .utf8)
        try text.write(to: issue.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try text.write(to: issue.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        try text.write(to: issue.appendingPathComponent("drafts/c.txt"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["check", issue.path, "--offline", "--no-store", "--exclude-path", "drafts",
                                  "--output-dir", folder.appendingPathComponent("out").path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("a.txt"))
        #expect(result.stdout.contains("b.txt"))
        #expect(!result.stdout.contains("c.txt"))
        let one = try CLI.run(["check", issue.path, "--offline", "--no-store", "--exclude-path", "drafts",
                               "--exclude-path", "*/b.txt", "--output-dir", folder.appendingPathComponent("one").path])
        #expect(one.status == 0, "stderr: \(one.stderr)")
        #expect(!one.stdout.contains("== "))  // one paper left: no batch summary
        let all = try CLI.run(["check", issue.path, "--offline", "--no-store", "--exclude-path", "*.txt"])
        #expect(all.status == 2)
    }
}
