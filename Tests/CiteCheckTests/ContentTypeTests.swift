import Testing
@testable import CiteCheck

@Test func charsetParameter() {
    #expect(ContentType.charset(of: "text/html; charset=GBK") == "GBK")
    #expect(ContentType.charset(of: "text/html;charset=\"utf-8\"") == "utf-8")
    #expect(ContentType.charset(of: "text/html; boundary=x; Charset=big5") == "big5")
    #expect(ContentType.charset(of: "text/html") == nil)
    #expect(ContentType.charset(of: "text/html; charset=") == nil)
    #expect(ContentType.charset(of: nil) == nil)
}

@Test func mediaType() {
    #expect(ContentType.mediaType(of: "Application/PDF; qs=0.9") == "application/pdf")
    #expect(ContentType.mediaType(of: "") == nil)
}
