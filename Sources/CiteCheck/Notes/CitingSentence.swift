/// Finds the sentence that cites a note, given where its marker sits in a paragraph.
enum CitingSentence {
    static let terminators: Set<Character> = ["。", "！", "？", "!", "?"]

    /// `markerOffset` is the character offset of the marker (including a leading "^") in `paragraph`.
    /// A marker placed after a full stop cites the sentence before it; one inside a sentence cites
    /// the whole sentence around it.
    static func around(markerOffset: Int, markerLength: Int, in paragraph: [Character]) -> String {
        var end = markerOffset
        var scanEnd = markerOffset
        // Skip closing quotes/brackets between the sentence end and the marker.
        var probe = markerOffset - 1
        while probe >= 0, "”」』)）\"'".contains(paragraph[probe]) { probe -= 1 }
        let afterStop = probe >= 0 && isSentenceEnd(paragraph, probe)
        if afterStop {
            scanEnd = probe
        } else {
            // Extend forward to the end of the sentence the marker sits in.
            var i = markerOffset + markerLength
            while i < paragraph.count, !isSentenceEnd(paragraph, i) { i += 1 }
            end = min(i + 1, paragraph.count)
            scanEnd = markerOffset
        }
        var start = scanEnd - 1
        while start >= 0, !isSentenceEnd(paragraph, start) { start -= 1 }
        start += 1
        let upper = afterStop ? markerOffset : end
        guard start < upper else { return "" }
        return clean(paragraph[start..<upper])
    }

    private static func isSentenceEnd(_ p: [Character], _ i: Int) -> Bool {
        let c = p[i]
        if terminators.contains(c) { return true }
        // An English full stop ends a sentence when a space and a capital follow it.
        // A note marker may sit between the stop and the space: "common.[^rot] Dates".
        var j = i + 1
        if c == ".", j < p.count, p[j] == "[", let close = p[j...].firstIndex(of: "]") { j = close + 1 }
        if c == ".", j + 1 < p.count, p[j] == " ", p[j + 1].isUppercase {
            // …but not after an initial such as "U. N." or "F."
            if i >= 1, p[i - 1].isUppercase, i < 2 || p[i - 2] == " " || p[i - 2] == "." { return false }
            return true
        }
        return false
    }

    /// Removes note markers so the sentence reads as prose.
    static func clean<C: RandomAccessCollection>(_ chars: C) -> String where C.Element == Character, C.Index == Int {
        // Built as UTF-8 and made a string once: appending character by character cost more than
        // finding the sentence, and most characters are one byte.
        var out: [UInt8] = []
        out.reserveCapacity(chars.count)
        var i = chars.startIndex
        let end = chars.endIndex
        while i < end {
            let c = chars[i]
            let bytes = c.utf8
            // One byte: ASCII ("\r\n" is two, and stays as it is).
            if bytes.count == 1 {
                if c == "^", i + 1 < end, NoteLabel.isCircled(chars[i + 1]) { i += 2; continue }
                if c == "[", i + 1 < end, chars[i + 1] == "^", let close = chars[i...].firstIndex(of: "]") {
                    i = close + 1
                    continue
                }
            } else if NoteLabel.isCircled(c) {
                i += 1
                continue
            }
            out.append(contentsOf: bytes)
            i += 1
        }
        return String(decoding: out, as: UTF8.self).trimmingWhitespace()
    }
}

extension String {
    func trimmingWhitespace() -> String {
        // Most text has nothing to trim: keep it, rather than copy it.
        if first?.isWhitespace != true && last?.isWhitespace != true { return self }
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
