/// Vancouver/NLM (ICMJE): Klein MA, Zittrain J. Title. Journal. 2014 Dec 26;9(12):e115253. doi:…
/// and its web forms: "Title [Internet]. Place: Publisher; 2024 [cited 2025 Mar 3]. Available from: URL",
/// "Homepage [Internet]. 2024 [cited 2025 Mar 3]. Part title. Available from: URL". The English
/// parser reads the elements; this type knows the web forms.
enum VancouverCitationStyle {
    static func accepts(_ f: CitationFields) -> Bool {
        f.workString.has("[Internet]") || f.workString.has("Available from:")
    }

    static func parse(_ f: CitationFields, into ref: inout Reference) {
        EnglishCitationStyle.parse(f, into: &ref)
        // A part of a homepage: the homepage's name stands first, the part's title after [cited …].
        let s = f.workString
        guard let internet = s.range(of: " [Internet]. "), let title = ref.title,
              s[..<internet.lowerBound].hasSuffix(title) else { return }
        let after = s[internet.upperBound...]
        guard let available = after.range(of: "Available from:") else { return }
        let between = after[..<available.lowerBound]
        // "2010 [cited 2025Mar27]. Understanding … ." — the element after the date.
        let elements = between.split(separator: ".", omittingEmptySubsequences: true).map { $0.trimmingCharacters(in: " ") }
        guard elements.count >= 2, let part = elements.last, !part.isEmpty, part.unicodeScalars.count > 3 else { return }
        ref.container = title
        ref.title = part
    }
}
