import Foundation

/// A published article named on `check`'s command line instead of a file: the address of its page
/// ("https://journal.example/articles/x"), or its DOI as "10.1234/abc", "doi:10.1234/abc" or
/// "https://doi.org/10.1234/abc" (resolved to its landing page). A file of that name wins.
public enum ArticleAddress: Hashable, Sendable {
    case page(String)
    case doi(DOI)

    public init?(_ argument: String) {
        let text = argument.strippingWhitespace
        if FileManager.default.fileExists(atPath: argument) { return nil }
        let lower = text.lowercased()
        for resolver in ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/"]
        where lower.hasPrefix(resolver) {
            guard let doi = DOI(text) else { return nil }
            self = .doi(doi)
            return
        }
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
            guard let parts = URLParts(text), parts.isHTTP, !parts.host.isEmpty else { return nil }
            self = .page(text)
            return
        }
        if lower.hasPrefix("doi:") || lower.hasPrefix("10.") {
            guard let doi = DOI(text) else { return nil }
            self = .doi(doi)
            return
        }
        return nil
    }

    /// What the run and its reports are named after: the page's address, or the DOI's at doi.org.
    public var name: String {
        switch self {
        case .page(let url): return url
        case .doi(let doi): return "https://doi.org/" + doi.value
        }
    }

    /// True for an argument that names a web page: reports and the store name it by its address.
    public static func isWebAddress(_ paper: String) -> Bool {
        let lower = paper.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }
}
