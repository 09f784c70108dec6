import Foundation
import Synchronization

/// Turns a PDF into text with poppler's `pdftotext -layout`, when it is installed; the footnote
/// segmenter then reads the text as it reads any plain-text paper.
public struct PDFTextReader: Sendable {
    /// The pdftotext executable; nil looks for it on PATH and in the usual places.
    public var executable: String?
    /// Text beyond this is not a manuscript; reading stops and the conversion is refused.
    public var maxTextBytes: Int
    /// A damaged PDF can keep pdftotext busy for ever; past this many seconds it is stopped.
    public var timeout: Double

    public init(executable: String? = nil, maxTextBytes: Int = Limits.pdfTextBytes, timeout: Double = Limits.pdfTextSeconds) {
        self.executable = executable
        self.maxTextBytes = maxTextBytes
        self.timeout = timeout
    }

    public func read(path: String) throws -> PaperText {
        guard let tool = executable ?? Self.findOnPath("pdftotext"),
              FileManager.default.isExecutableFile(atPath: tool) else {
            throw CiteCheckError(.input, file: path,
                "reading PDF needs pdftotext, which is not installed (apt-get install poppler-utils)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-layout", "-enc", "UTF-8", path, "-"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch {
            throw CiteCheckError(.input, file: path, "cannot run \(tool): \(error.localizedDescription)")
        }
        let timedOut = Mutex(false)
        let pid = process.processIdentifier
        let watchdog = DispatchWorkItem {
            timedOut.withLock { $0 = true }
            kill(pid, SIGKILL)
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        defer { watchdog.cancel() }
        var data = Data()
        var tooLarge = false
        while true {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            data.append(chunk)
            if data.count > maxTextBytes {
                tooLarge = true
                process.terminate()
                break
            }
        }
        try? out.fileHandleForReading.close()
        process.waitUntilExit()
        if timedOut.withLock({ $0 }) {
            throw CiteCheckError(.input, file: path, "pdftotext did not finish within \(Self.seconds(timeout)) s (a damaged PDF?; raise the limit with --pdf-timeout)")
        }
        if tooLarge {
            throw CiteCheckError(.input, file: path, "PDF text is larger than \(maxTextBytes >= 1_048_576 ? "\(maxTextBytes / 1_048_576) MB" : "\(maxTextBytes) bytes"); not a manuscript (raise the limit with --max-input)")
        }
        guard process.terminationStatus == 0 else {
            throw CiteCheckError(.input, file: path, "pdftotext could not read this PDF (damaged or encrypted?)")
        }
        // Page breaks arrive as form feeds; the segmenter wants lines.
        let text = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\u{0C}", with: "\n")
        if text.allSatisfy(\.isWhitespace) {
            throw CiteCheckError(.input, file: path, "PDF has no text layer (a scan?); run OCR first")
        }
        return PaperText(path: path, text: text, encoding: "UTF-8")
    }

    /// "120", "0.5": whole seconds without a fraction.
    static func seconds(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    static func findOnPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let folders = path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"]
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
