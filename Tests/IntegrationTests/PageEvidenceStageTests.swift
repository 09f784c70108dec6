import Foundation
import Testing

/// The evidence stage's soft-404 probe, end to end through `citecheck check`: a site that answers
/// 200 with the same catalogue page for every unknown path.
@Suite struct PageEvidenceStageTests {
    @Test func aPageLikeTheSitesAnswerForANonexistentPathIsDead() throws {
        try checkCatalogue(host: "catalogue.example", wire: "catalogue.example")
    }

    /// An IDN host (katalög.example, xn--katalg-0xa.example on the wire) is probed too, through the same
    /// punycode conversion as the links, and its links are reported under the URL as cited. A probe
    /// written in punycode beforehand (as `URLComponents` wrote it) was queued as another host and
    /// overlapped the host's links: the server saw two requests at once.
    @Test func anIDNHostIsProbedAndReportedAsCited() throws {
        try checkCatalogue(host: "katalög.example", wire: "xn--katalg-0xa.example")
    }

    private func checkCatalogue(host: String, wire: String) throws {
        let server = try TestServer()
        defer { server.stop() }
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let paper = folder.appendingPathComponent("catalogue-paper.txt")
        try """
        A paper citing an institute's reports

        References

        [1] Example Institute, "Real Report on Things", 2024, http://\(host)/reports/real-report.

        [2] Example Institute, "Removed Report on Other Things", 2023, http://\(host)/reports/removed-report.

        [3] Example Institute, "Another Removed Report", 2022, http://\(host)/reports/also-removed.

        """.write(to: paper, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("report.json").path
        let result = try CLI.run([
            "check", paper.path, "--output", output, "--timeout", "5", "--retries", "0", "--host-interval", "0",
            "--host-concurrency", "1", "--connect-to", "\(wire):80:127.0.0.1:\(server.httpPort)",
            "--no-store", "--no-archive",
        ])
        #expect(result.status == 1, "stderr: \(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output))) as? [String: Any])
        let links = try #require(json["links"] as? [[String: Any]])
        let status = Dictionary(uniqueKeysWithValues: links.map { ($0["url"] as? String ?? "", $0["status"] as? String ?? "") })
        #expect(status["http://\(host)/reports/real-report"] == "ok", "\(status)")
        #expect(status["http://\(host)/reports/removed-report"] == "dead")
        #expect(status["http://\(host)/reports/also-removed"] == "dead")
        let findings = try #require(json["findings"] as? [[String: Any]])
        let dead = findings.filter { $0["kind"] as? String == "dead-link" }
        #expect(dead.count == 2)
        #expect(dead.allSatisfy { ($0["message"] as? String ?? "").contains("what the site returns for a path that does not exist") })
        // One probe for the host, asked for on the links' own session: within the host's limit of one.
        let stats = try server.stats()
        #expect(stats.hits.keys.filter { $0.hasPrefix("/citecheck-probe-") }.count == 1)
        #expect(stats.maxInFlight[wire] == 1)
    }
}
