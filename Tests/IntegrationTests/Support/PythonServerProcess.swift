import Foundation

/// A stdlib Python server from Tests/IntegrationTests/Fixtures run as a child process: it binds free
/// loopback ports, prints them as one JSON line ({"http": N, "https": M}), and exits when its
/// standard input closes, so a test that dies cannot leave it running.
final class PythonServerProcess: @unchecked Sendable {
    struct Ports: Decodable {
        var http: Int
        var https: Int?
    }

    private let process = Process()
    private let input = Pipe()
    let ports: Ports

    init(script: String, arguments: [String] = []) throws {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", TestServer.fixtures.appendingPathComponent(script).path] + arguments
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
        guard let ports = try? JSONDecoder().decode(Ports.self, from: line) else {
            process.terminate()
            throw TestServerError.didNotStart(String(decoding: line, as: UTF8.self))
        }
        self.ports = ports
    }

    /// Closes the server's standard input and waits for it to end. A copy of that pipe's writing
    /// end can outlive ours in a process started meanwhile (a daemon that inherited it), and then
    /// the server never reads the end of its input: after a grace period it is asked to stop with
    /// SIGTERM, which every server here (loopback.py) ends on at once.
    func stop() {
        try? input.fileHandleForWriting.close()
        let deadline = Date().addingTimeInterval(5)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }
}
