/// Finds a DOI written in a citation: "DOI: 10.…", "doi:10.…", https://doi.org/…, dx.doi.org.
enum DOIExtractor {
    static func find(in s: String) -> String? {
        guard s.contains("10.") else { return nil }
        guard let m = s.firstMatch(of: Pattern.doi) else {
            return nil
        }
        var doi = Array(String(m.1))
        URLExtractor.trimTail(&doi)
        return doi.count > 8 ? String(doi) : nil
    }
}

/// Compiled once: a regex literal is parsed again each time it is evaluated.
private enum Pattern {
    nonisolated(unsafe) static let doi = #/(?i)(?:\bdoi\s*[:：]?\s*|https?://(?:dx\.)?doi\.org/)(10\.\d{4,9}/[^\s<>"“”，。；]+)/#
}
