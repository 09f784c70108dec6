import Foundation
import Testing

/// The throw-away PostgreSQL server lives to the end of the test run. It must hold none of the
/// test process's descriptors: a CI run hung for good when it kept the writing end of a test web's
/// standard input, so that web never saw its input end and its test waited on it forever.
@Suite struct PostgresClusterTests {
    /// The pipes and sockets a process holds, as the kernel names them ("pipe:[2159561]").
    static func pipesAndSockets(of pid: String) -> Set<String> {
        let folder = "/proc/\(pid)/fd"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return Set(names.compactMap { try? FileManager.default.destinationOfSymbolicLink(atPath: "\(folder)/\($0)") }
            .filter { $0.hasPrefix("pipe:") || $0.hasPrefix("socket:") })
    }

    @Test func theServerKeepsNoDescriptorOfTheTestProcess() throws {
        // A test web started first: the writing end of its standard input is open in this process.
        let web = try PublisherWeb()
        defer { web.stop() }
        let cluster = try PostgresCluster()
        defer { try? cluster.stop() }
        let pidFile = try String(contentsOfFile: "\(cluster.folder)/data/postmaster.pid", encoding: .utf8)
        let server = try #require(pidFile.split(separator: "\n").first.map(String.init))
        let held = Self.pipesAndSockets(of: server)
        #expect(!held.isEmpty, "the server's own descriptors should be readable")
        let ours = Self.pipesAndSockets(of: "self")
        #expect(held.isDisjoint(with: ours), "the server holds the test process's \(held.intersection(ours).sorted())")
    }
}
