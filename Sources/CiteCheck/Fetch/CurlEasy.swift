internal import CCurl
import Foundation

/// One libcurl easy handle and the response it receives. Owns the handle and frees it in deinit.
/// Not Sendable: a handle belongs to the fetch thread. The C callbacks capture nothing; they find
/// this object again through the pointer given as WRITEDATA / HEADERDATA / PRIVATE.
final class CurlEasy {
    let handle: UnsafeMutableRawPointer
    private let errorBuffer: UnsafeMutablePointer<CChar>
    /// Objects libcurl reads during the transfer (header lists, the share handle).
    private var retained: [AnyObject] = []
    /// The job this transfer serves; set by the engine.
    var job: FetchJob?

    private(set) var body = Data()
    private(set) var headers: [HTTPHeader] = []
    /// Whether the body was cut at the cap (the transfer was then stopped on purpose).
    private(set) var truncated = false
    private(set) var isPDF = false
    var bodyCap = Int.max
    var pdfCap = Int.max

    init?() {
        guard CurlGlobal.ready, let easy = curl_easy_init() else { return nil }
        handle = easy
        errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE))
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE))
        let me = Unmanaged.passUnretained(self).toOpaque()
        _ = cc_easy_setopt_pointer(easy, CURLOPT_PRIVATE, me)
        _ = cc_easy_setopt_pointer(easy, CURLOPT_ERRORBUFFER, UnsafeMutableRawPointer(errorBuffer))
        _ = cc_easy_setopt_pointer(easy, CURLOPT_WRITEDATA, me)
        _ = cc_easy_setopt_data_callback(easy, CURLOPT_WRITEFUNCTION) { bytes, size, count, owner in
            guard let bytes, let owner else { return 0 }
            let easy = Unmanaged<CurlEasy>.fromOpaque(owner).takeUnretainedValue()
            return easy.receiveBody(UnsafeRawBufferPointer(start: bytes, count: size * count))
        }
        _ = cc_easy_setopt_pointer(easy, CURLOPT_HEADERDATA, me)
        _ = cc_easy_setopt_data_callback(easy, CURLOPT_HEADERFUNCTION) { bytes, size, count, owner in
            guard let bytes, let owner else { return 0 }
            let easy = Unmanaged<CurlEasy>.fromOpaque(owner).takeUnretainedValue()
            easy.receiveHeader(UnsafeRawBufferPointer(start: bytes, count: size * count))
            return size * count
        }
    }

    deinit {
        curl_easy_cleanup(handle)
        errorBuffer.deallocate()
    }

    /// The object that owns a raw handle, read back from CURLOPT_PRIVATE.
    static func owner(of handle: UnsafeMutableRawPointer) -> CurlEasy? {
        var pointer: UnsafeMutableRawPointer?
        guard cc_easy_getinfo_pointer(handle, CURLINFO_PRIVATE, &pointer) == CURLE_OK, let pointer else { return nil }
        return Unmanaged<CurlEasy>.fromOpaque(pointer).takeUnretainedValue()
    }

    // MARK: options

    func set(_ option: CURLoption, _ value: Int) {
        _ = cc_easy_setopt_long(handle, option, value)
    }

    func set(_ option: CURLoption, _ value: String) {
        // libcurl copies string options, so the temporary C string may go away afterwards.
        _ = value.withCString { cc_easy_setopt_string(handle, option, $0) }
    }

    func set(_ option: CURLoption, _ list: CurlStringList) {
        guard !list.isEmpty else { return }
        retained.append(list)
        _ = cc_easy_setopt_slist(handle, option, list.pointer)
    }

    func share(_ share: CurlShare) {
        retained.append(share)
        _ = cc_easy_setopt_share(handle, share.handle)
    }

    // MARK: information

    func long(_ info: CURLINFO) -> Int? {
        var value = 0
        return cc_easy_getinfo_long(handle, info, &value) == CURLE_OK ? value : nil
    }

    func offT(_ info: CURLINFO) -> Int64? {
        var value: curl_off_t = 0
        return cc_easy_getinfo_off_t(handle, info, &value) == CURLE_OK ? Int64(value) : nil
    }

    func string(_ info: CURLINFO) -> String? {
        var value: UnsafeMutablePointer<CChar>?
        guard cc_easy_getinfo_string(handle, info, &value) == CURLE_OK, let value else { return nil }
        return String(cString: value)
    }

    /// libcurl's own detailed message for the last failure, or its generic text for the code.
    func message(for code: CURLcode) -> String {
        let detail = String(cString: errorBuffer)
        if !detail.isEmpty { return detail }
        return String(cString: curl_easy_strerror(code))
    }

    // MARK: callbacks

    private func receiveBody(_ bytes: UnsafeRawBufferPointer) -> Int {
        let cap = isPDF ? min(pdfCap, bodyCap) : bodyCap
        let room = cap - body.count
        if bytes.count > room {
            if room > 0 { body.append(contentsOf: bytes.prefix(room)) }
            truncated = true
            return 0  // stops the transfer: the rest is not needed
        }
        body.append(contentsOf: bytes)
        return bytes.count
    }

    private func receiveHeader(_ bytes: UnsafeRawBufferPointer) {
        let line = String(decoding: bytes, as: UTF8.self).trimmed
        if line.hasPrefix("HTTP/") {
            // A new response begins (after a 1xx, or a proxy's CONNECT answer): forget the last one.
            headers.removeAll()
            isPDF = false
            return
        }
        guard let colon = line.firstIndex(of: ":") else { return }
        let name = line[..<colon].trimmed
        let value = line[line.index(after: colon)...].trimmed
        headers.append(HTTPHeader(name: name, value: value))
        if name.lowercased() == "content-type", value.lowercased().hasPrefix("application/pdf") {
            isPDF = true
        }
    }
}
