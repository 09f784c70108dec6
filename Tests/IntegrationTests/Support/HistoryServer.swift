import CiteCheck
import Foundation

/// Fixtures/historyserver.py as a child process: pages whose answers a test switches between
/// audits, and an emulation of archive.org's availability API. Stop it in a `defer`.
final class HistoryServer: @unchecked Sendable {
    private let server: PythonServerProcess
    let port: Int

    init() throws {
        server = try PythonServerProcess(script: "historyserver.py")
        port = server.ports.http
    }

    func stop() { server.stop() }

    /// Makes `path` answer `status` ("200", "404", "blocked", …) from now on.
    func set(_ path: String, _ status: String, title: String? = nil) {
        var url = "http://127.0.0.1:\(port)/control/set?path=\(path)&status=\(status)"
        if let title { url += "&title=\(title.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? title)" }
        _ = LinkFetcher().fetchAll([url])
    }

    /// Requests seen per path.
    func hits() throws -> [String: Int] {
        let outcome = LinkFetcher().fetchAll(["http://127.0.0.1:\(port)/control/stats"])[0]
        struct Stats: Decodable { var hits: [String: Int] }
        return try JSONDecoder().decode(Stats.self, from: outcome.body).hits
    }

    /// The hosts the test papers cite, all served from this server, and the archive's.
    static let hosts = ["www.un-example.org", "data.wb-example.org", "news-example.com", "archive.test"]

    /// `check` arguments that point every test host at this server, the archive API included.
    var arguments: [String] {
        Self.hosts.flatMap { ["--connect-to", "\($0):80:127.0.0.1:\(port)"] }
            + ["--archive-url", "http://archive.test/wayback/available", "--retries", "0", "--host-interval", "0", "--host-concurrency", "8"]
    }
}
