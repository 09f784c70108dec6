import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A throw-away PostgreSQL server for one test process: `initdb` in a temporary folder, listening
/// on a Unix socket in that folder and on a free loopback port, with trust authentication for the
/// superuser `citecheck`. initdb and the server refuse to run as root, so under root they run as
/// the `postgres` system user (Debian's package makes it), owning the folder. A watchdog shell
/// stops the server and deletes the folder once the test process is gone, however it ended.
/// Missing binaries are an error, not a skip: `make test-deps` installs Debian's `postgresql`.
final class PostgresCluster: Sendable {
    let folder: String
    let port: Int
    let bin: String
    private let runAs: String?

    /// The cluster most tests share (one database each, `database()`); started on first use.
    static let shared: Result<PostgresCluster, ClusterError> = {
        do { return .success(try PostgresCluster()) } catch { return .failure(.failed("\(error)")) }
    }()

    init() throws {
        bin = try Self.binaries()
        runAs = getuid() == 0 ? "postgres" : nil
        folder = "/tmp/citecheck-pg-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        if let runAs {
            guard let user = getpwnam(runAs) else { throw ClusterError.failed("no \(runAs) user to run initdb as") }
            chown(folder, user.pointee.pw_uid, user.pointee.pw_gid)
        }
        port = try Self.freePort()
        try run("\(bin)/initdb", ["-D", "\(folder)/data", "-U", "citecheck", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"])
        let options = "-k \(folder) -p \(port) -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
            + " -c full_page_writes=off -c shared_buffers=16MB -c max_connections=60"
        try run("\(bin)/pg_ctl", ["-D", "\(folder)/data", "-o", options, "-l", "\(folder)/server.log", "-w", "-t", "60", "start"])
        try watch()
    }

    /// `--store` for a database of this cluster, by its Unix socket (libpq's `host=` folder form).
    func uri(_ database: String) -> String { "postgresql://citecheck@/\(database)?host=\(folder)&port=\(port)" }

    /// The same database over TCP on the loopback port.
    func tcpURI(_ database: String) -> String { "postgres://citecheck@127.0.0.1:\(port)/\(database)" }

    /// A new empty database; its store URI.
    func database(_ prefix: String = "t") throws -> (name: String, uri: String) {
        let name = "\(prefix)_\(UUID().uuidString.prefix(8).lowercased())"
        _ = try query("postgres", "CREATE DATABASE \(name)")
        return (name, uri(name))
    }

    /// Runs SQL with psql; the rows, each as its columns.
    func query(_ database: String, _ sql: String) throws -> [[String]] {
        let output = try run("\(bin)/psql", ["-X", "-q", "-At", "-F", "\t", "-v", "ON_ERROR_STOP=1", "-h", folder, "-p", "\(port)",
                                              "-U", "citecheck", "-d", database, "-c", sql], asServer: false)
        return output.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    /// Stops the server at once, as a crash or a lost network would end it for its clients.
    func stop() throws {
        try run("\(bin)/pg_ctl", ["-D", "\(folder)/data", "-m", "immediate", "-w", "stop"])
    }

    /// The newest installed PostgreSQL's programs (Debian keeps them out of PATH), else PATH's.
    static func binaries() throws -> String {
        let root = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).compactMap(Int.init).sorted()
        if let newest = versions.last, FileManager.default.isExecutableFile(atPath: "\(root)/\(newest)/bin/initdb") {
            return "\(root)/\(newest)/bin"
        }
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        where FileManager.default.isExecutableFile(atPath: "\(folder)/initdb") {
            return String(folder)
        }
        throw ClusterError.failed("no PostgreSQL server installed (initdb not found): run `make test-deps`")
    }

    private static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw ClusterError.failed("no free loopback port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// The shell that outlives this process by a moment: stops the server and removes the folder.
    private func watch() throws {
        let stop = (runAs.map { "runuser -u \($0) -- " } ?? "") + "\(bin)/pg_ctl -D \(folder)/data -m immediate stop"
        let script = "while kill -0 \(getpid()) 2>/dev/null; do sleep 1; done; \(stop) >/dev/null 2>&1; rm -rf \(folder)"
        let watchdog = Process()
        // A session of its own: a signal to the test's process group does not take it along.
        watchdog.executableURL = URL(fileURLWithPath: "/usr/bin/setsid")
        watchdog.arguments = ["/bin/sh", "-c", script]
        watchdog.standardInput = FileHandle.nullDevice
        watchdog.standardOutput = FileHandle.nullDevice
        watchdog.standardError = FileHandle.nullDevice
        try watchdog.run()
    }

    /// Adds "close every descriptor from 3 up" to `actions`: glibc's
    /// posix_spawn_file_actions_addclosefrom_np (2.34 and later; Swift's Glibc module does not
    /// declare it, so it is looked up), else a close of each descriptor open now.
    private static func closeTheRest(_ actions: inout posix_spawn_file_actions_t) {
        typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        if let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") {
            _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, 3)
            return
        }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? [] {
            if let fd = Int32(name), fd > 2 { posix_spawn_file_actions_addclose(&actions, fd) }
        }
    }

    /// Runs a program to its end (as the server's user when `asServer`), its output in files:
    /// posix_spawn and waitpid, not Foundation's Process, whose wait never returns once the server
    /// pg_ctl starts has inherited the descriptors it watches.
    @discardableResult
    private func run(_ program: String, _ arguments: [String], asServer: Bool = true) throws -> String {
        let argv = asServer && runAs != nil ? ["/usr/sbin/runuser", "-u", runAs!, "--", program] + arguments : [program] + arguments
        let outPath = NSTemporaryDirectory() + "citecheck-pg-\(UUID().uuidString).out"
        let errPath = outPath + ".err"
        defer {
            try? FileManager.default.removeItem(atPath: outPath)
            try? FileManager.default.removeItem(atPath: errPath)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        // Nothing else of this process: the server pg_ctl starts lives to the end of the run, and a
        // pipe it inherited (the standard input of a test web another test had open) would never
        // close, so that web would never see the end of its input and its test would wait forever.
        Self.closeTheRest(&actions)
        let cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, argv[0], &actions, nil, cArguments, environ)
        guard spawned == 0 else { throw ClusterError.failed("cannot start \(argv[0]): error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let stdout = FileManager.default.contents(atPath: outPath) ?? Data()
        let stderr = FileManager.default.contents(atPath: errPath) ?? Data()
        guard status == 0 else {
            throw ClusterError.failed("\(program) \(arguments.joined(separator: " ")): \(String(decoding: stderr + stdout, as: UTF8.self))")
        }
        return String(decoding: stdout, as: UTF8.self)
    }

    enum ClusterError: Error, CustomStringConvertible {
        case failed(String)
        var description: String { if case .failed(let message) = self { return message }; return "" }
    }
}
