/// Chooses the page's publication and modification dates among every source's candidates, by the
/// source's reliability (`DateSource.rank`), and reads a UTC timestamp as the site means it.
enum PageDateChooser {
    struct Choice: Sendable {
        var published: PageDate?
        var modified: PageDate?
        /// Every candidate, publication dates first, most reliable first.
        var dates: [PageDate]
    }

    static func choose(_ candidates: DateCandidates) -> Choice {
        let published = ranked(candidates.published)
        let modified = ranked(candidates.modified)
        var best = published.first
        // A month (from the URL) gives way to a day the page states in that month.
        if let b = best, b.date.precision < .day,
           let day = published.first(where: { $0.date.precision == .day && b.date.covers($0.date) }) {
            best = day
        }
        if let b = best { best = originalReading(of: b, among: published) }
        if let b = best { best = localReading(of: b, among: published) }
        return Choice(published: best, modified: modified.first, dates: published + modified)
    }

    /// Stable sort by rank, and each date once per source.
    private static func ranked(_ dates: [PageDate]) -> [PageDate] {
        var seen = Set<PageDate>()
        return dates.enumerated()
            .sorted { ($0.element.source.rank, $0.offset) < ($1.element.source.rank, $1.offset) }
            .map(\.element).filter { seen.insert($0).inserted }
    }

    /// A permalink's day is fixed when the post first goes out (WordPress, Squarespace and news CMSes
    /// build it from the first publication and keep it when the post is re-dated). When the URL path
    /// names a whole day more than a day before the date the page states, the page was re-published
    /// and the URL keeps the original publication date (htmldate reads a full URL date first for the
    /// same reason). A day apart is a time zone, left to `localReading`.
    static func originalReading(of date: PageDate, among others: [PageDate]) -> PageDate {
        guard date.source != .urlPath, date.date.precision == .day,
              let url = others.first(where: { $0.source == .urlPath && $0.date.precision == .day }),
              date.date.earliestDayNumber - url.date.earliestDayNumber > 1 else { return date }
        return url
    }

    /// Many CMSes write their timestamps in UTC ("2023-11-09T03:28Z") for an article the site dates
    /// the evening before. When the page itself says which local day it means (the same moment in
    /// its own offset, the day in its URL path, or a date in its byline), that reading is the
    /// publication date; the UTC timestamp stays among the page's dates.
    static func localReading(of date: PageDate, among others: [PageDate]) -> PageDate {
        guard date.offsetMinutes == 0, let minute = date.minuteOfDay, date.date.precision == .day else { return date }
        let utc = date.date.earliestDayNumber * 1440 + minute
        if let same = others.first(where: { other in
            guard let m = other.minuteOfDay, let o = other.offsetMinutes, o != 0, other.date.precision == .day else { return false }
            return other.date.earliestDayNumber * 1440 + m - o == utc
        }) {
            return same
        }
        let local: Set<DateSource> = [.urlPath, .visibleText, .timeElement, .abbrPublished, .rdfaDate]
        if let site = others.first(where: { other in
            guard local.contains(other.source), other.date.precision == .day, other.offsetMinutes == nil, other.date != date.date else { return false }
            return Self.zones.contains { date.day(inOffset: $0) == other.date }
        }) {
            return site
        }
        return date
    }

    /// UTC-12 to UTC+14 in hours: every offset in use.
    static let zones = Array(stride(from: -12 * 60, through: 14 * 60, by: 60))
}
