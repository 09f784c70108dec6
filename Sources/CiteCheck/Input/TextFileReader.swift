import Foundation

/// Reads a plain-text or Markdown paper and decodes it: UTF-8 (with or without BOM), UTF-16 with a
/// BOM, and GB18030 (a superset of GBK and GB2312), in which many Chinese manuscripts are saved.
public struct TextFileReader: Sendable {
    /// Papers are kilobytes to a few megabytes; anything past this is not a manuscript.
    public var maxBytes: Int

    public init(maxBytes: Int = Limits.textBytes) {
        self.maxBytes = maxBytes
    }

    public func read(path: String) throws -> PaperText {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CiteCheckError(.input, file: path, "no such file")
        }
        if isDirectory.boolValue { throw CiteCheckError(.input, file: path, "is a folder, not a paper") }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size > maxBytes { throw Limits.tooLarge(size, limit: maxBytes, file: path) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CiteCheckError(.input, file: path, "cannot be read (permission denied?)")
        }
        defer { try? handle.close() }
        let data = (try? handle.readToEnd()) ?? Data()
        return try decode([UInt8](data), path: path)
    }

    public func decode(_ bytes: [UInt8], path: String) throws -> PaperText {
        if bytes.isEmpty || bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw CiteCheckError(.input, file: path, "file is empty")
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let text = String(validating: bytes.dropFirst(3), as: UTF8.self) else {
                throw CiteCheckError(.input, file: path, "starts with a UTF-8 mark but is not valid UTF-8")
            }
            return PaperText(path: path, text: text, encoding: "UTF-8")
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            let body = Array(bytes.dropFirst(2))
            guard body.count % 2 == 0 else {
                throw CiteCheckError(.input, file: path, "UTF-16 text with an odd number of bytes (truncated?)")
            }
            var units = [UInt16]()
            units.reserveCapacity(body.count / 2)
            for i in stride(from: 0, to: body.count, by: 2) {
                units.append(little ? UInt16(body[i]) | UInt16(body[i + 1]) << 8 : UInt16(body[i]) << 8 | UInt16(body[i + 1]))
            }
            guard let text = String(validating: units, as: UTF16.self) else {
                throw CiteCheckError(.input, file: path, "is not valid UTF-16")
            }
            return PaperText(path: path, text: text, encoding: little ? "UTF-16LE" : "UTF-16BE")
        }
        if looksBinary(bytes) {
            throw CiteCheckError(.input, file: path, "looks like a binary file, not a text paper")
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return PaperText(path: path, text: text, encoding: "UTF-8")
        }
        if let text = Transcoder.decode(bytes, from: "GB18030") {
            return PaperText(path: path, text: text, encoding: "GB18030")
        }
        throw CiteCheckError(.input, file: path, "text encoding not recognised (tried UTF-8, UTF-16 and GB18030)")
    }

    /// NUL bytes or many control characters in the first 8 KB: what every text tool treats as binary.
    private func looksBinary(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(8192)
        var control = 0
        for b in head {
            if b == 0 { return true }
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B { control += 1 }
        }
        return control * 20 > head.count
    }
}
