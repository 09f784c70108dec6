import Foundation

/// A note that abbreviates an earlier citation instead of giving it in full: "Ibid., 45.", "Id. at 3.",
/// 同上, 同上注, 同前, 前引, 前揭, "op. cit.", and Chicago short notes (`Klein et al., "Scholarly Context
/// Not Found," e115253.`).
enum ShortNote: Equatable {
    /// The work of the note just before (Ibid., Id., 同上, 同上注).
    case previous(pinpoint: String?)
    /// An earlier work named by its author, short title or note number.
    case earlier(author: String?, title: String?, note: String?, pinpoint: String?)

    var pinpoint: String? {
        switch self {
        case .previous(let p): return p
        case .earlier(_, _, _, let p): return p
        }
    }

    static let earlierMarkers = ["同前注", "同前", "前引注", "前引", "前揭注", "前揭", "op. cit.", "op.cit.", "op cit", "loc. cit."]
    private static let longestMarker = earlierMarkers.map(\.count).max()!

    /// The forms that say outright that they repeat (Ibid., 同上, 前引, op. cit., …).
    static func marked(_ text: String) -> ShortNote? {
        let t = text.trimmingWhitespace()
        // Only the head can start with a marker: lower-casing the whole note cost more than parsing it.
        let lower = String(t.prefix(8)).lowercased()
        for marker in ["ibidem", "ibid.", "ibid"] where lower.hasPrefix(marker) {
            return .previous(pinpoint: pinpoint(String(t.dropFirst(marker.count))))
        }
        if t.hasPrefix("Id.") || t.hasPrefix("Id,") { return .previous(pinpoint: pinpoint(String(t.dropFirst(3)))) }
        for marker in ["同上注", "同上书", "同上文", "同上"] where t.hasPrefix(marker) {
            return .previous(pinpoint: pinpoint(String(t.dropFirst(marker.count))))
        }
        // A marker counts only when it starts within the first 30 characters: it is looked for in
        // the head that can hold one, not in the whole note.
        let headEnd = t.index(t.startIndex, offsetBy: 30 + longestMarker, limitedBy: t.endIndex) ?? t.endIndex
        let head = String(t[..<headEnd])
        for marker in earlierMarkers {
            // Searched on the bytes (Foundation's case-insensitive search, run for every marker on
            // every note, was half of parsing 1,000 CNKI notes): the markers are lower-case.
            guard let h = head.byteRange(of: marker, ignoringASCIICase: true),
                  head.distance(from: head.startIndex, to: h.lowerBound) <= 30 else { continue }
            // The same bytes in the whole note.
            let lower = t.utf8.index(t.startIndex, offsetBy: head.utf8.distance(from: head.startIndex, to: h.lowerBound))
            let r = lower..<t.utf8.index(lower, offsetBy: marker.utf8.count)
            // "同前述观点", "同前文所述" are prose, not a repeat.
            if marker == "同前", ["述", "面", "期", "年", "文所", "文提", "文已", "文论"].contains(where: { t[r.upperBound...].hasPrefix($0) }) { continue }
            let before = String(t[..<r.lowerBound]).trimmingCharacters(in: " ,，:：、")
            var after = String(t[r.upperBound...])
            var note: String?
            if marker.hasSuffix("注") || after.hasPrefix("注") {
                if after.hasPrefix("注") { after.removeFirst() }
                after = after.trimmingWhitespace()
                let label = after.prefix(while: { ($0.isASCII && $0.isNumber) || NoteLabel.isCircled($0) })
                if !label.isEmpty { note = String(label); after.removeFirst(label.count) }
            }
            let title = Self.title(in: t)
            var author = before.isEmpty || before.count > 30 || before.contains("《") ? nil : before
            // "前引张三文" / "前揭李四书": the author between the marker and 文 or 书.
            let named = after.prefix(while: { $0 != "，" && $0 != "," && $0 != "。" && $0 != "：" })
            for suffix in ["一文", "一书", "文", "书", "著"] where author == nil && named.hasSuffix(suffix) {
                let name = named.dropLast(suffix.count).trimmingCharacters(in: " ")
                if (2...12).contains(name.count), name.allSatisfy(LineJoiner.isCJK) {
                    author = name
                    after = String(after.dropFirst(named.count))
                }
            }
            return .earlier(author: author, title: title, note: note, pinpoint: pinpoint(after.replacingBytes("书", with: "")
                .replacingBytes("文", with: "")))
        }
        return nil
    }

    /// A Chicago short note: authors, a short title (quoted, or plain as converters leave italics),
    /// and a pinpoint. Plain titles need the pinpoint; without it the shape is too common in prose.
    static func chicago(_ text: String) -> ShortNote? {
        var t = text.trimmingWhitespace()
        guard t.count <= 200, let f = t.first, f.isUppercase, !t.has("http") else { return nil }
        if t.hasSuffix(".") { t.removeLast() }
        if let open = t.firstIndex(where: { $0 == "\"" || $0 == "“" }) {
            let author = String(t[..<open]).trimmingCharacters(in: " ,")
            let rest = t[t.index(after: open)...]
            guard let close = rest.firstIndex(where: { $0 == "\"" || $0 == "”" }), isAuthor(author) else { return nil }
            let title = String(rest[..<close]).trimmingCharacters(in: " ,.")
            let tail = String(rest[rest.index(after: close)...]).trimmingCharacters(in: " ,.")
            let page = pinpoint(tail)
            guard !title.isEmpty, tail.isEmpty || page != nil else { return nil }
            return .earlier(author: author, title: title, note: nil, pinpoint: page)
        }
        let pieces = t.components(separatedBy: ", ")
        guard pieces.count >= 3, let page = pinpoint(pieces.last!), isLocator(pieces.last!) else { return nil }
        var authorEnd = 1
        while authorEnd < pieces.count - 2, isAuthor(pieces[authorEnd]) || pieces[authorEnd].hasPrefix("and ") { authorEnd += 1 }
        let author = pieces[..<authorEnd].joined(separator: ", ")
        let title = pieces[authorEnd..<(pieces.count - 1)].joined(separator: ", ")
        guard isAuthor(pieces[0]), !title.isEmpty, title.split(separator: " ").count <= 12 else { return nil }
        return .earlier(author: author, title: title, note: nil, pinpoint: page)
    }

    /// Names as notes print them: capitalised words, "and", "et al.", "&".
    static func isAuthor(_ s: String) -> Bool {
        let words = s.split(whereSeparator: { $0 == "," || $0 == " " })
        guard !words.isEmpty, words.count <= 12, words.first?.first?.isUppercase == true else { return false }
        return words.allSatisfy { w in
            ["and", "&", "et", "al.", "al"].contains(String(w)) || EntryStart.particles.contains(w.lowercased())
                || (w.first?.isUppercase == true && w.allSatisfy { $0.isLetter || "-’'.".contains($0) })
        }
    }

    static func isLocator(_ s: String) -> Bool {
        var t = s.trimmingCharacters(in: " .")
        for p in ["pp. ", "p. "] where t.hasPrefix(p) { t = String(t.dropFirst(p.count)) }
        return !t.isEmpty && t.allSatisfy { $0.isNumber || "–-—, ivxlcdme".contains($0) } && t.contains(where: \.isNumber)
    }

    /// The page or locator after the marker: ", 45.", " at 45", "，第45页", "pp. 45–47", "e115253".
    static func pinpoint(_ rest: String) -> String? {
        var s = rest.trimmingCharacters(in: " ,，.。:：;；")
        if let open = s.byteRange(of: "第"), let close = s.byteRange(of: "页", from: open.upperBound) {
            let inner = s[open.upperBound..<close.lowerBound].trimmingCharacters(in: " ")
            return inner.isEmpty ? nil : inner
        }
        for p in ["at ", "pp. ", "p. ", "pp.", "p."] where s.hasPrefix(p) { s = String(s.dropFirst(p.count)).trimmingWhitespace() }
        var tokens: [String] = []
        for piece in s.split(separator: ",", omittingEmptySubsequences: false) {
            let token = piece.trimmingCharacters(in: " .。页")
            guard isLocatorToken(token) else { break }
            tokens.append(token)
        }
        return tokens.isEmpty ? nil : tokens.joined(separator: ", ")
    }

    /// "45", "45–47", "e115253", "xiv".
    private static func isLocatorToken(_ t: String) -> Bool {
        guard !t.isEmpty, t.count <= 15 else { return false }
        if t.allSatisfy({ "ivxlcdm".contains($0) }) { return true }
        let body = t.hasPrefix("e") ? t.dropFirst() : t[...]
        return body.first?.isNumber == true && body.allSatisfy { $0.isNumber || "–-—".contains($0) }
    }

    /// The title a Chinese short note names: 《…》 or “…”.
    static func title(in s: String) -> String? {
        for (open, close) in [("《", "》"), ("“", "”")] {
            if let o = s.byteRange(of: open), let c = s.byteRange(of: close, from: o.upperBound) {
                let t = String(s[o.upperBound..<c.lowerBound]).trimmingWhitespace()
                if !t.isEmpty { return t }
            }
        }
        return nil
    }
}
