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

    /// Access dates in the raw note ("[2025-02-30]", "［2025-13-01］", "[引用日期2025-02-30]",
    /// "访问日期：2025年2月30日", "accessed February 30, 2025") whose numbers name no real day.
    /// The reference parser cannot hold such a date, so the raw note is the evidence.
    static func impossibleDates(in raw: String) -> [String] {
        var result: [String] = []
        for pattern in [AccessPattern.bracketed, AccessPattern.labelled] {
            for match in raw.matches(of: pattern) {
                let text = String(match.1)
                let numbers = text.split(whereSeparator: { !$0.isASCIIDigit }).compactMap { Int($0) }
                if numbers.count == 3, PartialDate(year: numbers[0], month: numbers[1], day: numbers[2]) == nil,
                   !result.contains(text) {
                    result.append(text)
                }
            }
        }
        for match in raw.matches(of: AccessPattern.named) {
            let text = String(match.1)
            let words = text.split(whereSeparator: { !$0.isLetter && !$0.isASCIIDigit })
            guard let monthWord = words.first(where: { $0.first?.isLetter == true }),
                  let month = AccessPattern.months.firstIndex(of: String(monthWord.prefix(3)).lowercased()),
                  let year = words.last.flatMap({ Int($0) }),
                  let day = words.first(where: { $0.count <= 2 && $0.allSatisfy(\.isASCIIDigit) }).flatMap({ Int($0) })
            else { continue }
            if PartialDate(year: year, month: month + 1, day: day) == nil, !result.contains(text) { result.append(text) }
        }
        return result
    }
}

/// Compiled once: a regex literal is parsed again each time it is evaluated.
private enum AccessPattern {
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    nonisolated(unsafe) static let bracketed = #/[\[［]\s*(?:引用日期|访问日期|检索日期|accessed)?\s*[:：]?\s*(\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2})\s*日?\s*[\]］]/#
    nonisolated(unsafe) static let labelled = #/(?:访问|引用|检索|浏览|登录)(?:日期|时间)\s*[:：]?\s*(\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2})/#
    nonisolated(unsafe) static let named = #/(?i)(?:accessed|retrieved|viewed|visited|consulted)(?:\s+on)?\s*:?\s*([a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[a-z]+\.?\s+\d{4})/#
}
