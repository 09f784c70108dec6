import Foundation
import Testing
@testable import CiteCheck

@Test func outputIsReadAndTheExitStatusKept() throws {
    let result = try ProcessGroupRun(executable: "/bin/sh", arguments: ["-c", "printf 'hello'; exit 3"], environment: [:],
                                     timeout: 30, maxOutput: 1024).run()
    #expect(String(decoding: result.output, as: UTF8.self) == "hello")
    #expect(result.status == 3)
    #expect(!result.timedOut)
}

@Test func onTimeoutTheWholeGroupIsKilledGrandchildrenIncluded() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pgrun-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let pidFile = folder.appendingPathComponent("grandchild").path
    // A helper that outlives its parent unless the group dies: it would write "alive" after 3 s.
    let script = "(sleep 3; echo alive > \(pidFile).alive) & echo $! > \(pidFile); sleep 60"
    let result = try ProcessGroupRun(executable: "/bin/sh", arguments: ["-c", script], environment: [:], timeout: 1, maxOutput: 1024).run()
    #expect(result.timedOut)
    #expect(result.status == nil)
    let grandchild = try #require(Int32(try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
    // Reaped by init or gone: kill(pid, 0) fails once the process no longer exists.
    var gone = false
    for _ in 0..<50 where !gone {
        gone = kill(grandchild, 0) != 0
        if !gone { usleep(100_000) }
    }
    #expect(gone, "the grandchild was killed with its group")
    #expect(!FileManager.default.fileExists(atPath: pidFile + ".alive"))
}

@Test func outputOverTheCapStopsTheProgram() throws {
    let result = try ProcessGroupRun(executable: "/bin/sh", arguments: ["-c", "yes x"], environment: [:], timeout: 30, maxOutput: 100_000).run()
    #expect(result.output.count == 100_000)
    #expect(result.status == nil)
}
