internal import CLibXML2

/// Parses an HTML page with libxml2 and copies out what `HTMLScan` holds. The document is freed
/// before `scan` returns; no libxml2 pointer leaves this file.
enum HTMLScanner {
    /// Recover from broken markup, stay silent, never touch the network. No entity substitution
    /// (HTML_PARSE_NOENT is not set).
    private static let baseOptions = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue)

    static let textLimit = 40_000

    /// - Parameter encoding: an iconv name to force (the HTTP header's charset or a BOM); nil lets
    ///   libxml2 follow the page's own `<meta charset>`.
    static func scan(_ bytes: [UInt8], encoding: String?, url: String?) -> HTMLScan? {
        guard !bytes.isEmpty else { return nil }
        // The evidence is in the first megabytes; the tree of a huge page would cost gigabytes.
        let bytes = bytes.count > Limits.pageParseBytes ? Array(bytes.prefix(Limits.pageParseBytes)) : bytes
        LibXML2.ensureInitialized()
        // An explicit encoding must win over the meta declaration.
        let options = encoding == nil ? baseOptions : baseOptions | Int32(HTML_PARSE_IGNORE_ENC.rawValue)
        let doc: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(chars.count), url, encoding, options)
            }
        }
        guard let doc else { return nil }
        defer { xmlFreeDoc(doc) }
        var scan = HTMLScan()
        var titleSeen = false
        var headingsSeen = 0
        var rootSeen = false
        var bodyDepth = 0
        var articleDepth = 0  // inside <article> or <main>, where a page dates itself
        var articleTimes: [String] = []
        var allTimes: [String] = []
        var text = ""
        LibXML2.walk(doc) { node, entering in
            if LibXML2.isText(node) {
                // Visible body text for the fingerprint: not the bodies of script, style or noscript.
                guard bodyDepth > 0, text.utf8.count < textLimit,
                      let parent = node.pointee.parent, !["script", "style", "noscript"].contains(LibXML2.name(parent)),
                      let piece = LibXML2.text(node) else { return }
                text += piece
                text += " "
                return
            }
            guard LibXML2.isElement(node) else { return }
            let name = LibXML2.name(node)
            let step = entering ? 1 : -1
            switch name {
            case "body": bodyDepth += step
            case "article", "main": articleDepth += step
            default: break
            }
            guard entering else { return }
            if !rootSeen {
                rootSeen = true
                if name == "html" {
                    scan.language = (LibXML2.attribute(node, "lang") ?? LibXML2.attribute(node, "xml:lang"))?.trimmed
                }
            }
            switch name {
            case "meta" where scan.metas.count < Limits.pageMetaTags:
                read(meta: node, into: &scan)
            case "title" where !titleSeen:
                titleSeen = true
                scan.title = LibXML2.content(node)?.collapsedWhitespace
            case "h1" where headingsSeen < 3:
                headingsSeen += 1
                if let heading = LibXML2.content(node)?.collapsedWhitespace, !heading.isEmpty { scan.headings.append(heading) }
            case "link" where scan.links.count < Limits.pageLinkTags:
                if let rel = LibXML2.attribute(node, "rel"), let href = LibXML2.attribute(node, "href") {
                    scan.links.append(.init(rel: rel.lowercased().collapsedWhitespace, href: href.trimmed))
                }
            case "script" where scan.jsonLD.count < Limits.pageJSONLDScripts:
                if let type = LibXML2.attribute(node, "type"), type.lowercased().trimmed.hasPrefix("application/ld+json"),
                   let body = LibXML2.content(node) {
                    scan.jsonLD.append(body)
                }
            case "time" where allTimes.count < Limits.pageMetaTags:
                if let value = LibXML2.attribute(node, "datetime")?.trimmed, !value.isEmpty {
                    if articleDepth > 0 { articleTimes.append(value) }
                    allTimes.append(value)
                }
            default:
                break
            }
        }
        // Dates inside the article first: a page's sidebar dates other pages.
        var seen = Set<String>()
        scan.times = (articleTimes + allTimes).filter { seen.insert($0).inserted }
        scan.text = text
        return scan
    }

    private static func read(meta node: xmlNodePtr, into scan: inout HTMLScan) {
        if let charset = LibXML2.attribute(node, "charset"), scan.declaredCharset == nil {
            scan.declaredCharset = charset.trimmed
        }
        guard let content = LibXML2.attribute(node, "content") else { return }
        for attr in ["name", "property", "itemprop", "http-equiv"] {
            guard let key = LibXML2.attribute(node, attr)?.trimmed, !key.isEmpty else { continue }
            scan.metas.append(.init(key: key.lowercased(), content: content))
            if attr == "http-equiv", key.lowercased() == "content-type", scan.declaredCharset == nil {
                scan.declaredCharset = ContentType.charset(of: content)
            }
        }
    }
}

extension String {
    /// Runs of whitespace (including newlines and NBSP) become one space; ends trimmed.
    var collapsedWhitespace: String {
        split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
