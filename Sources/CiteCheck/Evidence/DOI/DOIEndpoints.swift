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
    /// OpenAlex: {openAlex}works?filter=… (`--openalex-api`).
    public var openAlex = "https://api.openalex.org/"
    /// Open Library: {openLibrary}search.json?… and {openLibrary}isbn/{isbn}.json (`--openlibrary-api`).
    public var openLibrary = "https://openlibrary.org/"

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
        openAlex = b + "openalex/"
        openLibrary = b + "openlibrary/"
    }

    /// The same endpoints with OpenAlex and Open Library at other bases.
    public func with(openAlex: String, openLibrary: String) -> DOIEndpoints {
        var copy = self
        copy.openAlex = Self.slashed(openAlex)
        copy.openLibrary = Self.slashed(openLibrary)
        return copy
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

    /// Crossref's bibliographic search for one reference: query.bibliographic (title, container,
    /// year), query.author (the first author), five rows, and only the members the matcher reads.
    func crossrefQuery(bibliographic: String, author: String?, mailto: String?) -> String {
        var url = crossref + "works?query.bibliographic=" + Self.queryEncoded(bibliographic)
        if let author, !author.isEmpty { url += "&query.author=" + Self.queryEncoded(author) }
        url += "&rows=5&select=" + Self.queryEncoded("DOI,title,subtitle,author,container-title,issued,published,published-print,published-online,type,score,updated-by,update-to,ISBN")
        return url + (mailto.map { "&mailto=" + Self.queryEncoded($0) } ?? "")
    }

    /// OpenAlex's title search (a filter: cheaper than `search=`), five results.
    func openAlexTitleSearch(_ title: String, mailto: String?, key: String?) -> String {
        // Commas separate OpenAlex filters and colons end their names: neither may stay in the value.
        let value = String(title.map { ",:|()".contains($0) ? " " : $0 })
        return openAlex + "works?filter=" + Self.queryEncoded("title.search:" + value) + "&per_page=5"
            + Self.openAlexTail(mailto: mailto, key: key)
    }

    /// Up to 50 DOIs in one OpenAlex request (its OR syntax), for `is_retracted`.
    func openAlexDOIs(_ dois: [DOI], mailto: String?, key: String?) -> String {
        openAlex + "works?filter=" + Self.queryEncoded("doi:" + dois.map { "https://doi.org/" + $0.key }.joined(separator: "|"))
            + "&per_page=50&select=" + Self.queryEncoded("id,doi,display_name,publication_year,is_retracted,type")
            + Self.openAlexTail(mailto: mailto, key: key)
    }

    private static func openAlexTail(mailto: String?, key: String?) -> String {
        (mailto.map { "&mailto=" + queryEncoded($0) } ?? "") + (key.map { "&api_key=" + queryEncoded($0) } ?? "")
    }

    func openLibrarySearch(title: String, author: String?) -> String {
        openLibrary + "search.json?title=" + Self.queryEncoded(title) + (author.map { "&author=" + Self.queryEncoded($0) } ?? "")
            + "&limit=5&fields=" + Self.queryEncoded("key,title,subtitle,author_name,first_publish_year,isbn,publisher")
    }

    func openLibraryISBN(_ isbn: ISBN) -> String { openLibrary + "isbn/" + isbn.digits + ".json" }

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
