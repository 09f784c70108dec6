/// The terminal table `citecheck parse` prints: one row per reference. (Being written.)
public enum ReferenceTable {
    public static func render(_ parsed: ParsedPaper) -> String { "" }
}
