import Foundation

/// Everything the evidence stage needs from one HTML page, copied out of libxml2 as plain values.
struct HTMLScan: Hashable, Sendable {
    /// One `<meta>` element; `key` is its name, property, itemprop or http-equiv, lower-cased.
    struct Meta: Hashable, Sendable {
        var key: String
        var content: String
    }

    struct Link: Hashable, Sendable {
        /// Lower-cased, space-separated rel tokens.
        var rel: String
        var href: String
    }

    var metas: [Meta] = []
    /// The charset the page declares in `<meta charset>` or http-equiv Content-Type.
    var declaredCharset: String?
    var title: String?
    /// Texts of the first few h1 elements: soft-404 pages often say so only there.
    var headings: [String] = []
    var language: String?
    var links: [Link] = []
    /// Bodies of `<script type="application/ld+json">`.
    var jsonLD: [String] = []
    /// `<time datetime>` values, those inside article or main first.
    var times: [String] = []
    /// Visible body text (no script or style), capped, for the page fingerprint.
    var text: String = ""

    /// First meta content for any of the keys (compared lower-cased), in the order of `keys`.
    func meta(_ keys: String...) -> (key: String, content: String)? {
        for key in keys {
            let k = key.lowercased()
            if let m = metas.first(where: { $0.key == k && !$0.content.trimmed.isEmpty }) {
                return (key, m.content.trimmed)
            }
        }
        return nil
    }
}
