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
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return nil }
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
        guard let ctx = xmlXPathNewContext(doc) else { return nil }
        defer { xmlXPathFreeContext(ctx) }

        var scan = HTMLScan()
        LibXML2.forEachNode(ctx, "//meta") { node in
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
        LibXML2.forEachNode(ctx, "(//title)[1]") { scan.title = LibXML2.content($0)?.collapsedWhitespace }
        LibXML2.forEachNode(ctx, "(//h1)[position() <= 3]") { node in
            if let text = LibXML2.content(node)?.collapsedWhitespace, !text.isEmpty { scan.headings.append(text) }
        }
        LibXML2.forEachNode(ctx, "(/html/@lang | /html/@xml:lang)[1]") { scan.language = LibXML2.content($0)?.trimmed }
        LibXML2.forEachNode(ctx, "//link[@rel and @href]") { node in
            if let rel = LibXML2.attribute(node, "rel"), let href = LibXML2.attribute(node, "href") {
                scan.links.append(.init(rel: rel.lowercased().collapsedWhitespace, href: href.trimmed))
            }
        }
        LibXML2.forEachNode(ctx, "//script[@type]") { node in
            guard let type = LibXML2.attribute(node, "type"),
                  type.lowercased().trimmed.hasPrefix("application/ld+json"),
                  let body = LibXML2.content(node) else { return }
            scan.jsonLD.append(body)
        }
        var seen = Set<String>()
        for expression in ["//article//time/@datetime | //main//time/@datetime", "//time/@datetime"] {
            LibXML2.forEachNode(ctx, expression) { node in
                if let value = LibXML2.content(node)?.trimmed, !value.isEmpty, seen.insert(value).inserted {
                    scan.times.append(value)
                }
            }
        }
        var text = ""
        LibXML2.forEachNode(
            ctx, "//body//text()[not(parent::script or parent::style or parent::noscript)]"
        ) { node in
            guard text.utf8.count < textLimit, let piece = LibXML2.content(node) else { return }
            text += piece
            text += " "
        }
        scan.text = text
        return scan
    }
}

extension String {
    /// Runs of whitespace (including newlines and NBSP) become one space; ends trimmed.
    var collapsedWhitespace: String {
        split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
