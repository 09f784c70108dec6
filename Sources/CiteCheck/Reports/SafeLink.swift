import Foundation

/// Which strings from a paper may become a link in a report: only http and https URLs with a
/// host, and nothing with whitespace or control characters. Everything else (javascript:,
/// data:, file:, mailto:, relative paths) is shown as text, never as an href.
public enum SafeLink {
    public static func href(_ url: String?) -> String? {
        guard let url, let parts = URLParts(url), parts.isHTTP, !parts.host.isEmpty else { return nil }
        guard url == url.trimmingCharacters(in: .whitespaces),
              !url.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0 == " " })
        else { return nil }
        let lower = url.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return nil }
        return url
    }

    /// The host of a URL for the host filter, or nil.
    public static func host(_ url: String) -> String? {
        guard let parts = URLParts(url), !parts.host.isEmpty else { return nil }
        return parts.host
    }
}
