import CiteCheck
import Foundation

/// Fixtures/shardweb.py as a child process: fifty hosts with fifty registrable domains on one
/// loopback port, each answer a little late, counting per host the most requests in flight at once.
final class ShardWeb: @unchecked Sendable {
    private let server: PythonServerProcess
    let port: Int

    static let hosts = (0..<50).map { "www.site\($0 < 10 ? "0" : "")\($0)-example.org" }

    init(delay: Double = 0.02) throws {
        server = try PythonServerProcess(script: "shardweb.py", arguments: ["\(delay)"])
        port = server.ports.http
    }

    func stop() { server.stop() }

    /// `check` arguments that point every host at this server.
    var arguments: [String] { Self.hosts.flatMap { ["--connect-to", "\($0):80:127.0.0.1:\(port)"] } }

    struct Stats: Decodable {
        /// By host: the most requests it had in flight at once.
        var peak: [String: Int]
        /// By host and path.
        var hits: [String: Int]
        var requests: Int
    }

    func stats() throws -> Stats {
        let outcome = LinkFetcher().fetchAll(["http://127.0.0.1:\(port)/control/stats"])[0]
        return try JSONDecoder().decode(Stats.self, from: outcome.body)
    }

    func reset() { _ = LinkFetcher().fetchAll(["http://127.0.0.1:\(port)/control/reset"]) }

    /// PAPERS papers in `folder`/corpus citing LINKS distinct pages spread over the hosts (some
    /// dead, erroring or moved), each paper also citing the next one's first page. Returns how many
    /// papers cite each URL.
    static func corpus(in folder: URL, papers: Int = 200, links: Int = 5000) throws -> [String: Int] {
        let corpus = folder.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let per = links / papers
        func url(_ i: Int) -> String {
            let ending = i % 97 == 0 ? "-404" : i % 89 == 0 ? "-500" : i % 83 == 0 ? "-301" : ""
            return "http://\(hosts[(i * 7) % hosts.count])/p\(i / per)/l\(i)\(ending)"
        }
        var cited: [String: Int] = [:]
        for p in 0..<papers {
            var urls = (p * per..<(p + 1) * per).map(url)
            urls.append(url(((p + 1) % papers) * per))
            var text = "# Paper \(p)\n\n" + (1...urls.count).map { "Claim \($0).[^\($0)]" }.joined(separator: " ") + "\n\n"
            for (n, link) in urls.enumerated() {
                text += "[^\(n + 1)]: Author \(n + 1), \"Page \(p)-\(n + 1),\" \(link) (accessed 2024-05-01).\n"
                cited[link, default: 0] += 1
            }
            try text.write(to: corpus.appendingPathComponent("paper-\(p).md"), atomically: true, encoding: .utf8)
        }
        return cited
    }
}
