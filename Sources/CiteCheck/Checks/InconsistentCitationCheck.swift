/// inconsistent-citation: one URL cited in several notes with different titles, dates or access
/// dates. A note that leaves a field out (a short re-citation) does not count as disagreeing.
public struct InconsistentCitationCheck: Sendable {
    public init() {}

    public func findings(for references: [Reference]) -> [Finding] {
        var groups: [String: [(reference: Reference, url: String)]] = [:]
        var order: [String] = []
        for reference in references {
            var seen = Set<String>()
            for url in reference.urls {
                let key = Self.key(url)
                guard seen.insert(key).inserted else { continue }
                if groups[key] == nil { order.append(key) }
                groups[key, default: []].append((reference, url))
            }
        }
        var found: [Finding] = []
        for key in order {
            guard let cites = groups[key], Set(cites.map(\.reference.note)).count > 1 else { continue }
            var differences: [String] = []
            // Each reading once, with every note that gives it: three notes of which two agree name
            // two readings, not three (the two would print alike and look like a difference).
            func compare(_ what: String, _ value: (Reference) -> String?, normalise: (String) -> String = { $0 }) {
                var readings: [(shown: String, key: String, notes: [String])] = []
                for cite in cites {
                    guard let shown = value(cite.reference) else { continue }
                    let key = normalise(shown)
                    if let at = readings.firstIndex(where: { $0.key == key }) {
                        readings[at].notes.append(cite.reference.noteDescription)
                    } else {
                        readings.append((shown, key, [cite.reference.noteDescription]))
                    }
                }
                guard readings.count > 1 else { return }
                differences.append("\(what): " + readings.map { "\($0.shown) (\($0.notes.joinedAsList))" }.joinedAsList)
            }
            compare("titles", { $0.title.map { "“\($0)”" } }, normalise: TitleNormalizer.normalize)
            compare("dates", { $0.date?.description })
            compare("access dates", { $0.accessed?.description })
            guard !differences.isEmpty else { continue }
            let notes = cites.map(\.reference.noteDescription)
            found.append(Finding(
                kind: .inconsistentCitation, severity: .warning, reference: cites[0].reference.id, url: cites[0].url,
                message: "the same URL is cited in \(notes.joinedAsList) with different " + differences.joined(separator: "; ")))
        }
        return found
    }

    /// Two spellings of one address compare equal: scheme, "www.", case of the host, a trailing
    /// slash and the fragment do not matter.
    static func key(_ url: String) -> String {
        var s = url.trimmed
        if let hash = s.firstIndex(of: "#") { s = String(s[..<hash]) }
        let head = s.prefix(8).lowercased()
        for scheme in ["https://", "http://"] where head.hasPrefix(scheme) { s = String(s.dropFirst(scheme.count)) }
        let slash = s.firstIndex(of: "/") ?? s.endIndex
        var host = s[..<slash].lowercased()
        if host.hasPrefix("www.") { host = String(host.dropFirst(4)) }
        var rest = String(s[slash...])
        while rest.hasSuffix("/") { rest.removeLast() }
        return host + rest
    }
}
