import CiteCheck
import Foundation

/// The loopback DOI registries: Fixtures/doiregistry.py (doi.org handles and RA, Crossref,
/// DataCite) on a free port, stopped by `stop()` (call it in a `defer`). One per test, so the
/// server's counts are the test's own.
final class RegistryServer: @unchecked Sendable {
    private let server: PythonServerProcess
    let port: Int

    init() throws {
        server = try PythonServerProcess(script: "doiregistry.py")
        port = server.ports.http
    }

    func stop() { server.stop() }

    var base: String { "http://127.0.0.1:\(port)/" }

    /// What the server saw, fetched with the engine under test itself.
    func stats() throws -> RegistryStats {
        let outcome = LinkFetcher().fetchAll([base + "stats"])[0]
        return try JSONDecoder().decode(RegistryStats.self, from: outcome.body)
    }
}

struct RegistryStats: Decodable {
    var hits: [String: Int]
    var agents: [String]
    var maxInFlight: Int
    var queries: [String]
}
