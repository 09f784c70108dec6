import Foundation

/// access-date: an access date that cannot be right. Errors: accessed before the cited publication
/// date, in the future, after the paper itself was first published, or an impossible calendar date.
/// Info: accessed long before the paper was received (a stale check of the source).
public struct AccessDateCheck: Sendable {
    /// The day the audit runs; injectable so results do not depend on the clock.
    public var today: PartialDate
    /// Access dates more than this many years before the paper's received date are reported as info.
    public var maxYearsBeforeReceived: Int

    public init(today: PartialDate, maxYearsBeforeReceived: Int = 3) {
        self.today = today
        self.maxYearsBeforeReceived = maxYearsBeforeReceived
    }

    public func findings(for reference: Reference, paper: PaperMetadata) -> [Finding] {
        let url = reference.urls.first
        func finding(_ severity: Finding.Severity, _ message: String) -> Finding {
            Finding(kind: .accessDate, severity: severity, reference: reference.id, url: url,
                    message: "\(reference.noteDescription) \(message)")
        }
        guard let accessed = reference.accessed else {
            return Self.impossibleDates(in: reference.raw).map {
                finding(.error, "gives the access date \($0), which is not a calendar date")
            }
        }
        var found: [Finding] = []
        if let published = reference.date, accessed.latestDayNumber < published.earliestDayNumber {
            found.append(finding(.error, "says it was accessed on \(accessed), before the date it cites for the work, \(published)"))
        }
        if accessed.earliestDayNumber > today.latestDayNumber {
            found.append(finding(.error, "says it was accessed on \(accessed), which is in the future (today is \(today))"))
        } else if let first = paper.published, accessed.earliestDayNumber > first.latestDayNumber {
            found.append(finding(.error, "says it was accessed on \(accessed), after the paper was first published on \(first)"))
        }
        if let received = paper.received {
            let limit = received.earliestDayNumber - Int((Double(maxYearsBeforeReceived) * 365.25).rounded(.down))
            if accessed.latestDayNumber < limit {
                found.append(finding(.info, "says it was accessed on \(accessed), more than \(maxYearsBeforeReceived) years before the paper was received on \(received)"))
            }
        }
        return found
    }

    /// Bracketed access dates ("[2025-02-30]", "［2025-13-01］") whose numbers name no real day.
    /// The reference parser cannot hold such a date, so the raw note is the evidence.
    static func impossibleDates(in raw: String) -> [String] {
        var result: [String] = []
        var rest = Substring(raw)
        while let open = rest.firstIndex(where: { $0 == "[" || $0 == "［" }) {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(where: { $0 == "]" || $0 == "］" }) else { break }
            let inside = after[..<close].trimmingCharacters(in: .whitespaces)
            let parts = inside.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
            if parts.count == 3, parts[0].count == 4, parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCIIDigit) }),
               PartialDate(year: Int(parts[0])!, month: Int(parts[1])!, day: Int(parts[2])!) == nil {
                result.append(inside)
            }
            rest = after[after.index(after: close)...]
        }
        return result
    }
}
