import Foundation
import Testing

/// `citecheck check` end to end: the built binary against the loopback test web.
@Suite struct CheckCommandTests {
    static let paper = CLI.fixture("links-paper.txt")

    @Test func usageErrorsExitTwo() throws {
        let bad = try CLI.run(["check", Self.paper, "--concurrency", "0"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--concurrency"))
        let header = try CLI.run(["check", Self.paper, "--header", "no-colon"])
        #expect(header.status == 2)
        let connectTo = try CLI.run(["check", Self.paper, "--connect-to", "www.un.org:80"])
        #expect(connectTo.status == 2)
        let missing = try CLI.run(["check", "/nonexistent/paper.txt"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("/nonexistent/paper.txt"))
    }

    @Test func checkWritesTheJSONReportAndExitsOneOnDeadLinks() throws {
        let server = try TestServer()
        defer { server.stop() }
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("report.json").path
        let result = try CLI.run([
            "check", Self.paper, "--format", "json", "--output", output, "--timeout", "2", "--retries", "0",
            "--host-interval", "0", "--connect-to", "www.un.org:80:127.0.0.1:\(server.httpPort)",
            // Single-run verdicts (2/7): with a history store a first 404 is only a warning.
            "--no-store", "--no-archive",
        ])
        #expect(result.status == 1, "stderr: \(result.stderr)")
        let data = try Data(contentsOf: URL(fileURLWithPath: output))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["schemaVersion"] as? Int == 1)
        #expect(json["references"] is [Any])
        #expect(json["notes"] is [Any])
        let links = try #require(json["links"] as? [[String: Any]])
        let byURL = Dictionary(uniqueKeysWithValues: links.map { ($0["url"] as? String ?? "", $0) })
        #expect(links.count == 4)  // [1] and [5] cite the same URL: fetched once
        #expect(byURL["http://www.un.org/ok"]?["status"] as? String == "ok")
        #expect((byURL["http://www.un.org/ok"]?["references"] as? [String])?.count == 2)
        #expect(byURL["http://www.un.org/moved"]?["status"] as? String == "redirected")
        #expect(byURL["http://www.un.org/moved"]?["finalUrl"] as? String == "http://www.un.org/new-place")
        #expect(byURL["http://www.un.org/404"]?["status"] as? String == "dead")
        #expect(byURL["http://www.un.org/404"]?["httpStatus"] as? Int == 404)
        #expect(byURL["http://www.un.org/cf"]?["status"] as? String == "blocked")
        // The evidence stage read the page that answered: its title, as the page gives it.
        let page = byURL["http://www.un.org/ok"]?["page"] as? [String: Any]
        #expect(page?["title"] as? String == "Page One")
        #expect(byURL["http://www.un.org/404"]?["page"] is NSNull)
        for link in links {
            for key in ["url", "references", "status", "httpStatus", "finalUrl", "redirects", "error", "contentType", "elapsedMs"] {
                #expect(link[key] != nil, "links[] lacks \(key)")
            }
        }
        let findings = try #require(json["findings"] as? [[String: Any]])
        let kinds = Set(findings.compactMap { $0["kind"] as? String })
        #expect(kinds == ["dead-link", "redirected", "blocked"])
        let redirect = findings.first { $0["kind"] as? String == "redirected" }
        #expect(redirect?["suggestion"] as? String == "http://www.un.org/new-place")
        #expect(result.stdout.contains("1 dead"))
    }

    @Test func defaultReportGoesToReportsFolder() throws {
        let server = try TestServer()
        defer { server.stop() }
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["check", Self.paper, "--offline"], cwd: folder.path)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let report = folder.appendingPathComponent("Reports/links-paper/report.json")
        #expect(FileManager.default.fileExists(atPath: report.path))
        #expect(result.stdout.contains("not checked"))
        #expect(try server.stats().hits.isEmpty)
    }

    @Test func accessAgeYearsSetsWhenAnOldAccessDateIsReported() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let paper = folder.appendingPathComponent("old-access.txt")
        try """
        A paper with an old access date

        Received: 2025-09-08

        References

        [1] Example Agency, "Annual Report 2019", 2019, https://agency.example/report-2019 (accessed March 1, 2021).

        """.write(to: paper, atomically: true, encoding: .utf8)
        func accessFindings(_ extra: [String]) throws -> [String] {
            let output = folder.appendingPathComponent("r.json").path
            let result = try CLI.run(["check", paper.path, "--offline", "--no-store", "--output", output] + extra)
            #expect(result.status == 0, "stderr: \(result.stderr)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output))) as? [String: Any])
            let findings = json["findings"] as? [[String: Any]] ?? []
            return findings.filter { $0["kind"] as? String == "access-date" }.compactMap { $0["severity"] as? String }
        }
        #expect(try accessFindings([]) == ["info"])  // 4.5 years before receipt: more than the default 3
        #expect(try accessFindings(["--access-age-years", "5"]).isEmpty)
        let negative = try CLI.run(["check", paper.path, "--offline", "--access-age-years", "-1"])
        #expect(negative.status == 2)
        #expect(negative.stderr.contains("--access-age-years"))
    }

    @Test func traceSaysWhenEachPhaseEnds() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let arguments = ["check", Self.paper, "--offline", "--no-store", "--output", folder.appendingPathComponent("r.json").path]
        let traced = try CLI.run(arguments, environment: ["CITECHECK_TRACE": "1"])
        let phases = traced.stderr.split(separator: "\n").filter { $0.hasPrefix("phase ") }
            .map { $0.split(separator: " ").dropFirst().dropLast().joined(separator: " ") }
        #expect(phases == ["parsed", "links and pages", "dois and works", "reports written"], "stderr: \(traced.stderr)")
        let quiet = try CLI.run(arguments)
        #expect(!quiet.stderr.contains("phase "))
    }

    @Test func unreachableNetworkSaysTheCheckCouldNotRun() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Every host is under .invalid, which never resolves: what an offline machine sees.
        let result = try CLI.run(["check", CLI.fixture("unreachable-paper.txt"), "--output", folder.appendingPathComponent("r.json").path,
                                   "--timeout", "2", "--retries", "0"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("could not run"))
        #expect(result.stdout.contains("unverified"))
    }
}
