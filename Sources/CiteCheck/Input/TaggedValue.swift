import Foundation

/// Normalises values that bibliographic formats tag: dates in their many spellings and DOIs with
/// or without their resolver prefix. Nothing is guessed: an unreadable value gives nil.
enum TaggedValue {
    static let months: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
        "oct": 10, "nov": 11, "dec": 12,
    ]

    /// "2024", "2024-03", "2024-03-21", "2024/03/21/", "2024-03-21T10:00:00Z", "2024年3月21日",
    /// "March 21, 2024", "21 March 2024".
    static func date(_ raw: String) -> PartialDate? {
        let s = raw.strippingWhitespace
        guard !s.isEmpty else { return nil }
        let numbers = s.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        let startsWithYear = s.first?.isNumber == true && numbers.first.map { $0 >= 1000 } == true
        if startsWithYear {
            let parts = Array(numbers.prefix(3))
            // Keep only the calendar parts: "2024-03-21T10:00" has time numbers after them.
            if let d = PartialDate(year: parts[0], month: parts.count > 1 ? parts[1] : nil, day: parts.count > 2 ? parts[2] : nil) {
                return d
            }
            if parts.count > 1, let d = PartialDate(year: parts[0], month: parts[1]) { return d }
            return PartialDate(year: parts[0])
        }
        // English month names: "March 21, 2024", "21 March 2024", "Mar. 2024".
        let words = s.lowercased().split(whereSeparator: { !$0.isLetter })
        guard let month = words.lazy.compactMap({ months[String($0.prefix(4))] ?? months[String($0.prefix(3))] }).first,
              let year = numbers.first(where: { $0 >= 1000 }) else {
            return numbers.first(where: { $0 >= 1000 && $0 <= 9999 }).flatMap { PartialDate(year: $0) }
        }
        let day = numbers.first(where: { $0 >= 1 && $0 <= 31 })
        return PartialDate(year: year, month: month, day: day) ?? PartialDate(year: year, month: month)
    }

    /// A DOI as "10.xxxx/…", without "https://doi.org/" or "doi:".
    static func doi(_ raw: String) -> String? {
        var s = raw.strippingWhitespace
        for prefix in ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:", "DOI:", "doi: ", "DOI "] {
            if s.hasPrefix(prefix) {
                s = String(s.dropFirst(prefix.count)).strippingWhitespace
                // A resolver link may encode the slash: https://doi.org/10.1038%2Fs41586-019-1234-5 (Springer).
                if prefix.hasSuffix("/"), s.contains("%") { s = s.removingPercentEncoding ?? s }
            }
        }
        return s.hasPrefix("10.") && s.contains("/") ? s : nil
    }

    /// A person as the text parser gives names written in notes: "Given Family" ("Cameron F. Kerry"),
    /// so the same citation gives the same authors from every format.
    static func person(family: String?, given: String?, literal: String? = nil) -> String? {
        if let literal = literal?.collapsingWhitespace.nilIfEmpty { return literal }
        let f = family?.collapsingWhitespace.nilIfEmpty
        let g = given?.collapsingWhitespace.nilIfEmpty
        switch (f, g) {
        case let (f?, g?): return "\(g) \(f)"
        case let (f?, nil): return f
        case let (nil, g?): return g
        default: return nil
        }
    }

    /// "Family, Given" (BibTeX, RIS) as "Given Family"; other spellings as written.
    static func person(inverted name: String) -> String? {
        let parts = name.split(separator: ",", omittingEmptySubsequences: false).map { String($0).collapsingWhitespace }
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return name.collapsingWhitespace.nilIfEmpty }
        return person(family: parts[0], given: parts[1])
    }

    static func isWebLink(_ s: String) -> Bool {
        let lower = s.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("ftp://")
    }
}

extension StringProtocol {
    /// Without leading and trailing white space; only the ends are looked at.
    var strippingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isSpace }),
              let last = scalars.lastIndex(where: { !$0.isSpace }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
