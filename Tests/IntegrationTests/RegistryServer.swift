import CiteCheck
import Foundation

/// The loopback DOI registries: Fixtures/doiregistry.py (doi.org handles and RA, Crossref,
/// DataCite) on a free port, stopped by `stop()` (call it in a `defer`). One per test, so the
/// server's counts are the test's own.
final class RegistryServer: @unchecked Sendable {
    private let process = Process()
    private let input = Pipe()
    let port: Int

    init() throws {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", TestServer.fixtures.appendingPathComponent("doiregistry.py").path]
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = input
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        struct Ports: Decodable { var http: Int }
        guard let ports = try? JSONDecoder().decode(Ports.self, from: line) else {
            process.terminate()
            throw TestServerError.didNotStart(String(decoding: line, as: UTF8.self))
        }
        port = ports.http
    }

    func stop() {
        try? input.fileHandleForWriting.close()  // the server exits when its stdin closes
        process.waitUntilExit()
    }

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
