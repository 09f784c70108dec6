internal import CLibXML2

/// The one place that initialises libxml2 and the XPath helpers every scanner uses.
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
