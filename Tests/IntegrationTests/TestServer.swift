import CiteCheck
import Foundation

/// The loopback test web: Fixtures/testserver.py started as a child process on free ports,
/// stopped by `stop()` (call it in a `defer`). One per test, so server-side counts are the test's own.
final class TestServer: @unchecked Sendable {
    private let server: PythonServerProcess
    let httpPort: Int
    let httpsPort: Int?

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    init(tls: Bool = false) throws {
        var arguments: [String] = []
        if tls {
            let certificates = try TestCertificates.shared.get()
            arguments += ["--cert", certificates.serverCert, "--key", certificates.serverKey]
        }
        server = try PythonServerProcess(script: "testserver.py", arguments: arguments)
        httpPort = server.ports.http
        httpsPort = server.ports.https
    }

    func stop() { server.stop() }

    func url(_ path: String) -> String { "http://127.0.0.1:\(httpPort)\(path)" }

    func httpsURL(_ path: String, host: String = "localhost") -> String { "https://\(host):\(httpsPort ?? 0)\(path)" }

    /// What the server saw: /stats, fetched with the fetcher under test itself.
    func stats() throws -> ServerStats {
        let outcome = LinkFetcher().fetchAll([url("/stats")])[0]
        return try JSONDecoder().decode(ServerStats.self, from: outcome.body)
    }
}

struct ServerStats: Decodable {
    var maxInFlight: [String: Int]
    var hits: [String: Int]
    var methods: [String: [String]]
    var ranges: [String: [String]]
    var starts: [String: [Double]]
}

enum TestServerError: Error { case didNotStart(String), openssl(String) }

/// A throwaway CA and a server certificate it signed (for localhost, 127.0.0.1, www.un.org and any
/// `hosts` given), made once per instance with the openssl CLI in a temporary folder.
final class TestCertificates: @unchecked Sendable {
    struct Files: Sendable { var caCert: String; var serverCert: String; var serverKey: String }

    static let shared = TestCertificates()
    private let lock = NSLock()
    private var files: Files?
    private let hosts: [String]
    private let name: String

    init(hosts: [String] = [], name: String = "tls") {
        self.hosts = hosts
        self.name = name
    }

    func get() throws -> Files {
        lock.lock()
        defer { lock.unlock() }
        if let files { return files }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("citecheck-\(name)-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
        let names = (["localhost", "www.un.org"] + hosts.filter { $0 != "localhost" && $0 != "www.un.org" }).map { "DNS:\($0)" }
        try String("subjectAltName=\(names.joined(separator: ",")),IP:127.0.0.1\nbasicConstraints=CA:FALSE\n"
            + "keyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n")
            .write(toFile: path("ext.cnf"), atomically: true, encoding: .utf8)
        let ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
        try openssl(["req", "-x509"] + ec + ["-keyout", path("ca.key"), "-out", path("ca.pem"), "-days", "2",
                     "-subj", "/CN=CiteCheck Test CA", "-addext", "basicConstraints=critical,CA:TRUE",
                     "-addext", "keyUsage=critical,keyCertSign,cRLSign"])
        try openssl(["req"] + ec + ["-keyout", path("server.key"), "-out", path("server.csr"), "-subj", "/CN=localhost"])
        try openssl(["x509", "-req", "-in", path("server.csr"), "-CA", path("ca.pem"), "-CAkey", path("ca.key"),
                     "-CAcreateserial", "-out", path("server.pem"), "-days", "2", "-extfile", path("ext.cnf")])
        let made = Files(caCert: path("ca.pem"), serverCert: path("server.pem"), serverKey: path("server.key"))
        files = made
        return made
    }

    private func openssl(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["openssl"] + arguments
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationStatus != 0 {
            throw TestServerError.openssl(String(decoding: message, as: UTF8.self))
        }
    }
}
