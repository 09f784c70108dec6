internal import CLibXML2

/// The libxml2 this process runs with: libxml2 reports "21205", shown as "2.12.5".
enum LibXML2Version {
    static var current: String {
        LibXML2.ensureInitialized()
        return dotted(String(cString: cx_parser_version()))
    }

    /// "21205" → "2.12.5", "20914" → "2.9.14"; anything else is shown as given.
    static func dotted(_ raw: String) -> String {
        guard raw.count >= 5, let n = Int(raw) else { return raw }
        return "\(n / 10000).\(n / 100 % 100).\(n % 100)"
    }
}
