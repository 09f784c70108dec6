import Foundation

/// Reads a published article from the web for `check URL` and `check DOI`: the DOI (if given) is
/// resolved to its landing page through the DOI handle API the DOI checks ask (`--doi-handle-api`),
/// then the page is fetched with the run's own libcurl engine and politeness (`FetchOptions`: user
/// agent, headers, per-host settings, retries) and read as a saved page would be. Every failure is
/// one `CiteCheckError` naming the address.
public struct OnlineArticleReader: Sendable {
    public var options: FetchOptions
    public var endpoints: DOIEndpoints

    public init(options: FetchOptions, endpoints: DOIEndpoints = DOIEndpoints()) {
        self.options = options
        self.endpoints = endpoints
    }

    public func read(_ address: ArticleAddress) throws -> SourceDocument {
        let name = address.name
        switch address {
        case .page(let url):
            return try page(url, name: name)
        case .doi(let doi):
            return try page(try landingPage(of: doi, name: name), name: name)
        }
    }

    /// The DOI's URL value, from the handle API.
    func landingPage(of doi: DOI, name: String) throws -> String {
        let outcome = LinkFetcher(options: options).fetchAll([endpoints.handle(doi)])[0]
        if let error = outcome.error {
            throw CiteCheckError(.input, file: name, "the DOI resolver cannot be reached (\(error.kind.rawValue): \(error.message))")
        }
        guard let answer = try? DOIHandleAnswer.parse(outcome.body) else {
            throw CiteCheckError(.input, file: name, "the DOI resolver answered HTTP \(outcome.httpStatus ?? 0) without a handle record")
        }
        if answer.isNotFound { throw CiteCheckError(.input, file: name, "the DOI is not registered") }
        guard let url = answer.url, TaggedValue.isWebLink(url) else {
            throw CiteCheckError(.input, file: name, "the DOI has no landing page to read")
        }
        return url
    }

    func page(_ url: String, name: String) throws -> SourceDocument {
        var fetch = options
        // The article is read whole whatever its extension (".xml" is HEAD-only for cited links).
        fetch.headOnlyExtensions = []
        fetch.maxBody = max(fetch.maxBody, Limits.textBytes)
        let outcome = LinkFetcher(options: fetch).fetchAll([url])[0]
        if let error = outcome.error {
            throw CiteCheckError(.input, file: name, "cannot be fetched (\(error.kind.rawValue): \(error.message))")
        }
        let status = outcome.httpStatus ?? 0
        guard (200..<300).contains(status) else {
            throw CiteCheckError(.input, file: name, "the server answered HTTP \(status), not the article")
        }
        if outcome.bodyTruncated {
            throw CiteCheckError(.input, file: name, "the page is larger than \(fetch.maxBody / 1_048_576) MB")
        }
        let bytes = [UInt8](outcome.body)
        guard !bytes.isEmpty else { throw CiteCheckError(.input, file: name, "the page is empty") }
        let media = ContentType.mediaType(of: outcome.contentType)
        let format = try? DocumentFormat.detect(head: Array(bytes.prefix(65_536)), path: "")
        let looksHTML = media == "text/html" || media == "application/xhtml+xml" || format == .html
        if format == .jats && !looksHTML || (media?.hasSuffix("xml") == true && format == .jats) {
            return try JATSReader().read(bytes: bytes, path: name)
        }
        guard looksHTML, format != .pdf else {
            throw CiteCheckError(.input, file: name, "is not an HTML page (Content-Type: \(outcome.contentType ?? "none"))")
        }
        return try HTMLArticleReader().read(bytes: bytes, path: name, encoding: ContentType.charset(of: outcome.contentType))
    }
}
