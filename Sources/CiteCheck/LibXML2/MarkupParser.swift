import Foundation
internal import CLibXML2

/// The one place where input documents meet libxml2: parse bytes, copy the tree into `MarkupElement`
/// values, free the C document, all inside one call. No libxml2 pointer leaves this file.
///
/// XML is parsed for hostile input: no network (NONET), no DTD loading, no entity substitution (so an
/// external entity is never read and `&x;` stays an unexpanded reference, which the copy drops), and
/// without XML_PARSE_HUGE, so libxml2's own depth and entity-amplification limits stay in force.
enum MarkupParser {
    /// Deeper nesting than this is not a manuscript; the copy stops descending (libxml2's XML parser
    /// already refuses more than 256 levels without XML_PARSE_HUGE; its HTML parser does not).
    static let maxDepth = Limits.markupDepth

    static func parseXML(_ bytes: [UInt8], file: String, part: String? = nil) throws -> MarkupElement {
        LibXML2.ensureInitialized()
        let name = part.map { "\(file) (\($0))" } ?? file
        guard !bytes.isEmpty else { throw CiteCheckError(.input, file: name, "empty XML") }
        guard bytes.count < Int(Int32.max) else { throw CiteCheckError(.input, file: name, "XML part too large") }
        guard let ctxt = xmlNewParserCtxt() else { throw CiteCheckError(.input, file: name, "cannot start the XML parser") }
        defer { xmlFreeParserCtxt(ctxt) }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_BIG_LINES.rawValue)
        let doc = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                xmlCtxtReadMemory(ctxt, $0, Int32(buf.count), nil, nil, options)
            }
        }
        guard let doc else {
            throw CiteCheckError(.input, file: name, describe(ctxt.pointee.lastError, what: "not well-formed XML"))
        }
        defer { xmlFreeDoc(doc) }
        if ctxt.pointee.wellFormed == 0 {
            throw CiteCheckError(.input, file: name, describe(ctxt.pointee.lastError, what: "not well-formed XML"))
        }
        guard let root = xmlDocGetRootElement(doc) else { throw CiteCheckError(.input, file: name, "XML without a root element") }
        return copy(root, depth: 0)
    }

    /// HTML as browsers read it: recovering from errors, no network; libxml2 honours `<meta charset>`.
    static func parseHTML(_ bytes: [UInt8], file: String, encoding: String? = nil) throws -> MarkupElement {
        LibXML2.ensureInitialized()
        guard !bytes.isEmpty else { throw CiteCheckError(.input, file: file, "empty HTML") }
        guard bytes.count < Int(Int32.max) else { throw CiteCheckError(.input, file: file, "HTML too large") }
        guard let ctxt = htmlNewParserCtxt() else { throw CiteCheckError(.input, file: file, "cannot start the HTML parser") }
        defer { htmlFreeParserCtxt(ctxt) }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
        let doc = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                htmlCtxtReadMemory(ctxt, $0, Int32(buf.count), nil, encoding, options)
            }
        }
        guard let doc else { throw CiteCheckError(.input, file: file, "cannot be read as HTML") }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { throw CiteCheckError(.input, file: file, "HTML without any elements") }
        return copy(root, depth: 0)
    }

    private static func describe(_ error: xmlError, what: String) -> String {
        guard error.code != 0 else { return what }
        let message = error.message.map { String(cString: $0) }?
            .split(whereSeparator: \.isNewline).joined(separator: " ")
            .trimmingCharacters(in: .whitespaces) ?? ""
        // libxml2 reports entity amplification as a "loop" or an "amplification factor".
        if error.code == Int32(XML_ERR_ENTITY_LOOP.rawValue) || message.localizedLowercase.contains("amplification") {
            return "refused: entity expansion limit exceeded (a billion-laughs DTD?) at line \(error.line)"
        }
        return "\(what) at line \(error.line): \(message)"
    }

    private static func copy(_ node: UnsafeMutablePointer<xmlNode>, depth: Int) -> MarkupElement {
        var element = MarkupElement(name: LibXML2.name(node))
        let line = xmlGetLineNo(node)
        element.line = line > 0 ? Int(line) : nil
        element.namespace = node.pointee.ns.flatMap { LibXML2.string($0.pointee.href) }
        var attr = node.pointee.properties
        while let a = attr {
            if let key = LibXML2.string(a.pointee.name), element.attributes[key] == nil {
                element.attributes[key] = textOf(a.pointee.children)
            }
            attr = a.pointee.next
        }
        guard depth < maxDepth else { return element }
        var child = node.pointee.children
        while let c = child {
            switch c.pointee.type {
            case XML_ELEMENT_NODE:
                element.children.append(.element(copy(c, depth: depth + 1)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let s = LibXML2.text(c) { element.children.append(.text(s)) }
            default:
                // Entity references are left unexpanded on purpose; comments and PIs are not text.
                break
            }
            child = c.pointee.next
        }
        return element
    }

    /// Text of an attribute's children, skipping entity references rather than expanding them.
    private static func textOf(_ first: UnsafeMutablePointer<xmlNode>?) -> String {
        var out = ""
        var node = first
        while let n = node {
            if n.pointee.type == XML_TEXT_NODE, let s = LibXML2.text(n) { out += s }
            node = n.pointee.next
        }
        return out
    }
}
