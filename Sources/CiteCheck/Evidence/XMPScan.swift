/// What a PDF's XMP packet says about the document, copied out of libxml2 as plain strings.
struct XMPScan: Hashable, Sendable {
    var title: String?
    var createDate: String?
    var modifyDate: String?
    var doi: String?
    var language: String?
}
