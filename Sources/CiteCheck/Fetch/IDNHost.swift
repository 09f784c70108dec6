internal import CCurl

/// Internationalised host names (stössenseer.de, 北京大学.cn) in the ASCII form libcurl sends:
/// punycode by IDNA 2008 through libidn2. libcurl would convert them itself, but it reads the name
/// in the process locale's encoding, and a Swift process runs in the C locale, where any
/// non-ASCII host is "URL using bad/illegal format".
enum IDNHost {
    /// The ASCII form, or nil when the name is not a valid IDN.
    static func ascii(_ host: String) -> String? {
        if host.utf8.allSatisfy({ $0 < 0x80 }) { return host }
        guard let out = cc_idn2_to_ascii(host) else { return nil }
        defer { cc_idn2_free(out) }
        return String(cString: out)
    }

    /// The URL as sent on the wire: `URLParts.requestForm` with the host in ASCII.
    static func wireForm(_ url: String) -> String {
        URLParts.requestForm(url, host: { ascii($0) })
    }
}
