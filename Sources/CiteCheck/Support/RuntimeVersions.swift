/// What `citecheck --version` prints: the tool's version and the C libraries in use, for bug reports.
public struct RuntimeVersions: Sendable, Hashable {
    /// The tool's version; bump with each release.
    public static let tool = "0.1.0"

    public var citecheck: String
    public var libcurl: String
    public var libxml2: String
    public var sqlite: String

    public init(citecheck: String, libcurl: String, libxml2: String, sqlite: String) {
        self.citecheck = citecheck
        self.libcurl = libcurl
        self.libxml2 = libxml2
        self.sqlite = sqlite
    }

    /// The versions of the libraries loaded in this process (not those compiled against).
    public static var current: RuntimeVersions {
        RuntimeVersions(citecheck: tool, libcurl: CurlVersion.current, libxml2: LibXML2Version.current,
                        sqlite: SQLiteVersion.current)
    }

    /// "citecheck 0.1.0 (libcurl 8.14.1, libxml2 2.12.5, SQLite 3.46.1)"
    public var line: String {
        "citecheck \(citecheck) (libcurl \(libcurl), libxml2 \(libxml2), SQLite \(sqlite))"
    }
}
