import Foundation

/// "links 12/57 · 3.4/s" on stderr while links are fetched, redrawn in place at most ten times a
/// second, and erased at the end. Only on a TTY: a CI log gets no carriage-return noise.
public final class ProgressMeter: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private let enabled: Bool
    private let write: @Sendable (String) -> Void
    private var done = 0
    private let started = Date()
    private var lastDraw = Date.distantPast
    private var drawn = false

    public init(total: Int, enabled: Bool, write: @escaping @Sendable (String) -> Void = ProgressMeter.standardError) {
        self.total = total
        self.enabled = enabled && total > 0
        self.write = write
    }

    /// Enabled only when standard error is a terminal.
    public static func forStandardError(total: Int) -> ProgressMeter {
        ProgressMeter(total: total, enabled: isatty(STDERR_FILENO) == 1)
    }

    public static let standardError: @Sendable (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }

    /// One more link done; safe from any thread.
    public func tick() {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        done += 1
        let now = Date()
        guard done == total || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        drawn = true
        write("\r\u{1B}[K" + Self.line(done: done, total: total, seconds: now.timeIntervalSince(started)))
    }

    /// Erases the line so the summary starts clean.
    public func finish() {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        if drawn { write("\r\u{1B}[K") }
    }

    /// The text of the display, e.g. "links 12/57 · 3.4/s".
    public static func line(done: Int, total: Int, seconds: Double) -> String {
        let rate = seconds > 0 ? Double(done) / seconds : 0
        return "links \(done)/\(total) · \(String(format: "%.1f", rate))/s"
    }
}
