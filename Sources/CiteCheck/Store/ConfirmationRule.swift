import Foundation

/// The verdict over time (InternetArchiveBot's rule): a failing link is confirmed dead only after it
/// has failed in at least `runs` checks spread over at least `days` calendar days (UTC), with no
/// success in between. Pure: it sees only the timeline it is given.
public struct ConfirmationRule: Hashable, Sendable {
    public var runs: Int
    public var days: Int

    public init(runs: Int = 3, days: Int = 3) {
        self.runs = runs
        self.days = days
    }

    /// The history after the given checks, oldest first.
    public func history(_ timeline: [HistoryPoint]) -> LinkHistory {
        var first: Date?
        var last: Date?
        var failures = 0
        for point in timeline.sorted(by: { $0.checkedAt < $1.checkedAt }) {
            switch LinkStatusClass(status: point.status) {
            case .success:
                first = nil
                last = nil
                failures = 0
            case .failure:
                if first == nil { first = point.checkedAt }
                last = point.checkedAt
                failures += 1
            case .neutral:
                break
            }
        }
        guard let first, let last else { return .clean }
        let confirmed = failures >= max(1, runs) && Self.daysSpanned(first, last) >= days
        return LinkHistory(firstFailed: first, failures: failures, confirmed: confirmed)
    }

    /// Calendar days (UTC) touched from `a` to `b`: checks on Monday, Tuesday and Wednesday
    /// span three days.
    public static func daysSpanned(_ a: Date, _ b: Date) -> Int {
        let dayA = Int((a.timeIntervalSince1970 / 86_400).rounded(.down))
        let dayB = Int((b.timeIntervalSince1970 / 86_400).rounded(.down))
        return abs(dayB - dayA) + 1
    }

    /// The finding kinds that a failing check earns and that the rule re-grades.
    static let failureKinds: Set<Finding.Kind> = [.deadLink, .timeout, .dns, .tls, .connection, .serverError]

    /// Re-grades a link's failure findings by its history: a warning saying "failing since …,
    /// n of 3 checks" until confirmed, then a `dead-link` error. Other findings pass unchanged.
    public func grade(_ findings: [Finding], history: LinkHistory) -> [Finding] {
        findings.map { finding in
            guard Self.failureKinds.contains(finding.kind), let since = history.firstFailed else { return finding }
            var graded = finding
            let day = String(AuditClock.iso(since).prefix(10))
            if history.confirmed {
                graded.kind = .deadLink
                graded.severity = .error
                graded.message += " (confirmed dead: failing since \(day), \(history.failures) checks)"
            } else {
                graded.severity = .warning
                if history.failures < runs {
                    graded.message += " (failing since \(day), \(history.failures) of \(runs) checks)"
                } else {
                    graded.message += " (failing since \(day), \(history.failures) checks, not yet over \(days) days)"
                }
            }
            return graded
        }
    }
}
