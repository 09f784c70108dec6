/// An XML or HTML element copied out of libxml2 into plain Swift values (see `MarkupParser`), so that
/// readers walk documents without touching C pointers. Names are local names (no prefix); HTML names
/// are lower-case, as libxml2's HTML parser gives them.
struct MarkupElement: Sendable, Hashable {
    var name: String
    /// The namespace URI, when the element has one.
    var namespace: String?
    /// Attribute values by local name (`xlink:href` is "href", `w:id` is "id").
    var attributes: [String: String]
    var children: [MarkupNode]
    /// The 1-based line of the start tag in the document as read (libxml2's xmlGetLineNo), when known.
    var line: Int?

    init(name: String, namespace: String? = nil, attributes: [String: String] = [:], children: [MarkupNode] = []) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        self.children = children
    }

    subscript(attribute: String) -> String? { attributes[attribute] }

    /// Child elements, optionally only those with a local name.
    func elements(_ name: String? = nil) -> [MarkupElement] {
        children.compactMap {
            if case .element(let e) = $0, name == nil || e.name == name { return e }
            return nil
        }
    }

    func element(_ name: String) -> MarkupElement? {
        for case .element(let e) in children where e.name == name { return e }
        return nil
    }

    /// Every element below this one with one of `names`, in document order. Does not descend into a
    /// match, so nested matches (a note inside a note) are not returned twice.
    func descendants(_ names: Set<String>, stopAtMatch: Bool = true) -> [MarkupElement] {
        var found: [MarkupElement] = []
        collect(names, stopAtMatch: stopAtMatch, into: &found)
        return found
    }

    func descendants(_ name: String) -> [MarkupElement] { descendants([name]) }

    func firstDescendant(_ name: String) -> MarkupElement? {
        for case .element(let e) in children {
            if e.name == name { return e }
            if let inner = e.firstDescendant(name) { return inner }
        }
        return nil
    }

    func firstDescendant(where match: (MarkupElement) -> Bool) -> MarkupElement? {
        for case .element(let e) in children {
            if match(e) { return e }
            if let inner = e.firstDescendant(where: match) { return inner }
        }
        return nil
    }

    private func collect(_ names: Set<String>, stopAtMatch: Bool, into found: inout [MarkupElement]) {
        for case .element(let e) in children {
            if names.contains(e.name) {
                found.append(e)
                if stopAtMatch { continue }
            }
            e.collect(names, stopAtMatch: stopAtMatch, into: &found)
        }
    }

    /// All text below this element in document order, as a reader would see it.
    var text: String {
        var out = ""
        appendText(to: &out)
        return out
    }

    private func appendText(to out: inout String) {
        for child in children {
            switch child {
            case .text(let s): out += s
            case .element(let e): e.appendText(to: &out)
            }
        }
    }
}

enum MarkupNode: Sendable, Hashable {
    case element(MarkupElement)
    case text(String)
}

extension String {
    /// Runs of white space (including line breaks, no-break and ideographic spaces) as one space,
    /// trimmed. Works on UTF-8 bytes: it runs over every text node of a document.
    var collapsingWhitespace: String {
        var copy = self
        return copy.withUTF8 { buf in
            var out: [UInt8] = []
            out.reserveCapacity(buf.count)
            var pendingSpace = false
            var i = 0
            while i < buf.count {
                let b = buf[i]
                let width = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                let end = Swift.min(i + width, buf.count)
                if Self.isSpace(buf[i..<end]) {
                    pendingSpace = !out.isEmpty
                } else {
                    if pendingSpace { out.append(0x20) }
                    pendingSpace = false
                    for k in i..<end { out.append(buf[k]) }
                }
                i = end
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The UTF-8 of one scalar: is it white space? ASCII, U+0085, U+00A0, U+1680, U+2000–200A,
    /// U+2028, U+2029, U+202F, U+205F or U+3000.
    private static func isSpace(_ s: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let i = s.startIndex
        switch s.count {
        case 1: return s[i] == 0x20 || (0x09...0x0D).contains(s[i])
        case 2: return s[i] == 0xC2 && (s[i + 1] == 0x85 || s[i + 1] == 0xA0)
        case 3:
            let (a, b, c) = (s[i], s[i + 1], s[i + 2])
            if a == 0xE1 { return b == 0x9A && c == 0x80 }
            if a == 0xE2 && b == 0x80 { return (0x80...0x8A).contains(c) || c == 0xA8 || c == 0xA9 || c == 0xAF }
            if a == 0xE2 && b == 0x81 { return c == 0x9F }
            return a == 0xE3 && b == 0x80 && c == 0x80
        default: return false
        }
    }
}

extension Unicode.Scalar {
    /// White space as Unicode defines it, without a property lookup for ASCII.
    var isSpace: Bool {
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        return properties.isWhitespace
    }
}
