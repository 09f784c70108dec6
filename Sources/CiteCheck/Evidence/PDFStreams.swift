import Foundation
import ZIPFoundation

/// The compressed parts of a PDF where files written since PDF 1.5 keep their metadata: object
/// streams (/Type /ObjStm), which often hold the Info dictionary, and Flate-compressed XMP streams
/// (/Type /Metadata). Only streams that lie wholly inside the fetched bytes are read, and of the
/// filters only FlateDecode without a predictor, inflated by ZIPFoundation's zlib binding.
enum PDFStreams {
    /// No metadata stream is larger; a bigger one is not read (a deflate bomb stops here).
    static let inflateLimit = 4 << 20

    /// The dictionary and the decoded data of each complete stream whose /Type is `type`.
    static func streams(ofType type: String, in bytes: [UInt8]) -> [(dictionary: [String: PDFLexer.Value], data: [UInt8])] {
        var found: [(dictionary: [String: PDFLexer.Value], data: [UInt8])] = []
        let name = Array("/\(type)".utf8)
        var from = bytes.startIndex
        while found.count < 64, let hit = bytes[from...].range(ofBytes: name) {
            from = hit.upperBound
            guard hit.upperBound == bytes.endIndex || !PDFLexer.isRegular(bytes[hit.upperBound]),
                  let opening = objectKeyword(before: hit.lowerBound, in: bytes) else { continue }
            var lexer = PDFLexer(bytes)
            lexer.position = opening
            guard let dictionary = lexer.dictionary(), case .name(type)? = dictionary["Type"],
                  let range = dataRange(after: lexer.position, length: dictionary["Length"], in: bytes),
                  let data = decode(bytes[range], dictionary: dictionary, raw: bytes[opening..<range.lowerBound])
            else { continue }
            found.append((dictionary, data))
            from = range.upperBound
        }
        return found
    }

    /// Every object stored in an object stream: its bytes, by object number.
    static func compressedObjects(in bytes: [UInt8]) -> [Int: [UInt8]] {
        var objects: [Int: [UInt8]] = [:]
        for (dictionary, data) in streams(ofType: "ObjStm", in: bytes) {
            guard case .number(let count)? = dictionary["N"], case .number(let first)? = dictionary["First"],
                  count >= 0, count < 1_000_000, first >= 0, Int(first) <= data.count else { continue }
            // The header: N pairs "object-number offset", offsets counted from /First.
            var lexer = PDFLexer(data)
            var entries: [(number: Int, offset: Int)] = []
            for _ in 0..<Int(count) {
                guard case .number(let number) = lexer.value(), case .number(let offset) = lexer.value(),
                      let n = Int(exactly: number), let o = Int(exactly: offset), o >= 0 else { break }
                entries.append((n, Int(first) + o))
            }
            for (i, entry) in entries.enumerated() {
                let end = i + 1 < entries.count ? entries[i + 1].offset : data.count
                guard entry.offset <= end, end <= data.count, objects[entry.number] == nil else { continue }
                objects[entry.number] = Array(data[entry.offset..<end])
            }
        }
        return objects
    }

    /// Inflates zlib data (RFC 1950, what FlateDecode holds); nil when it is not zlib, is corrupt or
    /// cut short (its Adler-32 does not match), or inflates beyond `limit`.
    static func inflate(_ zlib: ArraySlice<UInt8>, limit: Int = inflateLimit) -> [UInt8]? {
        guard zlib.count > 6 else { return nil }
        let cmf = zlib[zlib.startIndex], flg = zlib[zlib.startIndex + 1]
        guard cmf & 0x0F == 8, (Int(cmf) << 8 | Int(flg)) % 31 == 0, flg & 0x20 == 0 else { return nil }
        let deflate = Array(zlib.dropFirst(2))
        var out: [UInt8] = []
        do {
            _ = try Data.decompress(size: Int64(deflate.count), bufferSize: 16 * 1024, skipCRC32: true, provider: { position, size in
                // ZIPFoundation hands zlib `size` bytes whatever the chunk holds, so every chunk is
                // padded to `size` (no read past our buffer); one padded read past the end is allowed,
                // a second means the stream never ended.
                let start = Int(position)
                guard start <= deflate.count else { throw PDFStreamError.truncated }
                var chunk = Data(count: size)
                let n = min(size, deflate.count - start)
                if n > 0 { chunk.replaceSubrange(0..<n, with: deflate[start..<(start + n)]) }
                return chunk
            }, consumer: { piece in
                out += piece
                if out.count > limit { throw PDFStreamError.tooLarge }
            })
        } catch {
            return nil
        }
        // Padding can end a cut stream early with garbage: only the checksum tells a whole stream.
        return trailers(of: zlib).contains(adler32(out)) ? out : nil
    }

    /// The Adler-32 a zlib stream ends with, allowing for end-of-line bytes after it (a stream
    /// whose end was found by "endstream" rather than /Length).
    private static func trailers(of zlib: ArraySlice<UInt8>) -> [UInt32] {
        var end = zlib.endIndex
        var found: [UInt32] = []
        for _ in 0..<3 {
            if end - zlib.startIndex >= 6 {
                found.append(zlib[(end - 4)..<end].reduce(UInt32(0)) { $0 << 8 | UInt32($1) })
            }
            guard end > zlib.startIndex, [0x0A, 0x0D, 0x20].contains(zlib[end - 1]) else { break }
            end -= 1
        }
        return found
    }

    static func adler32(_ bytes: [UInt8]) -> UInt32 {
        var a: UInt32 = 1, b: UInt32 = 0
        var i = 0
        while i < bytes.count {
            // 5552 bytes is the most that can be summed before the modulo must be taken.
            let end = min(bytes.count, i + 5552)
            while i < end {
                a &+= UInt32(bytes[i])
                b &+= a
                i += 1
            }
            a %= 65521
            b %= 65521
        }
        return b << 16 | a
    }

    private enum PDFStreamError: Error { case truncated, tooLarge }

    /// Where the dictionary of the object around `position` begins: just after its "n g obj".
    private static func objectKeyword(before position: Int, in bytes: [UInt8]) -> Int? {
        let window = bytes[max(bytes.startIndex, position - 4096)..<position]
        guard let obj = window.lastRange(ofBytes: Array("obj".utf8)), obj.lowerBound > bytes.startIndex,
              PDFLexer.isWhitespace(bytes[obj.lowerBound - 1]) else { return nil }
        return obj.upperBound
    }

    /// The stream's data: after "stream" and its end of line, /Length bytes, or up to "endstream"
    /// when /Length is an indirect reference.
    private static func dataRange(after position: Int, length: PDFLexer.Value?, in bytes: [UInt8]) -> Range<Int>? {
        var p = position
        while p < bytes.endIndex, PDFLexer.isWhitespace(bytes[p]) { p += 1 }
        guard bytes[p...].starts(with: Array("stream".utf8)) else { return nil }
        p += 6
        if p < bytes.endIndex, bytes[p] == 0x0D { p += 1 }
        if p < bytes.endIndex, bytes[p] == 0x0A { p += 1 }
        if case .number(let count)? = length, let n = Int(exactly: count), n >= 0, p + n <= bytes.endIndex {
            return p..<(p + n)
        }
        guard let end = bytes[p...].range(ofBytes: Array("endstream".utf8)) else { return nil }
        return p..<end.lowerBound
    }

    /// Unfiltered data as it is; FlateDecode (alone, without a predictor) inflated; anything else nil.
    private static func decode(_ data: ArraySlice<UInt8>, dictionary: [String: PDFLexer.Value], raw: ArraySlice<UInt8>) -> [UInt8]? {
        guard let filter = dictionary["Filter"] else { return Array(data) }
        guard dictionary["DecodeParms"] == nil else { return nil }
        switch filter {
        case .name("FlateDecode"):
            return inflate(data)
        case .other:
            // An array of filters: only [/FlateDecode] alone is read.
            guard let key = raw.range(ofBytes: Array("/Filter".utf8)),
                  let close = raw[key.upperBound...].firstIndex(of: UInt8(ascii: "]")) else { return nil }
            let list = String(decoding: raw[key.upperBound..<close], as: UTF8.self).filter { !$0.isWhitespace }
            return list == "[/FlateDecode" ? inflate(data) : nil
        default:
            return nil
        }
    }
}
