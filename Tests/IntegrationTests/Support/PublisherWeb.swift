import CiteCheck
import Foundation

/// Fixtures/publisherweb.py as a child process: article pages as journal platforms serve them, the
/// DOI handle API resolving their DOIs, and the pages they cite. Stop it in a `defer`.
final class PublisherWeb: @unchecked Sendable {
    private let server: PythonServerProcess
    let port: Int

    init() throws {
        server = try PythonServerProcess(script: "publisherweb.py")
        port = server.ports.http
    }

    func stop() { server.stop() }

    var base: String { "http://127.0.0.1:\(port)/" }

    /// `check` arguments sending the made-up hosts and every registry to this server, never the internet.
    var arguments: [String] {
        ["journal.test", "journals.test", "cited.test"].flatMap { ["--connect-to", "\($0):80:127.0.0.1:\(port)"] }
            + ["--connect-to", "doi.org:443:127.0.0.1:1", "--retries", "0", "--host-interval", "0",
               "--doi-handle-api", base + "api/handles", "--doi-ra-api", base + "ra", "--crossref-api", base,
               "--datacite-api", base, "--openalex-api", base + "openalex", "--openlibrary-api", base + "openlibrary",
               "--no-store"]
    }

    /// The User-Agent of every request per path.
    func agents() throws -> [String: [String]] {
        let outcome = LinkFetcher().fetchAll([base + "control/stats"])[0]
        struct Stats: Decodable { var agents: [String: [String]] }
        return try JSONDecoder().decode(Stats.self, from: outcome.body).agents
    }

    static func page(_ name: String) -> String { CLI.fixture("publisher/\(name)") }
}
