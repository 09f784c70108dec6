import CiteCheck
import Foundation

/// Audits for the report tests: the seed paper checked offline (every note, no network), and a
/// hostile audit (fixture file) whose strings try to break out of HTML, XML and Markdown.
enum ReportFixtures {
    static func seedAudit() throws -> Audit {
        let parsed = try PaperParser().parse(path: Fixtures.seedPaper)
        var audit = LinkAuditor(offline: true).audit(parsed)
        audit.run = AuditRun(startedAt: "2026-11-30T06:00:00Z", elapsedMs: 35, paperFile: "References/un-ai-governance-main-channel.zh.txt",
                             offline: true, options: FetchOptions())
        return audit
    }

    static func hostileAudit() throws -> Audit {
        let path = Fixtures.path("reports/hostile-audit.json")
        return try JSONCoding.decodeAudit(try Data(contentsOf: URL(fileURLWithPath: path)), file: path)
    }

    /// Runs python3 with a script, text on stdin; returns (status, stdout + stderr).
    static func python(_ script: String, input: String, arguments: [String] = []) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stdout
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    /// Every match of a regular expression's first group.
    static func matches(_ pattern: String, in text: String) throws -> [String] {
        let regex = try NSRegularExpression(pattern: pattern)
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range(at: 1)) }
    }
}
