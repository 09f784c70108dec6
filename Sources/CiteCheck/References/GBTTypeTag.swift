/// GB/T 7714's document type tag: "[M]", "[J]", "[EB/OL]", "[R/OL]", "[DB/CD]". A hand-written
/// scanner over scalars (it replaced a regular expression run on every note, twice).
enum GBTTypeTag {
    static let codes: Set<String> = ["M", "C", "N", "J", "D", "R", "S", "P", "DB", "DS", "CP", "EB", "A", "Z", "G", "CM"]
    static let carriers: Set<String> = ["OL", "CD", "MT", "DK"]

    /// The first tag in `w`, brackets included, as scalar offsets.
    static func first(in w: [Unicode.Scalar]) -> Range<Int>? {
        var i = 0
        while i < w.count {
            if w[i] == "[", let end = tagEnd(w, open: i) { return i..<end }
            i += 1
        }
        return nil
    }

    static func first(in s: String) -> Range<Int>? {
        s.has("[") ? first(in: Array(s.unicodeScalars)) : nil
    }

    /// The offset after the "]" of a tag opening at `open`, or nil.
    private static func tagEnd(_ w: [Unicode.Scalar], open: Int) -> Int? {
        func letters(from k: Int) -> (String, Int) {
            var j = k
            while j < w.count, j - k < 3, ("A"..."Z").contains(w[j]) { j += 1 }
            return (String(scalars: w[k..<j]), j)
        }
        let (code, afterCode) = letters(from: open + 1)
        guard codes.contains(code), afterCode < w.count else { return nil }
        var j = afterCode
        if w[j] == "/" {
            let (carrier, afterCarrier) = letters(from: j + 1)
            guard carriers.contains(carrier) else { return nil }
            j = afterCarrier
        }
        return j < w.count && w[j] == "]" ? j + 1 : nil
    }
}
