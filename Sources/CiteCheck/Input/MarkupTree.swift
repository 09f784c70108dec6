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
    /// Runs of white space (including line breaks and no-break spaces) as one space, trimmed.
    var collapsingWhitespace: String {
        var out = ""
        out.reserveCapacity(utf8.count)
        var pendingSpace = false
        for ch in self {
            if ch.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(ch)
            }
        }
        return out
    }
}
