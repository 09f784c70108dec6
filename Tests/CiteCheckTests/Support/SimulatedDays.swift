import Foundation
@testable import CiteCheck

/// Times for tests that simulate audits on successive days: day(1) is 2026-11-01 06:00 UTC.
enum SimulatedDays {
    static func day(_ n: Int, hour: Int = 6) -> Date {
        AuditClock.parse("2026-11-01T00:00:00Z")!.addingTimeInterval(Double(n - 1) * 86_400 + Double(hour) * 3_600)
    }

    static func point(_ n: Int, _ status: String, hour: Int = 6) -> HistoryPoint {
        HistoryPoint(checkedAt: day(n, hour: hour), status: status)
    }

    /// A store in a fresh temporary folder.
    static func temporaryStorePath() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("citecheck-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent("history.sqlite").path
    }
}
