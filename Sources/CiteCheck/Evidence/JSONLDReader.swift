import Foundation

/// Reads title and dates from JSON-LD blocks (JSON, not HTML, so Foundation's JSON parser reads it).
/// Walks @graph, arrays and nested objects and prefers the article node over the web page node; the
/// site, organisation and author nodes never supply a title or date.
enum JSONLDReader {
    struct Found: Hashable, Sendable {
        var headline: String?
        var name: String?
        var published: String?
        var modified: String?
    }

    private static let articleTypes: Set<String> = [
        "article", "newsarticle", "blogposting", "scholarlyarticle", "report", "techarticle",
        "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle",
        "creativework", "book", "legislation", "publicationissue", "digitaldocument", "medicalscholarlyarticle",
        "socialmediaposting", "liveblogposting", "pressrelease",
    ]
    private static let pageTypes: Set<String> = [
        "webpage", "itempage", "collectionpage", "aboutpage", "faqpage", "qapage", "profilepage",
    ]
    private static let ignoredTypes: Set<String> = [
        "website", "organization", "person", "imageobject", "breadcrumblist", "listitem", "searchaction",
        "sitenavigationelement", "wpheader", "wpfooter", "logo", "place", "postaladdress", "videoobject",
        "newsmediaorganization", "governmentorganization", "corporation", "educationalorganization",
    ]

    static func read(_ scripts: [String]) -> Found {
        var nodes: [(rank: Int, node: [String: Any])] = []
        for script in scripts {
            guard let json = parse(script) else { continue }
            collect(json, into: &nodes, depth: 0)
        }
        // Stable: ties keep document order.
        let ranked = nodes.enumerated().sorted { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }.map(\.element)
        var found = Found()
        for (rank, node) in ranked {
            if found.headline == nil, rank == 0 { found.headline = text(node["headline"]) ?? text(node["name"]) }
            if found.name == nil, rank <= 1 { found.name = text(node["name"]) ?? text(node["headline"]) }
            if found.published == nil { found.published = text(node["datePublished"]) ?? text(node["dateCreated"]) }
            if found.modified == nil { found.modified = text(node["dateModified"]) }
        }
        return found
    }

    /// Tolerates the usual breakage: raw newlines inside strings, HTML comment wrappers, a trailing ";".
    private static func parse(_ script: String) -> Any? {
        var body = script.trimmed
        if body.hasPrefix("<!--") { body = String(body.dropFirst(4)) }
        if body.hasSuffix("-->") { body = String(body.dropLast(3)) }
        body = body.trimmed
        if body.hasSuffix(";") { body = String(body.dropLast()) }
        if let value = try? JSONSerialization.jsonObject(with: Data(body.utf8), options: [.fragmentsAllowed]) {
            return value
        }
        let repaired = String(body.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 })
        return try? JSONSerialization.jsonObject(with: Data(repaired.utf8), options: [.fragmentsAllowed])
    }

    private static func collect(_ value: Any, into nodes: inout [(rank: Int, node: [String: Any])], depth: Int) {
        guard depth < 8 else { return }
        if let array = value as? [Any] {
            for item in array { collect(item, into: &nodes, depth: depth + 1) }
            return
        }
        guard let dict = value as? [String: Any] else { return }
        let types = typeNames(dict["@type"])
        if !types.contains(where: ignoredTypes.contains) {
            let rank = types.contains(where: articleTypes.contains) ? 0 : types.contains(where: pageTypes.contains) ? 1 : 2
            nodes.append((rank, dict))
        }
        for (key, child) in dict where key == "@graph" || key == "mainEntity" || key == "mainEntityOfPage" {
            collect(child, into: &nodes, depth: depth + 1)
        }
    }

    private static func typeNames(_ value: Any?) -> [String] {
        if let s = value as? String { return [s.lowercased()] }
        if let a = value as? [Any] { return a.compactMap { ($0 as? String)?.lowercased() } }
        return []
    }

    /// A string value, or the first string of an array, or a {"@value": …} object.
    private static func text(_ value: Any?) -> String? {
        if let s = value as? String { return s.trimmed.isEmpty ? nil : s.trimmed }
        if let a = value as? [Any] { return a.lazy.compactMap { text($0) }.first }
        if let d = value as? [String: Any] { return text(d["@value"]) }
        return nil
    }
}
