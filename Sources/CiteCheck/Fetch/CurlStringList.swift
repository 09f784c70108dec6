internal import CCurl

/// A `curl_slist` (request headers, --connect-to entries) that libcurl reads during a transfer.
/// Not Sendable; every easy handle using it keeps a reference, so it outlives their transfers.
final class CurlStringList {
    private(set) var pointer: UnsafeMutablePointer<curl_slist>?

    init(_ items: [String]) {
        for item in items {
            // curl_slist_append returns NULL on allocation failure and leaves the old list intact.
            if let grown = curl_slist_append(pointer, item) { pointer = grown }
        }
    }

    var isEmpty: Bool { pointer == nil }

    deinit { curl_slist_free_all(pointer) }
}
