/// A date a page gives for itself, as written: the calendar date, the time of day and the UTC
/// offset when the page gave them, and where on the page it was found.
public struct PageDate: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The calendar date in the page's own offset (or as written when no offset was given).
    public var date: PartialDate
    /// Minutes after midnight, when a time was given.
    public var minuteOfDay: Int?
    /// Minutes east of UTC, when the page gave an offset ("Z" is 0).
    public var offsetMinutes: Int?
    public var source: DateSource

    public init(date: PartialDate, minuteOfDay: Int? = nil, offsetMinutes: Int? = nil, source: DateSource) {
        self.date = date
        self.minuteOfDay = minuteOfDay
        self.offsetMinutes = offsetMinutes
        self.source = source
    }

    /// ISO 8601 text keeping the precision and offset given: "2024-09", "2024-08-28T22:00-04:00".
    public var description: String {
        var s = date.description
        guard let minuteOfDay, date.precision == .day else { return s }
        s += "T" + String(format2: minuteOfDay / 60) + ":" + String(format2: minuteOfDay % 60)
        guard let offsetMinutes else { return s }
        if offsetMinutes == 0 { return s + "Z" }
        let a = abs(offsetMinutes)
        return s + (offsetMinutes < 0 ? "-" : "+") + String(format2: a / 60) + ":" + String(format2: a % 60)
    }

    /// The calendar days a citation may fairly give for this moment: the day in the page's own
    /// offset, in UTC and in UTC+8 (Beijing), since a note may be dated in any of them.
    public var acceptableDays: [PartialDate] {
        var days = [date]
        guard date.precision == .day, let minuteOfDay, let offsetMinutes else { return days }
        let utc = date.earliestDayNumber * 1440 + minuteOfDay - offsetMinutes
        for shift in [0, 8 * 60] {
            let day = PartialDate(dayNumber: Int((Double(utc + shift) / 1440).rounded(.down)))
            if !days.contains(day) { days.append(day) }
        }
        return days
    }

    /// The calendar day of this moment in another offset (minutes east of UTC), when the page gave
    /// a time and an offset.
    public func day(inOffset offset: Int) -> PartialDate? {
        guard date.precision == .day, let minuteOfDay, let offsetMinutes else { return nil }
        let utc = date.earliestDayNumber * 1440 + minuteOfDay - offsetMinutes
        return PartialDate(dayNumber: Int((Double(utc + offset) / 1440).rounded(.down)))
    }

    /// True when the citation's date, at its own precision, names this moment.
    public func agrees(with cited: PartialDate) -> Bool {
        acceptableDays.contains { cited.covers($0) || $0.covers(cited) }
    }

    enum CodingKeys: String, CodingKey { case value, source }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(description, forKey: .value)
        try c.encode(source, forKey: .source)
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let text = try c.decode(String.self, forKey: .value)
        let source = try c.decode(DateSource.self, forKey: .source)
        guard let parsed = DateTextParser.parse(text) else {
            throw DecodingError.dataCorruptedError(forKey: .value, in: c, debugDescription: "not a date: \(text)")
        }
        self.init(date: parsed.date, minuteOfDay: parsed.minuteOfDay, offsetMinutes: parsed.offsetMinutes, source: source)
    }
}
