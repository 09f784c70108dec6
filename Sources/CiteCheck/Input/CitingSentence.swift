/// The body sentence around a note's reference mark, so an editor sees where a source is used.
/// A mark right after a full stop belongs to the sentence before it ("…was adopted.³").
enum CitingSentence {
    static let maxLength = 600
    private static let terminators: Set<Character> = ["。", "！", "？", "!", "?", "；", ";", "…"]
    private static let closers: Set<Character> = ["”", "’", "」", "』", ")", "）", "\"", "'", "]", "】", "》"]

    /// `offset` counts Characters in `text`: where the mark stood (the mark itself is not in `text`).
    static func around(_ text: String, at offset: Int) -> String? {
        let chars = Array(text)
        let mark = min(max(offset, 0), chars.count)
        var start = mark
        // Step back over the end of the citing sentence itself when the mark follows it.
        var markFollowsEnd = false
        while start > 0, closers.contains(chars[start - 1]) || terminators.contains(chars[start - 1]) || chars[start - 1] == "." {
            if !closers.contains(chars[start - 1]) { markFollowsEnd = true }
            start -= 1
        }
        if !markFollowsEnd { start = mark }
        while start > 0, !isEnd(chars, start - 1) { start -= 1 }
        var end = mark
        if !markFollowsEnd {
            while end < chars.count, !isEnd(chars, end) { end += 1 }
            if end < chars.count { end += 1 }
            while end < chars.count, closers.contains(chars[end]) { end += 1 }
        }
        var sentence = String(chars[start..<end]).collapsingWhitespace
        if sentence.count > maxLength { sentence = String(sentence.suffix(maxLength)) }
        return sentence.isEmpty ? nil : sentence
    }

    /// A full stop ends a sentence only before white space or the end ("U.S." and "3.5" do not).
    private static func isEnd(_ chars: [Character], _ i: Int) -> Bool {
        let c = chars[i]
        if terminators.contains(c) { return true }
        guard c == "." else { return false }
        guard i + 1 >= chars.count || chars[i + 1].isWhitespace else { return false }
        // "U.S.", "et al.", "Vol. 2", "pp. 3": an abbreviation, not the end of a sentence.
        var start = i
        while start > 0, !chars[start - 1].isWhitespace { start -= 1 }
        let word = String(chars[start..<i])
        if word.count == 1 || word.contains(".") || abbreviations.contains(word.lowercased()) { return false }
        // A sentence does not start in lower case.
        var next = i + 1
        while next < chars.count, chars[next].isWhitespace { next += 1 }
        return next >= chars.count || !chars[next].isLowercase
    }

    private static let abbreviations: Set<String> = ["al", "vol", "pp", "p", "no", "nos", "e.g", "i.e", "cf", "vs",
                                                      "mr", "mrs", "ms", "dr", "prof", "st", "ed", "eds", "iss", "fig", "ch"]
}
