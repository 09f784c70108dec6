import Foundation

/// The one source of "now" for an audit. Production code reads the time from here, never from
/// `Date()`, so `--now` makes an audit reproducible and tests can simulate days passing.
public struct AuditClock: Sendable {
    private let read: @Sendable () -> Date

    public init(_ read: @escaping @Sendable () -> Date) {
        self.read = read
    }

    public var now: Date { read() }

    /// The wall clock.
    public static let system = AuditClock { Date() }

    /// A clock stopped at one instant.
    public static func fixed(_ date: Date) -> AuditClock {
        AuditClock { date }
    }

    /// Parses `--now`: an ISO 8601 timestamp ("2026-11-30T06:00:00Z", with or without fractional
    /// seconds or an offset) or a plain date ("2026-11-30", taken as midnight UTC).
    public static func parse(_ text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let variants: [ISO8601DateFormatter.Options] = [
            [.withInternetDateTime],
            [.withInternetDateTime, .withFractionalSeconds],
            [.withFullDate],
        ]
        for options in variants {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = options
            formatter.timeZone = TimeZone(identifier: "UTC")
            if let date = formatter.date(from: trimmed) { return date }
        }
        return nil
    }

    /// A clock fixed at `--now`, or a usage error naming the bad value.
    public static func fixed(iso text: String) throws -> AuditClock {
        guard let date = parse(text) else {
            throw CiteCheckError(.usage, file: nil, "--now \(text): not an ISO 8601 timestamp (e.g. 2026-11-30T06:00:00Z)")
        }
        return .fixed(date)
    }

    /// The JSON form of a time: ISO 8601 in UTC, to the second.
    public static func iso(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
