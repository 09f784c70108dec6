/// Finds what a citation presents as a DOI, valid or not: the token after a "DOI:"/"doi:" label
/// or a doi.org address. The reference parser keeps only well-formed DOIs; this also catches the
/// malformed ones ("DOI: 10.123/abc", "doi:10.1000abc") so they can be reported as `doi-invalid`.
enum DOILocator {
    static func candidates(in text: String) -> [String] {
        guard text.hasIgnoringASCIICase("doi") else { return [] }
        return Pattern.labelled.matches(in: text).compactMap { m in
            guard let token = m[1] else { return nil }
            let cut = token.prefix { !"，。；、（）《》“”<>\"".contains($0) }
            let trimmed = DOI.trimTrailingPunctuation(String(cut))
            return trimmed.isEmpty ? nil : trimmed
        }
    }
}

/// Compiled once, when first used.
private enum Pattern {
    /// "DOI: X", "doi：X", "doi.org/X", "dx.doi.org/X"; X runs to the next space. The label must
    /// stand alone ("Doing" is no label) and be followed by a separator or by "10.".
    static let labelled = TextPattern(
        #"(?i)(?:(?<![a-z])doi(?:\s*[:：]\s*|\s+(?=10)|(?=10\.))|(?:dx\.)?doi\.org/)([^\s]+)"#)
}
