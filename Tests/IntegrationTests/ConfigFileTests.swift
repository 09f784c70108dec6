import Foundation
import Testing

/// citecheck.toml through the built binary: found up the tree, flags win, per-host politeness
/// measured at the loopback server for that host only, and errors naming file, line and key.
@Suite struct ConfigFileTests {
    /// Four slow pages on each of two hosts, both served by the one loopback server.
    static func paper(in folder: URL) throws -> String {
        var lines = ["Two hosts", "", "References", ""]
        for (i, host) in ["www.un.org", "www.who.int"].enumerated() {
            for n in 1...4 {
                lines.append("[\(i * 4 + n)] Agency, \"Slow page \(n)\", Site, March 3, 2024, http://\(host)/slow/\(n) (accessed March 5, 2025).")
            }
        }
        let path = folder.appendingPathComponent("two-hosts.txt").path
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func aHostTableChangesThePolitenessForThatHostOnly() throws {
        let server = try TestServer()
        defer { server.stop() }
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let paper = try Self.paper(in: folder)
        try """
        # the run: four at a time to a host, no gap
        host-concurrency = 4
        host-interval = 0
        retries = 0
        no-store = true
        no-archive = true
        no-page-checks = true

        [hosts."www.un.org"]
        concurrency = 1
        interval = 200
        """.write(to: folder.appendingPathComponent("citecheck.toml"), atomically: true, encoding: .utf8)
        let work = folder.appendingPathComponent("deeper/still")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let result = try CLI.run(["check", paper, "--format", "json", "--output", folder.appendingPathComponent("r.json").path,
                                  "--connect-to", "www.un.org:80:127.0.0.1:\(server.httpPort)",
                                  "--connect-to", "www.who.int:80:127.0.0.1:\(server.httpPort)"], cwd: work.path)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let stats = try server.stats()
        #expect(stats.hits.values.reduce(0, +) == 8)
        #expect(stats.maxInFlight["www.un.org"] == 1)
        #expect((stats.maxInFlight["www.who.int"] ?? 0) > 1, "the other host keeps the run's concurrency: \(stats.maxInFlight)")
        let starts = (stats.starts["www.un.org"] ?? []).sorted()
        #expect(starts.count == 4)
        // Seen at the server, a gap can be some milliseconds short of the client's 200 ms (a loaded
        // machine schedules the server's threads late); without the host's interval it is near 0.
        for (a, b) in zip(starts, starts.dropFirst()) { #expect(b - a >= 0.15, "gap \(b - a) on www.un.org") }
    }

    @Test func flagsWinAndConfigPrintShowsTheMerge() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "timeout = 7\nexclude = [\"/cf$\"]\noffline = true\nno-store = true\n"
            .write(to: folder.appendingPathComponent("citecheck.toml"), atomically: true, encoding: .utf8)
        let paper = CLI.fixture("links-paper.txt")
        let out = folder.appendingPathComponent("r.json").path
        let configured = try CLI.run(["check", paper, "--format", "json", "--output", out], cwd: folder.path)
        #expect(configured.status == 0, "stderr: \(configured.stderr)")
        var json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as? [String: Any])
        #expect((json["run"] as? [String: Any])?["timeoutSeconds"] as? Double == 7)
        let skipped = (json["links"] as? [[String: Any]])?.filter { $0["status"] as? String == "skipped" }
        #expect(skipped?.count == 1)
        let flagged = try CLI.run(["check", paper, "--format", "json", "--output", out, "--timeout", "3"], cwd: folder.path)
        #expect(flagged.status == 0)
        json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as? [String: Any])
        #expect((json["run"] as? [String: Any])?["timeoutSeconds"] as? Double == 3)
        let ignored = try CLI.run(["check", paper, "--format", "json", "--output", out, "--no-config", "--no-store", "--offline"], cwd: folder.path)
        #expect(ignored.status == 0)
        json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as? [String: Any])
        #expect((json["run"] as? [String: Any])?["timeoutSeconds"] as? Double == 30)

        let printed = try CLI.run(["config", "--print"], cwd: folder.path)
        #expect(printed.status == 0)
        #expect(printed.stdout.contains("timeout = 7.0  # from the config file"))
        #expect(printed.stdout.contains("exclude = [\"/cf$\"]  # from the config file"))
        #expect(printed.stdout.contains("host-concurrency = 2\n"))  // a default, merged in
    }

    @Test func unknownKeysWrongTypesAndBadTOMLNameFileLineAndKey() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("citecheck.toml")
        let paper = CLI.fixture("links-paper.txt")
        let cases: [(String, String)] = [
            ("# settings\n\ntimout = 3\n", "citecheck.toml:3: timout: unknown key"),
            ("timeout = \"fast\"\n", "citecheck.toml:1: timeout: must be a number, not a string"),
            ("offline = 1\n", "citecheck.toml:1: offline: must be true or false"),
            ("[hosts.\"www.un.org\"]\nconcurrency = 1\nspeed = 3\n", "citecheck.toml:3: hosts.www.un.org.speed: unknown key"),
            ("[hosts.\"a.org\"]\ninterval = \"2s\"\n", "citecheck.toml:2: hosts.a.org.interval: must be an integer"),
            ("timeout = [\n", "citecheck.toml:1: not valid TOML"),
        ]
        for (text, expected) in cases {
            try text.write(to: file, atomically: true, encoding: .utf8)
            let result = try CLI.run(["check", paper, "--offline", "--no-store"], cwd: folder.path)
            #expect(result.status == 2, "\(text)")
            #expect(result.stderr.contains(expected), "\(text) → \(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Reports").path))
        }
        // --config names a file anywhere; a missing one is an input error.
        let missing = try CLI.run(["check", paper, "--offline", "--config", "/nonexistent/citecheck.toml"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("/nonexistent/citecheck.toml"))
    }
}
