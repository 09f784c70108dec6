/// Splits a note that cites several works ("参见 A；B", "A; B") into one text per work. A semicolon
/// only splits where both sides read as citations and it stands outside titles, brackets and URLs.
enum ReferenceSplitter {
    static func split(_ text: String) -> [String] {
        if !text.has(";") && !text.has("；") { return [text] }
        let chars = Array(text.unicodeScalars)
        var cuts: [Int] = []
        var depth = 0
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "h" || c == "H", URLExtractor.startsScheme(chars, i) {
                while i < chars.count, !chars[i].properties.isWhitespace { i += 1 }
                continue
            }
            switch c {
            case "《", "〈", "“", "(", "（", "[", "【": depth += 1
            case "》", "〉", "”", ")", "）", "]", "】": depth = max(0, depth - 1)
            case "；", ";":
                // "Publisher; 2015" (Vancouver) and "2019;15(4)": a semicolon before a number parts
                // the elements of one citation.
                var next = i + 1
                while next < chars.count, chars[next] == " " { next += 1 }
                let beforeNumber = next < chars.count && CitationSegments.isDigit(chars[next])
                if depth == 0 && !beforeNumber && (c == "；" || i + 1 < chars.count && chars[i + 1] == " ") { cuts.append(i) }
            default: break
            }
            i += 1
        }
        var parts: [String] = []
        var start = 0
        for cut in cuts + [chars.count] {
            let piece = String(scalars: chars[start..<cut]).trimmingWhitespace()
            if !piece.isEmpty {
                if let last = parts.last, !(CitationDetector.isCitation(last) && CitationDetector.isCitation(piece)) {
                    // Not two citations: the semicolon belongs to the prose.
                    parts[parts.count - 1] = last + String(chars[start - 1]) + " " + piece
                } else {
                    parts.append(piece)
                }
            }
            start = cut + 1
        }
        return parts
    }
}
