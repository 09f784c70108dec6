internal import CLibXML2

/// Parses an XMP packet (RDF/XML) with libxml2's XML reader: no network, no DTD loading, no entity
/// substitution. The document is freed before `scan` returns.
enum XMPScanner {
    private static let options = Int32(
        XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NONET.rawValue)

    private static let xmp = "http://ns.adobe.com/xap/1.0/"
    private static let dc = "http://purl.org/dc/elements/1.1/"

    static func scan(_ bytes: ArraySlice<UInt8>) -> XMPScan? {
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return nil }
        LibXML2.ensureInitialized()
        let doc: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                xmlReadMemory(chars.baseAddress, Int32(chars.count), "xmp.xml", nil, options)
            }
        }
        guard let doc else { return nil }
        defer { xmlFreeDoc(doc) }
        guard let ctx = xmlXPathNewContext(doc) else { return nil }
        defer { xmlXPathFreeContext(ctx) }

        func first(_ expression: String) -> String? {
            var value: String?
            LibXML2.forEachNode(ctx, expression) { node in
                if value == nil, let text = LibXML2.content(node)?.trimmed, !text.isEmpty { value = text }
            }
            return value
        }
        /// XMP writes a property either as an element or as an attribute of rdf:Description.
        func property(_ namespace: String, _ name: String) -> String? {
            let test = "[local-name()='\(name)' and namespace-uri()='\(namespace)']"
            return first("//*\(test) | //@*\(test)")
        }
        /// Language alternatives (dc:title): the x-default item, else the first.
        func alternative(_ namespace: String, _ name: String) -> String? {
            let test = "[local-name()='\(name)' and namespace-uri()='\(namespace)']"
            return first("//*\(test)//*[local-name()='li'][@xml:lang='x-default']")
                ?? first("//*\(test)//*[local-name()='li']") ?? property(namespace, name)
        }

        var scan = XMPScan()
        scan.createDate = property(xmp, "CreateDate")
        scan.modifyDate = property(xmp, "ModifyDate")
        scan.title = alternative(dc, "title")
        scan.language = alternative(dc, "language")
        scan.doi = first("//*[local-name()='doi'] | //@*[local-name()='doi']")
            ?? alternative(dc, "identifier").flatMap { $0.contains("10.") ? $0 : nil }
        return scan
    }
}
