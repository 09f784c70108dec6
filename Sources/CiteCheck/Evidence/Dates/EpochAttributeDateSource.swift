import Foundation

/// Seconds since 1970 on an element of the page's own content: Facebook's `<abbr data-utime=…>`,
/// and the `data-time`/`data-timestamp` attributes timelines and feeds render their posts' times
/// from. A feed lists its posts newest first, so the page's original date is the earliest stamp
/// in its own content (htmldate reads `data-utime` the same way for its original date); stamps in
/// comments, sidebars and embedded posts are left out by the scanner.
struct EpochAttributeDateSource: PageDateSource {
    static let attributes = ["data-utime", "data-time", "data-timestamp"]

    func candidates(in page: DatePage) -> DateCandidates {
        var found = DateCandidates()
        let stamps = page.scan.dateMarks.filter { $0.kind == .epoch && !$0.aside }.map(\.value)
        // ISO UTC stamps of one form sort as text.
        if let earliest = stamps.min() { found.add(earliest, .epochAttribute) }
        return found
    }

    /// The ISO UTC timestamp of 10 digits of seconds or 13 of milliseconds, between 1995 and 2100;
    /// nil for anything else (a counter, a duration, a random id).
    static func timestamp(_ raw: String) -> String? {
        let digits = raw.trimmingCharacters(in: .whitespaces)
        guard digits.count == 10 || digits.count == 13, digits.allSatisfy(\.isASCIIDigit), var seconds = Int(digits) else { return nil }
        if digits.count == 13 { seconds /= 1000 }
        guard (788_918_400...4_102_444_800).contains(seconds) else { return nil }
        // PartialDate's day numbers count from 1970-01-01, as the stamp does; PageDate writes the ISO text.
        let minutes = seconds / 60
        return PageDate(date: PartialDate(dayNumber: minutes / 1440), minuteOfDay: minutes % 1440, offsetMinutes: 0,
                        source: .epochAttribute).description
    }
}
