import Foundation

/// Writes a file so that readers see either the old content or the new, never half of it:
/// the bytes go to a temporary file in the same folder, which is then renamed over the target.
public enum AtomicFile {
    public static func write(_ data: Data, to path: String) throws {
        try write([data], to: path)
    }

    public static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    /// The parts one after another, never joined in memory: a 20,000-link JSON report is 16 MB,
    /// and each joined copy of it was that much more peak memory.
    public static func write(_ parts: [Data], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw CiteCheckError(.output, file: folder.path, "cannot create folder: \(error.localizedDescription)")
        }
        removeAbandonedTemporaries(of: url.lastPathComponent, in: folder.path)
        let temp = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        let fd = open(temp.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw CiteCheckError(.output, file: path, "cannot write: \(String(cString: strerror(errno)))")
        }
        var failure: Int32 = 0
        for part in parts where failure == 0 {
            part.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let n = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                    if n < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        return
                    }
                    offset += n
                }
            }
        }
        if close(fd) != 0 && failure == 0 { failure = errno }
        if failure != 0 {
            unlink(temp.path)
            throw CiteCheckError(.output, file: path, "cannot write: \(String(cString: strerror(failure)))")
        }
        if rename(temp.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temp.path)
            throw CiteCheckError(.output, file: path, "cannot replace file: \(reason)")
        }
    }

    /// A run killed while writing (SIGKILL, or Ctrl-C in those milliseconds) leaves its hidden
    /// temporary file beside the report; the next write of that report removes the ones whose
    /// process is gone. A live process's temporary (a concurrent run) is left alone.
    static func removeAbandonedTemporaries(of name: String, in folder: String) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        let prefix = ".\(name)."
        for entry in entries where entry.hasPrefix(prefix) && entry.hasSuffix(".tmp") {
            let fields = entry.dropFirst(prefix.count).dropLast(4).split(separator: ".")
            guard fields.count == 2, let pid = Int32(fields[0]), UInt32(fields[1]) != nil,
                  kill(pid, 0) != 0 && errno == ESRCH else { continue }
            unlink(folder + "/" + entry)
        }
    }
}
