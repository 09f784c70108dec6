/// How much text a reader would see on a page: bytes outside tags, scripts, styles and comments
/// that are not whitespace. A byte scan, not a parse: it runs on the fetch thread, and only when a
/// challenge marker was found, to tell an interstitial from an article that merely loads a
/// bot-protection script.
enum VisibleTextMeasure {
    static func count(_ bytes: [UInt8], limit: Int = 1 << 20) -> Int {
        var n = 0
        var i = 0
        let end = min(bytes.count, limit)
        let open = UInt8(ascii: "<"), close = UInt8(ascii: ">")
        while i < end {
            let b = bytes[i]
            if b == open {
                if let skipTo = rawTextEnd(bytes, i, end) {
                    i = skipTo
                    continue
                }
                while i < end, bytes[i] != close { i += 1 }
                i += 1
                continue
            }
            if b > 0x20 { n += 1 }
            i += 1
        }
        return n
    }

    /// After `<script…>…</script>`, `<style…>…</style>` or `<!--…-->` starting at `i`, else nil.
    private static func rawTextEnd(_ bytes: [UInt8], _ i: Int, _ end: Int) -> Int? {
        func starts(_ word: String, at j: Int) -> Bool {
            let w = Array(word.utf8)
            guard j + w.count <= end else { return false }
            for k in 0..<w.count where bytes[j + k] | (w[k] >= 0x61 ? 0x20 : 0) != w[k] { return false }
            return true
        }
        let closer: String
        if starts("<!--", at: i) { closer = "-->" } else if starts("<script", at: i) { closer = "</script" } else if starts("<style", at: i) { closer = "</style" } else { return nil }
        var j = i + 4
        while j < end, !starts(closer, at: j) { j += 1 }
        return min(end, j + closer.utf8.count)
    }
}
