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
        try write(to: path) { file in
            for part in parts { file.write(part) }
        }
    }

    /// The temporary file being written. A failed write is kept, and the writes after it do nothing.
    public final class Output {
        fileprivate let fd: Int32
        fileprivate var failure: Int32 = 0

        fileprivate init(fd: Int32) { self.fd = fd }

        public func write(_ bytes: UnsafeRawBufferPointer) {
            var offset = 0
            while failure == 0 && offset < bytes.count {
                let n = Foundation.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
                if n < 0 {
                    if errno != EINTR { failure = errno }
                    continue
                }
                offset += n
            }
        }

        public func write(_ data: Data) { data.withUnsafeBytes { write($0) } }
    }

    /// The file as `produce` writes it, each piece going to the temporary file as it is handed
    /// over, so the whole content is never held (a report streamed from its encoder). If `produce`
    /// throws or a write fails, the temporary file is removed and the target is left as it was.
    public static func write(to path: String, _ produce: (Output) throws -> Void) throws {
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
        let output = Output(fd: fd)
        do {
            try produce(output)
        } catch {
            close(fd)
            unlink(temp.path)
            throw error
        }
        var failure = output.failure
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
