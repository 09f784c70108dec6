internal import CLibXML2

/// The libxml2 layer: this folder is the only code that touches libxml2 (MarkupParser for input
/// documents, HTMLScanner and XMPScanner for fetched pages). This file initialises the library
/// once and holds the tree-walking and XPath helpers they share.
/// Nodes never leave a scanner's parse function: helpers hand them to a closure and return values.
enum LibXML2 {
    /// Global `let` initialisers run once, thread-safely: xmlInitParser must precede any
    /// concurrent parse.
    private static let initialized: Void = { xmlInitParser() }()

    /// Call before each parse: initialises once, and silences libxml2's stderr messages on this thread.
    static func ensureInitialized() {
        _ = initialized
        cx_silence_errors()
    }

    /// Calls `body` for each node the expression selects, relative to `context` (the document when nil).
    /// A NULL result, NULL node set or empty set simply yields nothing.
    static func forEachNode(
        _ ctx: xmlXPathContextPtr, _ expression: String, context: xmlNodePtr? = nil,
        _ body: (xmlNodePtr) -> Void
    ) {
        let saved = ctx.pointee.node
        if let context { ctx.pointee.node = context }
        defer { ctx.pointee.node = saved }
        let object: xmlXPathObjectPtr? = withXMLChars(expression) { xmlXPathEvalExpression($0, ctx) }
        guard let object else { return }
        defer { xmlXPathFreeObject(object) }
        guard let set = object.pointee.nodesetval, set.pointee.nodeNr > 0,
              let table = set.pointee.nodeTab else { return }
        for i in 0..<Int(set.pointee.nodeNr) {
            if let node = table[i] { body(node) }
        }
    }

    /// Visits every node of the document in document order without XPath: `body(node, true)` on
    /// the way into an element and for every other node, `body(node, false)` on the way out of an
    /// element. One walk replaces the dozen XPath queries a page scan needed (each its own pass
    /// over the tree, with its own compile and node-set allocations).
    static func walk(_ doc: xmlDocPtr, _ body: (xmlNodePtr, _ entering: Bool) -> Void) {
        let top = UnsafeMutableRawPointer(doc)
        var next = doc.pointee.children
        while let node = next {
            body(node, true)
            if node.pointee.type == XML_ELEMENT_NODE, let child = node.pointee.children {
                next = child
                continue
            }
            if node.pointee.type == XML_ELEMENT_NODE { body(node, false) }
            next = following(node, within: top) { body($0, false) }
        }
    }

    /// The node after `node`'s subtree in document order: its next sibling, else the next sibling
    /// of the nearest ancestor that has one, never climbing to `root`. `leaving` is told of each
    /// ancestor climbed out of.
    private static func following(_ node: xmlNodePtr, within root: UnsafeMutableRawPointer,
                                  leaving: (xmlNodePtr) -> Void = { _ in }) -> xmlNodePtr? {
        var climbing = node
        while true {
            if let sibling = climbing.pointee.next { return sibling }
            guard let parent = climbing.pointee.parent, UnsafeMutableRawPointer(parent) != root else { return nil }
            leaving(parent)
            climbing = parent
        }
    }

    enum Visit { case found, skip, descend }

    /// Searches the elements below `node` in document order, at most `limit` of them: `visit` says
    /// whether an element is the one sought, or whether to leave its subtree out. True when found.
    static func searchElements(below node: xmlNodePtr, limit: Int, _ visit: (xmlNodePtr) -> Visit) -> Bool {
        var seen = 0
        var next = node.pointee.children
        while let current = next {
            var descend = false
            if current.pointee.type == XML_ELEMENT_NODE {
                seen += 1
                if seen > limit { return false }
                switch visit(current) {
                case .found: return true
                case .skip: break
                case .descend: descend = current.pointee.children != nil
                }
            }
            next = descend ? current.pointee.children : following(current, within: UnsafeMutableRawPointer(node))
        }
        return false
    }

    /// The element's name as libxml2's HTML parser stores it (lower case).
    static func name(_ node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    /// Whether the node holds character data (a text or CDATA node; script bodies are CDATA).
    static func isText(_ node: xmlNodePtr) -> Bool {
        node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE
    }

    static func isElement(_ node: xmlNodePtr) -> Bool { node.pointee.type == XML_ELEMENT_NODE }

    /// A text node's own characters, read in place (no copy through xmlNodeGetContent).
    static func text(_ node: xmlNodePtr) -> String? {
        string(node.pointee.content.map { UnsafePointer($0) })
    }

    /// A libxml2 string copied into Swift.
    static func string(_ p: UnsafePointer<xmlChar>?) -> String? {
        p.map { String(cString: $0) }
    }

    /// The node's text content (all descendant text for elements, the value for attributes).
    static func content(_ node: xmlNodePtr) -> String? {
        guard let raw = xmlNodeGetContent(node) else { return nil }
        defer { cx_free(raw) }
        return String(cString: raw)
    }

    /// An attribute value, or nil when absent. libxml2's HTML parser lower-cases attribute names.
    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let raw = withXMLChars(name, { xmlGetProp(node, $0) }) else { return nil }
        defer { cx_free(raw) }
        return String(cString: raw)
    }

    static func withXMLChars<R>(_ string: String, _ body: (UnsafePointer<xmlChar>) -> R) -> R {
        let bytes = Array(string.utf8) + [0]
        return bytes.withUnsafeBufferPointer { body($0.baseAddress!) }
    }
}
