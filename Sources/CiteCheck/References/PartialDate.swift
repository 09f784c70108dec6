/// A calendar date known to the precision its source gave: a year, a month, or a day.
/// Encoded as "YYYY", "YYYY-MM" or "YYYY-MM-DD" so the precision survives the round trip.
public struct PartialDate: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Precision: String, Sendable, Codable, Comparable {
        case year, month, day
        public static func < (a: Precision, b: Precision) -> Bool { a.rank < b.rank }
        private var rank: Int { self == .year ? 0 : self == .month ? 1 : 2 }
    }

    public let year: Int
    public let month: Int?
    public let day: Int?

    /// Returns nil for impossible dates (month 13, 30 February, day without month).
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1000...9999).contains(year) else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let day {
            guard let month, day >= 1, day <= PartialDate.daysIn(month: month, year: year) else { return nil }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    public var precision: Precision { day != nil ? .day : month != nil ? .month : .year }

    public var description: String {
        var s = String(format4: year)
        if let month { s += "-" + String(format2: month) }
        if let day { s += "-" + String(format2: day) }
        return s
    }

    /// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (the JSON form).
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard (1...3).contains(parts.count), parts.allSatisfy({ $0 != nil }) else { return nil }
        self.init(year: parts[0]!, month: parts.count > 1 ? parts[1] : nil, day: parts.count > 2 ? parts[2] : nil)
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = PartialDate(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }

    /// True when `other` falls within the span this date names (a month covers its days).
    public func covers(_ other: PartialDate) -> Bool {
        guard year == other.year else { return false }
        guard let month else { return true }
        guard other.month == month else { return false }
        guard let day else { return true }
        return other.day == day
    }

    /// Ordinal day number of the first (or last) day this date could mean, for ordering.
    public var earliestDayNumber: Int { PartialDate.dayNumber(year, month ?? 1, day ?? 1) }
    public var latestDayNumber: Int {
        let m = month ?? 12
        return PartialDate.dayNumber(year, m, day ?? PartialDate.daysIn(month: m, year: year))
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (proleptic Gregorian), Howard Hinnant's algorithm.
    static func dayNumber(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The calendar day for a day number (inverse of `dayNumber`).
    public init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }
}

extension String {
    init(format4 n: Int) { self = n < 1000 ? String(repeating: "0", count: 4 - String(n).count) + String(n) : String(n) }
    init(format2 n: Int) { self = n < 10 ? "0\(n)" : String(n) }
}
