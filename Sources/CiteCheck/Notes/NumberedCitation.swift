/// The labels inside one bracketed numbered citation: "[3]", "[2–5]", "[2, 4, 7-9]".
enum NumberedCitation {
    /// A range wider than this is a typo or not a citation; it is not expanded.
    static let maxRange = 50

    /// nil when the text between the brackets is not a numbered citation.
    static func labels<C: Collection>(_ inner: C) -> [String]? where C.Element == Character {
        var labels: [String] = []
        for part in String(inner).split(whereSeparator: { $0 == "," || $0 == "，" || $0 == ";" }) {
            let p = part.trimmingCharacters(in: " ")
            let bounds = p.split(whereSeparator: { $0 == "–" || $0 == "-" || $0 == "—" || $0 == "~" || $0 == "～" })
                .map { $0.trimmingCharacters(in: " ") }
            guard !bounds.isEmpty, bounds.count <= 2,
                  bounds.allSatisfy({ !$0.isEmpty && $0.count <= 6 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
                  let low = Int(bounds[0]), let high = Int(bounds[bounds.count - 1]) else { return nil }
            if high < low || high - low > maxRange { return nil }
            labels += (low...high).map { String($0) }
        }
        return labels.isEmpty ? nil : labels
    }
}
