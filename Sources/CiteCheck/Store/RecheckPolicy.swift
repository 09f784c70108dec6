import Foundation

/// `--max-age`: a link verified recently keeps its last result instead of being fetched again.
/// Only successes are reused; a failure is always rechecked, since that is how rot is confirmed
/// (or a bad day forgiven).
public struct RecheckPolicy: Hashable, Sendable {
    /// Seconds a success stays fresh; nil rechecks everything.
    public var maxAge: TimeInterval?

    public init(maxAge: TimeInterval? = nil) {
        self.maxAge = maxAge
    }

    /// Parses "7d", "12h", "30m", "90s" or a bare number of seconds.
    public init(maxAge text: String) throws {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let units: [Character: Double] = ["s": 1, "m": 60, "h": 3_600, "d": 86_400, "w": 604_800]
        var number = Substring(trimmed)
        var scale = 1.0
        if let last = trimmed.last, let unit = units[last] {
            number = trimmed.dropLast()
            scale = unit
        }
        guard let value = Double(number), value >= 0, value.isFinite else {
            throw CiteCheckError(.usage, file: nil, "--max-age \(text): expected a duration such as 7d, 12h or 30m")
        }
        maxAge = value * scale
    }

    /// Whether to fetch a link again, given its last real (not reused) check.
    public func needsRecheck(last: HistoryPoint?, now: Date) -> Bool {
        guard let maxAge, let last else { return true }
        guard LinkStatusClass(status: last.status) == .success else { return true }
        return now.timeIntervalSince(last.checkedAt) >= maxAge
    }
}
