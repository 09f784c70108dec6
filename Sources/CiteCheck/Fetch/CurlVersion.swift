internal import CCurl

/// The libcurl this process runs with, as bug reports need it ("8.14.1").
enum CurlVersion {
    static var current: String { String(cString: cc_version()) }
}
