import Foundation

/// Which cited links are fetched: `--exclude`, `--include` and `.citecheckignore`, as lychee reads
/// them. An include wins over every exclude; with includes and no excludes, only included links are
/// checked. An excluded link is still reported, `skipped` with the rule that excluded it.
public struct LinkFilter: Sendable {
    /// One pattern and where it came from ("--exclude", ".citecheckignore:3").
    public struct Rule: Sendable {
        public var pattern: String
        public var origin: String
        /// Swift Regex, compiled once (issue #17: no NSRegularExpression).
        fileprivate let regex: UncheckedRegex

        public init(pattern: String, origin: String) throws {
            do {
                regex = UncheckedRegex(try Regex(pattern))
            } catch {
                throw CiteCheckError(.usage, file: nil, "\(origin): \"\(pattern)\" is not a regular expression (\(error))")
            }
            self.pattern = pattern
            self.origin = origin
        }

        func matches(_ url: String) -> Bool { (try? regex.value.firstMatch(in: url)) != nil }

        /// How the report names the rule: `--exclude "un\.org/fr"`.
        public var description: String { "\(origin) \"\(pattern)\"" }
    }

    public var excludes: [Rule]
    public var includes: [Rule]

    public init(excludes: [Rule] = [], includes: [Rule] = []) {
        self.excludes = excludes
        self.includes = includes
    }

    public var isEmpty: Bool { excludes.isEmpty && includes.isEmpty }

    /// The rule that keeps `url` from being checked, or nil when it is checked.
    public func exclusion(of url: String) -> String? {
        if isEmpty || includes.contains(where: { $0.matches(url) }) { return nil }
        if let rule = excludes.first(where: { $0.matches(url) }) { return rule.description }
        if !includes.isEmpty && excludes.isEmpty {
            return "--include (matches none of " + includes.map { "\"\($0.pattern)\"" }.joined(separator: ", ") + ")"
        }
        return nil
    }
}

/// A compiled Regex is immutable once built; AnyRegexOutput is not marked Sendable, so the
/// wrapper says what is true of it.
struct UncheckedRegex: @unchecked Sendable {
    let value: Regex<AnyRegexOutput>
    init(_ value: Regex<AnyRegexOutput>) { self.value = value }
}
