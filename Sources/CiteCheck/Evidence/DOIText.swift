import Foundation

/// Finding and tidying DOIs in metadata values: "doi:10.1/x", "https://doi.org/10.1/x" → "10.1/x".
enum DOIText {
    static func normalize(_ text: String) -> String? {
        guard let start = text.range(of: "10.") else { return nil }
        var doi = String(text[start.lowerBound...].prefix(while: { !$0.isWhitespace && $0 != "\"" && $0 != "<" }))
        while let last = doi.last, ".,;)]".contains(last) { doi.removeLast() }
        let parts = doi.split(separator: "/", maxSplits: 1)
        guard parts.count == 2, parts[0].dropFirst(3).allSatisfy({ $0.isASCIIDigit || $0 == "." }),
              parts[0].count >= 7, !parts[1].isEmpty else { return nil }
        return doi.removingPercentEncoding ?? doi
    }
}
