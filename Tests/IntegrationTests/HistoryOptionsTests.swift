import Foundation
import Testing

/// `check`'s history options: bad values are usage errors (exit 2, one line) before anything runs.
@Test func badHistoryOptionsExitTwo() throws {
    let folder = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let paper = folder.appendingPathComponent("paper.md").path
    try "Text.[^1]\n\n[^1]: A, \"B,\" http://www.un-example.org/a (accessed 2024-01-01).\n".write(toFile: paper, atomically: true, encoding: .utf8)
    for (arguments, problem) in [
        (["--now", "yesterday"], "--now yesterday: not an ISO 8601 timestamp"),
        (["--max-age", "soon"], "--max-age soon: expected a duration"),
        (["--confirm-runs", "0"], "--confirm-runs must be between 1 and 1000, got 0"),
        (["--confirm-days=-1"], "--confirm-days must be between 0 and 36500, got -1"),
    ] {
        let result = try CLI.run(["check", paper, "--offline"] + arguments, cwd: folder.path)
        #expect(result.status == 2, "\(arguments)")
        #expect(result.stderr.contains(problem), "\(result.stderr)")
    }
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(".citecheck").path))
}

@Test func anOfflineRunIsNotRecorded() throws {
    let folder = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let paper = folder.appendingPathComponent("paper.md").path
    try "Text.[^1]\n\n[^1]: A, \"B,\" http://www.un-example.org/a (accessed 2024-01-01).\n".write(toFile: paper, atomically: true, encoding: .utf8)
    let store = folder.appendingPathComponent("h.sqlite").path
    let result = try CLI.run(["check", paper, "--offline", "--store", store, "-o", folder.appendingPathComponent("r.json").path])
    #expect(result.status == 0, "\(result.stderr)")
    let history = try CLI.run(["history", paper, "--store", store])
    #expect(history.stdout == "no checks recorded\n")
}
