/// A short, stable hash of what a page says about itself (its title and date), so a later audit
/// can tell that the page changed without the store keeping the page.
public enum PageStamp {
    /// nil when the page gave neither a title nor a date: nothing to compare.
    public static func hash(title: String?, date: String?) -> String? {
        let title = normalize(title), date = normalize(date)
        if title.isEmpty && date.isEmpty { return nil }
        // FNV-1a, 64 bits: stable across runs and platforms (Swift's Hasher is seeded per process).
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in (title + "\u{1F}" + date).utf8 {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Whitespace runs collapse to one space so re-flowed markup does not count as a change.
    private static func normalize(_ text: String?) -> String {
        guard let text else { return "" }
        return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
