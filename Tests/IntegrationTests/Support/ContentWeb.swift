import CiteCheck
import Foundation

/// Fixtures/contentweb.py as a child process: cited pages as they are today, an emulation of the
/// Internet Archive holding them as they were, and pages only a browser gets through. Stop it in a `defer`.
final class ContentWeb: @unchecked Sendable {
    private let server: PythonServerProcess
    let port: Int

    init() throws {
        server = try PythonServerProcess(script: "contentweb.py")
        port = server.ports.http
    }

    func stop() { server.stop() }

    /// Requests seen per path.
    func hits() throws -> [String: Int] {
        let outcome = LinkFetcher().fetchAll(["http://127.0.0.1:\(port)/control/stats"])[0]
        struct Stats: Decodable { var hits: [String: Int] }
        return try JSONDecoder().decode(Stats.self, from: outcome.body).hits
    }

    /// `check` arguments that send the papers' hosts and the archive to this server, for libcurl
    /// and the browser alike.
    var arguments: [String] {
        ["reports.example.org", "guarded.example.org", "archive.test"].flatMap { ["--connect-to", "\($0):80:127.0.0.1:\(port)"] }
            + ["--archive-url", "http://archive.test/wayback/available", "--retries", "0", "--host-interval", "0",
               "--now", "2026-12-03T12:00:00Z"]
    }

    /// Runs `check` on a fixture paper and returns the exit status and the JSON report.
    func check(_ paper: String, _ extra: [String], folder: URL) throws -> (status: Int32, stderr: String, report: [String: Any]) {
        let run = try CLI.run(["check", CLI.fixture(paper), "--format", "json", "--output-dir", folder.path] + arguments + extra)
        let data = (try? Data(contentsOf: folder.appendingPathComponent("report.json"))) ?? Data("{}".utf8)
        return (run.status, run.stderr, (try JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:])
    }
}

extension Dictionary where Key == String, Value == Any {
    /// links[] by the path of their URL.
    var linksByPath: [String: [String: Any]] {
        let links = self["links"] as? [[String: Any]] ?? []
        var out: [String: [String: Any]] = [:]
        for link in links {
            guard let parts = (link["url"] as? String).flatMap({ URLParts($0) }) else { continue }
            out[parts.path.isEmpty ? "/" : parts.path] = link
        }
        return out
    }

    /// Finding kinds by reference id.
    var findingKinds: [String: [String]] {
        let findings = self["findings"] as? [[String: Any]] ?? []
        return findings.reduce(into: [:]) { all, f in
            if let r = f["reference"] as? String, let k = f["kind"] as? String { all[r, default: []].append(k) }
        }
    }
}
