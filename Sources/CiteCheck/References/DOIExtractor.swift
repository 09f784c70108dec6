/// Finds a DOI written in a citation: "DOI: 10.…", "doi:10.…", https://doi.org/…, dx.doi.org.
enum DOIExtractor {
    static func find(in s: String) -> String? {
        guard s.has("10.") else { return nil }
        guard let m = Pattern.doi.firstMatch(in: s) else {
            return nil
        }
        let doi = URLExtractor.trimTail(String(m[1]!))
        return doi.unicodeScalars.count > 8 ? doi : nil
    }
}

/// Compiled once, when first used.
private enum Pattern {
    static let doi = TextPattern(#"(?i)(?:\bdoi\s*[:：]?\s*|https?://(?:dx\.)?doi\.org/)(10\.\d{4,9}/[^\s<>"“”，。；]+)"#)
}
