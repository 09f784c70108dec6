/// Why a written DOI is not a DOI: the text as written and the rule it breaks, for `doi-invalid`.
public struct DOISyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    public var text: String
    public var reason: String

    public init(text: String, reason: String) {
        self.text = text
        self.reason = reason
    }

    public var description: String { "\"\(text)\" is not a valid DOI: \(reason)" }
}
