import CiteCheck
import Foundation
import Testing

@Test func smoke() throws {
    let server = try TestServer(tls: true)
    defer { server.stop() }
    var options = FetchOptions()
    options.timeout = 2
    options.retries = 1
    options.retryBaseDelay = 0.1
    options.caCertPath = try TestCertificates.shared.get().caCert
    let urls = ["/stall", "/999"].map(server.url) + ["http://nonexistent.invalid/"]
    LinkFetcher(options: options).fetch(urls) { o in
        print(o.url, o.httpStatus as Any, o.finalURL as Any, o.redirects.map { "\($0.status) \($0.url)" }, o.error as Any,
              o.contentType as Any, o.body.count, o.bodyTruncated, o.bodyTail?.count as Any, o.elapsedMs, o.requests, o.method)
    }
    print(try server.stats().methods)
}
