/// Where the registries are asked. Each base ends with "/"; mirrors and tests replace them
/// (tests also reach the real names through `FetchOptions.connectTo`).
public struct DOIEndpoints: Sendable, Hashable {
    /// The DOI handle API: {handles}{doi} answers {"responseCode": …, "values": […]}.
    public var handles = "https://doi.org/api/handles/"
    /// The registration-agency lookup: {agencies}{prefix} answers [{"DOI": …, "RA": …}].
    public var agencies = "https://doi.org/ra/"
    /// Crossref's REST API: {crossref}works/{doi} and {crossref}works?query.bibliographic=….
    public var crossref = "https://api.crossref.org/"
    /// DataCite's REST API: {dataCite}dois/{doi}.
    public var dataCite = "https://api.datacite.org/"

    public init() {}

    public init(handles: String, agencies: String, crossref: String, dataCite: String) {
        self.handles = Self.slashed(handles)
        self.agencies = Self.slashed(agencies)
        self.crossref = Self.slashed(crossref)
        self.dataCite = Self.slashed(dataCite)
    }

    /// One base for all four, as a test server that emulates them all by path offers:
    /// {base}api/handles/, {base}ra/, {base} for Crossref's works/ and DataCite's dois/.
    public init(oneServer base: String) {
        let b = Self.slashed(base)
        self.init(handles: b + "api/handles/", agencies: b + "ra/", crossref: b, dataCite: b)
    }

    static func slashed(_ s: String) -> String { s.hasSuffix("/") ? s : s + "/" }

    func handle(_ doi: DOI) -> String { handles + Self.pathEncoded(doi.value) }
    func agency(_ prefix: String) -> String { agencies + Self.pathEncoded(prefix) }
    func crossrefWork(_ doi: DOI, mailto: String?) -> String {
        crossref + "works/" + Self.pathEncoded(doi.value) + (mailto.map { "?mailto=" + Self.queryEncoded($0) } ?? "")
    }
    func dataCiteWork(_ doi: DOI) -> String { dataCite + "dois/" + Self.pathEncoded(doi.value) }
    func search(_ query: String, mailto: String?) -> String {
        crossref + "works?query.bibliographic=" + Self.queryEncoded(query) + "&rows=3"
            + (mailto.map { "&mailto=" + Self.queryEncoded($0) } ?? "")
    }

    /// A DOI suffix may hold any printable character; those with a meaning in URLs are encoded,
    /// the prefix/suffix slash is kept (every registry accepts it).
    static func pathEncoded(_ s: String) -> String { encode(s, keeping: "-._~/:@!$&'()*+,;=") }
    static func queryEncoded(_ s: String) -> String { encode(s, keeping: "-._~") }

    private static func encode(_ s: String, keeping: String) -> String {
        var out = ""
        for byte in s.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if byte < 0x80 && (c.isLetter || c.isNumber || keeping.contains(c)) {
                out.append(c)
            } else {
                out += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return out
    }
}
