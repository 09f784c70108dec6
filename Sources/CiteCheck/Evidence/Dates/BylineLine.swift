import Foundation

/// A line of visible text that is a byline: a byline word, then a capitalised name ("von
/// Klaus-Peter Schöppner, 8.5.12", "By Urs Gehriger and Florian Schwab"), at most a dozen words.
/// Two dates are read from such lines that are read nowhere else:
/// - a date with a two-digit year on the byline itself: two-digit years are too loose for running
///   text (scores, versions, "1.2.12"); day first (German, French, Spanish and most other CMS
///   locales), month first only when the middle part cannot be a month, as `TextDateFinder` does;
/// - a date standing alone on the line just before or after a byline (a news theme's date-and-author
///   box below the article), wherever on the page: the byline says whose date it is.
enum BylineLine {
    static let bylineWords: Set<String> = ["by", "von", "par", "por", "di", "da", "door", "av", "af", "от", "автор"]
    private static let longestBylineWord = bylineWords.map(\.count).max()!
    /// The ASCII bytes a byline word can begin with, either case.
    private static let initials = Set(bylineWords.compactMap(\.utf8.first).filter { $0 < 0x80 }.flatMap { [$0, $0 & ~0x20] })

    /// The text's lines and the character offset each starts at, as `split(separator: "\n",
    /// omittingEmptySubsequences: false)` gives them; cut on the bytes (`FootnoteSegmenter.lines`) when
    /// no carriage return can make "\r\n" one Character (splitting Characters was a fifth of reading a
    /// page's dates).
    static func lines(of text: String) -> [(line: Substring, offset: Int)] {
        var result: [(line: Substring, offset: Int)] = []
        var offset = 0
        if text.utf8.contains(0x0D) {
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                result.append((line, offset))
                offset += line.count + 1
            }
            return result
        }
        // Without a carriage return the segmenter's byte cut is exactly that split.
        for line in FootnoteSegmenter.lines(text) {
            result.append((line, offset))
            offset += String(line).characterCount + 1
        }
        return result
    }

    static func isByline(_ line: Substring) -> Bool {
        // Most lines fail on their first word: only a line that starts with a byline word is split.
        let trimmed = line.drop(while: { $0 == " " })
        if let byte = trimmed.utf8.first, byte < 0x80, !initials.contains(byte) { return false }
        let first = trimmed.prefix(while: { $0 != " " })
        guard first.count <= longestBylineWord, bylineWords.contains(first.lowercased()) else { return false }
        let words = line.split(separator: " ")
        guard (2...12).contains(words.count), bylineWords.contains(words[0].lowercased()) else { return false }
        return words[1].first?.isUppercase == true
    }

    /// The first two-digit-year date on a byline line of `text` between `start` and `start + limit`.
    static func shortDate(in text: String, from start: Int, limit: Int) -> TextDateFinder.Hit? {
        shortDate(in: lines(of: text), from: start, limit: limit)
    }

    static func shortDate(in lines: [(line: Substring, offset: Int)], from start: Int, limit: Int) -> TextDateFinder.Hit? {
        for (n, (line, offset)) in lines.enumerated() {
            // The line's length: up to the next line's start, less its newline.
            let length = n + 1 < lines.count ? lines[n + 1].offset - offset - 1 : line.count
            guard offset + length >= start, offset < start + limit, isByline(line) else { continue }
            let characters = Array(line)
            if let (date, at) = shortDate(in: characters) {
                // The words before the date on its line (a byline is one line, so never more).
                let before = String(characters[max(0, at - 40)..<at]).lowercased()
                return TextDateFinder.Hit(date: date, offset: offset + at, before: before)
            }
        }
        return nil
    }

    /// The first date that stands alone on the line before or after a byline line (nothing but the
    /// date on it, give or take punctuation).
    static func dateBeside(in text: String) -> TextDateFinder.Hit? {
        dateBeside(in: lines(of: text))
    }

    static func dateBeside(in placed: [(line: Substring, offset: Int)]) -> TextDateFinder.Hit? {
        let lines = placed.map(\.line)
        let starts = placed.map(\.offset)
        for (i, line) in lines.enumerated() where isByline(line) {
            for j in [i - 1, i + 1] where lines.indices.contains(j) {
                let other = lines[j].trimmingCharacters(in: .whitespaces)
                guard !other.isEmpty, other.count <= 30, let hit = TextDateFinder.find(in: other).first, hit.offset == 0 else { continue }
                return TextDateFinder.Hit(date: hit.date, offset: starts[j], before: "")
            }
        }
        return nil
    }

    /// d.m.yy or d/m/yy (1–2 digit day and month, exactly two year digits, 2000–2099), standing alone.
    static func shortDate(in line: [Character]) -> (PartialDate, Int)? {
        var i = 0
        while i < line.count {
            guard line[i].isASCIIDigit, i == 0 || !(line[i - 1].isASCIIDigit || line[i - 1] == "." || line[i - 1] == "/") else { i += 1; continue }
            var parts: [Int] = [], lengths: [Int] = [], separator: Character?
            var j = i
            while j < line.count, parts.count < 3 {
                let s = j
                while j < line.count, line[j].isASCIIDigit, j - s < 3 { j += 1 }
                guard j > s else { break }
                parts.append(Int(String(line[s..<j]))!)
                lengths.append(j - s)
                guard parts.count < 3, j < line.count, line[j] == "." || line[j] == "/", separator == nil || separator == line[j] else { break }
                separator = line[j]
                j += 1
            }
            let standsAlone = j == line.count || !(line[j].isASCIIDigit || line[j] == "." && j + 1 < line.count && line[j + 1].isASCIIDigit)
            if parts.count == 3, lengths[0] <= 2, lengths[1] <= 2, lengths[2] == 2, standsAlone {
                let year = 2000 + parts[2]
                let (day, month) = separator == "/" && parts[1] > 12 && parts[0] <= 12 ? (parts[1], parts[0]) : (parts[0], parts[1])
                if let date = PartialDate(year: year, month: month, day: day) { return (date, i) }
            }
            i = max(j, i + 1)
        }
        return nil
    }
}
