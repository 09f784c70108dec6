internal import CCurl

/// The multi handle: many transfers on one thread, sharing a connection pool. Not Sendable.
final class CurlMulti {
    let handle: UnsafeMutableRawPointer

    init?() {
        guard CurlGlobal.ready, let multi = curl_multi_init() else { return nil }
        handle = multi
    }

    deinit { curl_multi_cleanup(handle) }

    func set(_ option: CURLMoption, _ value: Int) {
        _ = cc_multi_setopt_long(handle, option, value)
    }

    func add(_ easy: CurlEasy) -> Bool {
        curl_multi_add_handle(handle, easy.handle) == CURLM_OK
    }

    func remove(_ easy: CurlEasy) {
        _ = curl_multi_remove_handle(handle, easy.handle)
    }

    /// Moves every transfer along as far as it can go without blocking.
    func perform() {
        var running: Int32 = 0
        _ = curl_multi_perform(handle, &running)
    }

    /// Sleeps until a socket is ready, curl's own timer fires, or `milliseconds` pass.
    func poll(milliseconds: Int) {
        var ready: Int32 = 0
        _ = curl_multi_poll(handle, nil, 0, Int32(clamping: milliseconds), &ready)
    }

    /// Interrupts a `poll` from another thread (curl_multi_wakeup is the one thread-safe call).
    /// Only valid while this handle lives: the engine unregisters it before it goes.
    var waker: @Sendable () -> Void {
        let handle = WakeHandle(pointer: handle)
        return { _ = curl_multi_wakeup(handle.pointer) }
    }

    /// The transfers that finished since the last call, with their result codes.
    func completed() -> [(easy: CurlEasy, result: CURLcode)] {
        var done: [(easy: CurlEasy, result: CURLcode)] = []
        var left: Int32 = 0
        while let message = curl_multi_info_read(handle, &left) {
            guard message.pointee.msg == CURLMSG_DONE, let easyHandle = message.pointee.easy_handle,
                  let easy = CurlEasy.owner(of: easyHandle) else { continue }
            done.append((easy, cc_msg_result(message)))
        }
        return done
    }
}

/// The multi handle's address, carried to the threads that may wake it.
private struct WakeHandle: @unchecked Sendable {
    let pointer: UnsafeMutableRawPointer
}
