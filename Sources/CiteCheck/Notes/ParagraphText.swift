/// A body paragraph as the segmenter builds it, line by line: the lines' text, and how many
/// Characters they hold, which is where the markers' offsets point. Kept as the lines' Strings,
/// not as one `[Character]` (16 bytes a character: a 31 MB paper's body took half a gigabyte);
/// `characters` rebuilds the array, one paragraph at a time, when a citing sentence is looked up.
struct ParagraphText {
    private(set) var pieces: [String] = []
    /// Characters of the pieces' arrays joined (a piece is never merged with the one before).
    private(set) var count = 0

    init(_ piece: String, count: Int) {
        append(piece, count: count)
    }

    /// `count`: `Array(piece).count`, which the caller has already.
    mutating func append(_ piece: String, count added: Int) {
        pieces.append(piece)
        count += added
    }

    /// The paragraph's Characters, as if every piece's had been appended to one array.
    var characters: [Character] {
        var all: [Character] = []
        all.reserveCapacity(count)
        for piece in pieces { all.append(contentsOf: piece) }
        return all
    }

    /// The last `n` of `characters`, reading only the pieces at the end.
    func suffix(_ n: Int) -> [Character] {
        var chunks: [Substring] = []
        var have = 0
        for piece in pieces.reversed() where have < n {
            let chunk = piece.suffix(n - have)
            chunks.append(chunk)
            have += chunk.count
        }
        var out: [Character] = []
        for chunk in chunks.reversed() { out.append(contentsOf: chunk) }
        return out
    }

    var lastNonWhitespace: Character? {
        for piece in pieces.reversed() {
            if let last = piece.last(where: { !$0.isWhitespace }) { return last }
        }
        return nil
    }
}
