#if canImport(Glibc)
import Glibc
#endif

/// Converts bytes in a legacy encoding (GB18030, GBK, Big5, Shift_JIS…) to a Swift string with the C
/// library's iconv. Returns nil when the bytes are not valid in that encoding: a wrong guess must fail
/// loudly rather than yield mojibake.
public enum Transcoder {
    public static func decode(_ bytes: [UInt8], from encoding: String) -> String? {
        if bytes.isEmpty { return "" }
        let cd = iconv_open("UTF-8", encoding)
        if cd == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(cd) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 4 + 16)
        let capacity = output.count
        var produced = -1
        input.withUnsafeMutableBytes { inRaw in
            output.withUnsafeMutableBytes { outRaw in
                var inPtr = inRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                var outPtr = outRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                var inLeft = inRaw.count
                var outLeft = capacity
                let result = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                if result != -1 && inLeft == 0 { produced = capacity - outLeft }
            }
        }
        guard produced >= 0 else { return nil }
        return String(decoding: output[0..<produced], as: UTF8.self)
    }
}
