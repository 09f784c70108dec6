import Foundation

/// A compiled regular expression. ICU's engine (through Foundation) matches the short strings of
/// citations several times faster than Swift Regex literals do on Linux, which matters at 10,000 notes.
struct TextPattern: Sendable {
    private let regex: NSRegularExpression

    init(_ pattern: String) {
        // Every pattern is a literal of this module; a bad one is a programming error the tests catch.
        do {
            regex = try NSRegularExpression(pattern: pattern)
        } catch {
            preconditionFailure("invalid pattern \(pattern): \(error)")
        }
    }

    func firstMatch(in s: String) -> TextMatch? {
        regex.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)).flatMap { TextMatch($0, in: s) }
    }

    func matches(in s: String) -> [TextMatch] {
        regex.matches(in: s, range: NSRange(s.startIndex..., in: s)).compactMap { TextMatch($0, in: s) }
    }
}

/// One match: its range and its capture groups as slices of the searched string (nil when a group
/// did not take part).
struct TextMatch {
    let range: Range<String.Index>
    private let groups: [Substring?]

    init?(_ result: NSTextCheckingResult, in s: String) {
        guard let whole = Range(result.range, in: s) else { return nil }
        range = whole
        groups = (0..<result.numberOfRanges).map { i in
            let r = result.range(at: i)
            guard r.location != NSNotFound, let range = Range(r, in: s) else { return nil }
            return s[range]
        }
    }

    subscript(_ i: Int) -> Substring? { i < groups.count ? groups[i] : nil }
}
