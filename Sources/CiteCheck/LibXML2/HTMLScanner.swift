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
        var articleElementDepth = 0  // inside <article> itself (an <aside> in <main> is the sidebar)
        var articleTimes: [String] = []
        var allTimes: [String] = []
        var text = ""
        var asideDepth = 0  // inside navigation, a sidebar, comments, related posts or a footer
        var asideStack: [Bool] = []  // for each open element: did it open an aside
        // Aside levels that hold the page's own headline (`PageRegions.holdsTheHeadline`): the page's, whatever their class.
        var forgiven = 0
        var mainText = ""
        var mainCount = 0
        var titleClassOffset: Int?
        var scriptBytes = 0
        LibXML2.walk(doc) { node, entering in
            if LibXML2.isText(node) {
                // Visible body text for the fingerprint: not the bodies of script, style or noscript.
                guard bodyDepth > 0, let parent = node.pointee.parent, !["script", "style", "noscript"].contains(LibXML2.name(parent)),
                      let piece = LibXML2.text(node) else { return }
                if text.utf8.count < textLimit {
                    text += piece
                    text += " "
                }
                if asideDepth <= forgiven, mainCount < mainTextLimit {
                    let line = piece.collapsedWhitespace
                    if !line.isEmpty {
                        mainText += line + " "
                        mainCount += line.count + 1
                    }
                }
                return
            }
            guard LibXML2.isElement(node) else { return }
            let name = LibXML2.name(node)
            let step = entering ? 1 : -1
            switch name {
            case "body": bodyDepth += step
            case "article":
                articleDepth += step
                articleElementDepth += step
            case "main": articleDepth += step
            default: break
            }
            if entering {
                var aside = bodyDepth > 0 && PageRegions.isAside(element: name, classAndID: classAndID(node), inArticle: articleElementDepth > 0)
                // A layout wrapper classed for its sidebar ("mainwrap single-default sidebar") that holds the
                // page's own headline is the page, from its first line (the byline may precede the headline).
                if aside, asideDepth <= forgiven, PageRegions.mayWrapTheArticle(element: name), holdsTheHeadline(node, title: scan.title) {
                    aside = false
                }
                asideStack.append(aside)
                if aside { asideDepth += 1 }
            } else if asideStack.popLast() == true {
                asideDepth -= 1
            }
            forgiven = min(forgiven, asideDepth)
            if entering, ["h1", "h2", "h3"].contains(name), bodyDepth > 0, asideDepth > forgiven, scan.headlineOffset == nil,
               PageRegions.holdsTheHeadline(heading: LibXML2.content(node), title: scan.title) {
                forgiven = asideDepth
                if name != "h1", titleClassOffset == nil { titleClassOffset = mainCount }
            }
            if PageRegions.blockElements.contains(name), asideDepth <= forgiven, mainCount < mainTextLimit, !mainText.hasSuffix("\n") {
                mainText += "\n"
                mainCount += 1
            }
            guard entering else { return }
            if bodyDepth > 0, asideDepth <= forgiven, scan.bylineOffsets.count < 8, PageRegions.isByline(classAndID: classAndID(node)) {
                scan.bylineOffsets.append(mainCount)
            }
            if bodyDepth > 0, asideDepth <= forgiven, scan.headlineOffset == nil {
                if name == "h1" {
                    scan.headlineOffset = mainCount
                } else if titleClassOffset == nil, ["h2", "h3", "div", "p", "span"].contains(name) {
                    // No h1: the first element styled as the title (Blogger's h3.post-title, Joomla's itemprop=headline).
                    let marks = ((LibXML2.attribute(node, "class") ?? "") + " " + (LibXML2.attribute(node, "itemprop") ?? "")).lowercased()
                    if marks.contains("title") || marks.contains("headline") { titleClassOffset = mainCount }
                }
            }
            if bodyDepth > 0, let mark = dateMark(node, name: name, inArticle: articleDepth > 0, aside: asideDepth > forgiven) {
                scan.dateMarks.append(mark)
            }
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
                } else if LibXML2.attribute(node, "src") == nil, scriptBytes < scriptLimit, let body = LibXML2.content(node), !body.isEmpty {
                    scriptBytes += body.utf8.count
                    scan.inlineScripts.append(body)
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
        scan.mainText = mainText
        if scan.headlineOffset == nil { scan.headlineOffset = titleClassOffset }
        return scan
    }

    static let mainTextLimit = 60_000
    static let scriptLimit = 512 * 1024

    /// True when an h1–h3 below `node`, outside any aside of its own, is the page's headline
    /// (`PageRegions.holdsTheHeadline`). A sidebar's own widgets are left out, so the current post in
    /// its recent-posts list does not count.
    private static func holdsTheHeadline(_ node: xmlNodePtr, title: String?) -> Bool {
        guard title != nil else { return false }
        return LibXML2.searchElements(below: node, limit: 20_000) { element in
            let name = LibXML2.name(element)
            if ["h1", "h2", "h3"].contains(name) {
                return PageRegions.holdsTheHeadline(heading: LibXML2.content(element), title: title) ? .found : .skip
            }
            return PageRegions.isAside(element: name, classAndID: classAndID(element)) ? .skip : .descend
        }
    }

    private static func classAndID(_ node: xmlNodePtr) -> String? {
        let cls = LibXML2.attribute(node, "class")
        let id = LibXML2.attribute(node, "id")
        if cls == nil && id == nil { return nil }
        return (cls ?? "") + " " + (id ?? "")
    }

    /// The machine-readable date an element carries, if any.
    private static func dateMark(_ node: xmlNodePtr, name: String, inArticle: Bool, aside: Bool) -> HTMLScan.DateMark? {
        guard name != "meta" else { return nil }
        let itemprop = LibXML2.attribute(node, "itemprop")?.lowercased() ?? ""
        let cls = LibXML2.attribute(node, "class")?.lowercased() ?? ""
        func role() -> HTMLScan.DateMark.Role {
            if itemprop.contains("datemodified") || cls.contains("updated") || cls.contains("modified") { return .modified }
            if itemprop.contains("datepublished") || itemprop.contains("datecreated") || cls.contains("published") { return .published }
            return .unknown
        }
        func mark(_ value: String?, _ kind: HTMLScan.DateMark.Kind) -> HTMLScan.DateMark? {
            guard let value = value?.trimmed, !value.isEmpty, value.count < 80 else { return nil }
            return .init(value: value, kind: kind, role: role(), inArticle: inArticle, aside: aside)
        }
        if name == "time" {
            guard let datetime = LibXML2.attribute(node, "datetime") else { return mark(LibXML2.content(node), .time) }
            var found = mark(datetime, .time)
            if let shown = LibXML2.content(node)?.collapsedWhitespace, !shown.isEmpty, shown.count < 80 { found?.text = shown }
            return found
        }
        if name == "abbr", cls.contains("published") || cls.contains("updated") || cls.contains("dtstart") {
            return mark(LibXML2.attribute(node, "title"), .abbr)
        }
        if itemprop.contains("datepublished") || itemprop.contains("datecreated") || itemprop.contains("datemodified") {
            return mark(LibXML2.attribute(node, "content") ?? LibXML2.attribute(node, "datetime") ?? LibXML2.attribute(node, "title")
                        ?? LibXML2.content(node), .itemprop)
        }
        if let property = LibXML2.attribute(node, "property")?.lowercased(),
           property.contains("dc:date") || property.contains("dc:created") || property.contains("dcterms:created")
            || property.contains("dcterms:issued") || property.contains("datepublished") {
            return mark(LibXML2.attribute(node, "content"), .rdfa)
        }
        for attribute in EpochAttributeDateSource.attributes {
            if let raw = LibXML2.attribute(node, attribute), let stamp = EpochAttributeDateSource.timestamp(raw) { return mark(stamp, .epoch) }
        }
        return nil
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
        // ASCII text, most of a page's, is collapsed on its bytes: in ASCII the whitespace
        // Characters are the six bytes below, and "\r\n" (one Character) is two of them.
        var ascii = true
        var clean = true
        var previousSpace = true
        for byte in utf8 {
            if byte >= 0x80 { ascii = false; break }
            let space = byte == 0x20 || (0x09...0x0D).contains(byte)
            if space && (byte != 0x20 || previousSpace) { clean = false }
            previousSpace = space
        }
        guard ascii else { return split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
        if clean && !previousSpace { return self }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var pending = false
        for byte in utf8 {
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                pending = !out.isEmpty
            } else {
                if pending { out.append(0x20); pending = false }
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
