import Foundation

/// Everything one URL's fetch produced, as a plain value. The body is kept only until the evidence
/// stage has read it (see `droppingContent()`).
public struct FetchOutcome: Sendable, Hashable {
    /// The URL as cited.
    public var url: String
    /// The URL of the last response (after redirects), or nil if nothing answered.
    public var finalURL: String?
    /// The status of the last response, or nil if there was none.
    public var httpStatus: Int?
    /// Every redirect followed, in order.
    public var redirects: [RedirectHop]
    /// The headers of the last response, in order received.
    public var headers: [HTTPHeader]
    public var contentType: String?
    /// The body of the last response, decoded (gzip/brotli) and cut at the cap.
    public var body: Data
    public var bodyTruncated: Bool
    /// For PDFs: the last bytes of the file, read with a Range request (nil when not read).
    public var bodyTail: Data?
    public var error: FetchError?
    /// Time spent in transfers for this URL (all attempts and hops), in milliseconds.
    public var elapsedMs: Int
    /// Requests made, counting retries, redirects and the HEAD→GET fallback.
    public var requests: Int
    /// The method of the last request: "GET" or "HEAD".
    public var method: String

    public init(
        url: String, finalURL: String? = nil, httpStatus: Int? = nil, redirects: [RedirectHop] = [],
        headers: [HTTPHeader] = [], contentType: String? = nil, body: Data = Data(),
        bodyTruncated: Bool = false, bodyTail: Data? = nil, error: FetchError? = nil,
        elapsedMs: Int = 0, requests: Int = 0, method: String = "GET"
    ) {
        self.url = url
        self.finalURL = finalURL
        self.httpStatus = httpStatus
        self.redirects = redirects
        self.headers = headers
        self.contentType = contentType
        self.body = body
        self.bodyTruncated = bodyTruncated
        self.bodyTail = bodyTail
        self.error = error
        self.elapsedMs = elapsedMs
        self.requests = requests
        self.method = method
    }

    /// The first value of a header, by case-insensitive name.
    public func header(_ name: String) -> String? {
        let wanted = name.lowercased()
        return headers.first { $0.name.lowercased() == wanted }?.value
    }

    /// The same outcome without its bodies and headers, once the page has been classified and
    /// read: the audit keeps neither, and 20,000 header lists were 10 MB held through the check.
    public func droppingContent() -> FetchOutcome {
        var copy = self
        copy.body = Data()
        copy.bodyTail = nil
        copy.headers = []
        return copy
    }
}
