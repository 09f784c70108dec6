import Foundation
import Testing

/// `citecheck --version`: the tool and the C libraries it runs with, for bug reports.
@Suite struct VersionCommandTests {
    @Test func versionNamesTheToolAndTheLibrariesInUse() throws {
        let result = try CLI.run(["--version"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let line = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        // Each library with a dotted version number, as loaded (not a placeholder).
        let pattern = /^citecheck \d+\.\d+\.\d+ \(libcurl \d+\.\d+\.\d+[^,]*, libxml2 \d+\.\d+\.\d+, SQLite \d+\.\d+\.\d+\)$/
        #expect(line.wholeMatch(of: pattern) != nil, "got \(line)")
    }

    @Test func theLibcurlVersionIsTheOneCurlReports() throws {
        // curl-config names the libcurl this machine builds and links against.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pkg-config", "--modversion", "libcurl"]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let expected = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        process.waitUntilExit()
        let result = try CLI.run(["--version"])
        #expect(result.stdout.contains("libcurl \(expected),"), "got \(result.stdout), pkg-config says \(expected)")
    }
}
