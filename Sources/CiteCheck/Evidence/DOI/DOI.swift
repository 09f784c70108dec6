import Foundation

/// A syntactically valid DOI, normalised: written forms ("doi:", https://doi.org/…, dx.doi.org),
/// percent-encoding, full-width characters and trailing punctuation removed.
/// DOIs are case-insensitive (DOI Handbook 2.4), so `key` is what equality and caches use.
public struct DOI: Hashable, Sendable, CustomStringConvertible {
    /// The DOI as written, after normalisation; case kept for display.
    public let value: String
    /// Lowercased `value`: two DOIs are the same when their keys are.
    public let key: String
    /// "10.1000" or "10.1000.10": the directory indicator and registrant code.
    public let prefix: String
    public let suffix: String

    public var description: String { value }

    public static func == (a: DOI, b: DOI) -> Bool { a.key == b.key }
    public func hash(into hasher: inout Hasher) { hasher.combine(key) }

    /// Validates a DOI as written anywhere (a note, a header, a page's citation_doi) against the
    /// DOI Handbook's syntax: "10." + a registrant code of dot-separated digit groups (the first at
    /// least four digits), "/", then a non-empty suffix of printable characters.
    public static func parse(_ written: String) -> Result<DOI, DOISyntaxError> {
        let text = normalize(written)
        func invalid(_ reason: String) -> Result<DOI, DOISyntaxError> {
            .failure(DOISyntaxError(text: written.trimmingCharacters(in: .whitespacesAndNewlines), reason: reason))
        }
        if text.isEmpty { return invalid("it is empty") }
        if text.unicodeScalars.contains(where: { CharacterSet.whitespacesAndNewlines.contains($0) }) {
            return invalid("it contains a space")
        }
        if text.unicodeScalars.contains(where: { CharacterSet.controlCharacters.contains($0) }) {
            return invalid("it contains a control character")
        }
        guard text.hasPrefix("10.") else { return invalid("it does not start with the directory indicator \"10.\"") }
        guard let slash = text.firstIndex(of: "/") else { return invalid("it has no \"/\" between prefix and suffix") }
        let registrant = text[text.index(text.startIndex, offsetBy: 3)..<slash]
        let groups = registrant.split(separator: ".", omittingEmptySubsequences: false)
        if registrant.isEmpty { return invalid("its registrant code (after \"10.\") is empty") }
        guard groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else {
            return invalid("its registrant code \"\(registrant)\" is not digits in dot-separated groups")
        }
        guard groups[0].count >= 4 else {
            return invalid("its registrant code \"\(registrant)\" is shorter than four digits")
        }
        let suffix = text[text.index(after: slash)...]
        guard !suffix.isEmpty else { return invalid("its suffix (after \"/\") is empty") }
        return .success(DOI(value: text, key: text.lowercased(), prefix: String(text[..<slash]), suffix: String(suffix)))
    }

    /// The valid DOI, or nil.
    public init?(_ written: String) {
        guard case .success(let doi) = DOI.parse(written) else { return nil }
        self = doi
    }

    private init(value: String, key: String, prefix: String, suffix: String) {
        self.value = value
        self.key = key
        self.prefix = prefix
        self.suffix = suffix
    }

    /// Written forms people use, longest first so "https://dx.doi.org/" wins over "doi.org/".
    private static let writtenPrefixes = [
        "https://dx.doi.org/", "http://dx.doi.org/", "https://www.doi.org/", "http://www.doi.org/",
        "https://doi.org/", "http://doi.org/", "dx.doi.org/", "www.doi.org/", "doi.org/",
        "info:doi/", "urn:doi:", "doi:", "doi",
    ]

    /// Strips written forms, decodes percent-encoding, folds full-width ASCII and removes the
    /// punctuation a sentence puts after a DOI. Does not validate.
    public static func normalize(_ written: String) -> String {
        var text = String(String.UnicodeScalarView(written.unicodeScalars.map(foldWidth)))
        text = String(text.trimmingCharacters(in: .whitespacesAndNewlines).drop { "(<[{\"'“‘《「".contains($0) })
        var stripped = true
        while stripped {
            stripped = false
            let lower = text.lowercased()
            for p in writtenPrefixes where lower.hasPrefix(p) {
                // "doi" alone must be followed by a separator, or "doi10.…" typed without one.
                text = String(text.dropFirst(p.count)).trimmingCharacters(in: .whitespacesAndNewlines)
                if p == "doi" { text = String(text.drop { $0 == ":" || $0 == "=" }).trimmingCharacters(in: .whitespaces) }
                stripped = true
                break
            }
        }
        if text.contains("%"), let decoded = text.removingPercentEncoding { text = decoded }
        return trimTrailingPunctuation(text)
    }

    /// U+FF01…U+FF5E are full-width forms of ASCII ("１０．１０００／"), common in Chinese text.
    private static func foldWidth(_ s: Unicode.Scalar) -> Unicode.Scalar {
        if (0xFF01...0xFF5E).contains(s.value), let ascii = Unicode.Scalar(s.value - 0xFEE0) { return ascii }
        if s.value == 0x3000 { return " " }
        return s
    }

    /// A closing bracket stays when the DOI opened it: 10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0.
    static func trimTrailingPunctuation(_ text: String) -> String {
        var s = Substring(text)
        while let last = s.last {
            if ".,;:!?\"'”’」』》。，；：、".contains(last) {
                s = s.dropLast()
            } else if let open = ["(": ")", "[": "]", "{": "}", "（": "）", "<": ">"].first(where: { $0.value == String(last) })?.key,
                      s.filter({ String($0) == open }).count < s.filter({ $0 == last }).count {
                s = s.dropLast()
            } else {
                break
            }
        }
        return String(s)
    }
}
