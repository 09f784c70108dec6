import Foundation

/// A date written into the URL's own path: /2024/09/20/, /2024-10/18/, /20250712/, /202409/t20240927_…
/// (mfa.gov.cn), /2024/12/1134601 (month only). Weak evidence, used only when the page says nothing.
enum URLPathDate {
    private static let uploadFolders: Set<String> = [
        "uploads", "files", "fileadmin", "media", "documents", "assets", "images", "attachments", "attachment", "sites",
    ]

    /// - Parameter uploads: read dates under upload folders too (an image's URL, which says when the
    ///   image was uploaded: `OGImageDateSource`).
    static func find(in url: String, uploads: Bool = false) -> PartialDate? {
        guard let path = URLParts(url)?.path else { return nil }
        let segments = path.split(separator: "/").map(String.init)
        var best: PartialDate?
        func consider(_ date: PartialDate?) {
            guard let date, (1990...2100).contains(date.year) else { return }
            if best == nil || date.precision > best!.precision { best = date }
        }
        for (i, seg) in segments.enumerated() {
            // /wp-content/uploads/2024/11/x.pdf says when a file was uploaded, not when the work appeared.
            if !uploads, segments[..<i].contains(where: { uploadFolders.contains($0.lowercased()) }) { break }
            // Typed: with TOMLKit in the module, `cond ? string : nil` could infer its TOMLValue.
            let next: String? = i + 1 < segments.count ? segments[i + 1] : nil
            let afterNext: String? = i + 2 < segments.count ? segments[i + 2] : nil
            if seg.count == 4, let year = Int(seg), seg.allSatisfy(\.isASCIIDigit) {
                guard let next, next.count <= 2, let month = Int(next) else { continue }
                if let afterNext, afterNext.count <= 2, let day = Int(afterNext), afterNext.allSatisfy(\.isASCIIDigit) {
                    consider(PartialDate(year: year, month: month, day: day))
                } else {
                    consider(PartialDate(year: year, month: month))
                }
            } else if seg.count == 7 || seg.count == 10, seg.allSatisfy({ $0.isASCIIDigit || $0 == "-" }),
                      let parsed = DateTextParser.parse(seg) {
                // "2024-10" followed by "18", or "2024-10-18".
                if parsed.date.precision == .month, let next, next.count <= 2, let day = Int(next) {
                    consider(PartialDate(year: parsed.date.year, month: parsed.date.month, day: day) ?? parsed.date)
                } else {
                    consider(parsed.date)
                }
            } else if seg.count == 8, seg.allSatisfy(\.isASCIIDigit) {
                consider(DateTextParser.parse(seg)?.date)
            } else if seg.count == 6, seg.allSatisfy(\.isASCIIDigit) {
                consider(PartialDate(year: Int(seg.prefix(4))!, month: Int(seg.suffix(2))!))
            } else if seg.hasPrefix("t"), seg.count >= 9 {
                let digits = seg.dropFirst().prefix(8)
                if digits.count == 8, digits.allSatisfy(\.isASCIIDigit) { consider(DateTextParser.parse(String(digits))?.date) }
            }
        }
        return best
    }
}
