/// Chooses the encoding to decode a page in: the HTTP header's charset, then a byte-order mark;
/// otherwise libxml2 follows the page's own `<meta charset>` or http-equiv.
enum PageEncoding {
    /// The iconv name to force on libxml2, or nil to let the page's meta declaration decide.
    static func forced(headerCharset: String?, bytes: [UInt8]) -> String? {
        if let headerCharset, !headerCharset.isEmpty { return widened(headerCharset) }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return "UTF-8" }
        if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        return nil
    }

    /// Pages labelled GB2312 or GBK routinely contain GBK or GB18030 characters, Big5 pages HKSCS
    /// ones and Shift_JIS pages CP932 ones; ISO-8859-1 means windows-1252 on the web. Decoding in the
    /// superset reads the label's own characters identically and does not choke on the rest.
    static func widened(_ label: String) -> String {
        switch label.trimmed.lowercased() {
        case "gb2312", "gbk", "x-gbk", "gb_2312-80", "chinese", "csgb2312", "euc-cn", "cp936",
             "windows-936", "gb18030": return "GB18030"
        case "big5", "big5-hkscs", "x-x-big5", "cn-big5", "csbig5", "cp950": return "BIG5-HKSCS"
        case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "csshiftjis", "windows-31j", "cp932":
            return "CP932"
        case "euc-kr", "ks_c_5601-1987", "cp949", "windows-949": return "CP949"
        case "iso-8859-1", "latin1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252": return "WINDOWS-1252"
        case "utf8": return "UTF-8"
        default: return label.trimmed
        }
    }

    /// For a page that names no encoding anywhere and is not UTF-8: GB18030 when the bytes are valid
    /// GB18030 (Chinese sites are the common case among cited pages without a label), else
    /// windows-1252, the web's default. Nil when the bytes are UTF-8 (libxml2's default).
    static func guess(_ bytes: [UInt8]) -> String? {
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        return Transcoder.decode(bytes, from: "GB18030") != nil ? "GB18030" : "WINDOWS-1252"
    }
}
