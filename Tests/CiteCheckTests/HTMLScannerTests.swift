import Testing
@testable import CiteCheck

@Test func copiesMetaLinksScriptsTimesAndText() throws {
    let html = """
    <html lang="en-GB"><head><META NAME="Citation_Title" CONTENT="Title"><meta property="og:title" content="OG">
    <meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
    <link rel="Canonical" href="/a"><script type="Application/LD+JSON">{"a":1}</script>
    <script>var hidden = "not text";</script><style>.x{}</style><title> Page
     title </title></head>
    <body><h1>Heading &amp; more</h1><time datetime="2023-01-01">old</time>
    <article><time datetime="2024-05-06">new</time><p>Body text</p></article></body></html>
    """
    let scan = try #require(HTMLScanner.scan(Array(html.utf8), encoding: nil, url: "https://example.org/"))
    #expect(scan.meta("citation_title")?.content == "Title")
    #expect(scan.meta("og:title")?.content == "OG")
    #expect(scan.declaredCharset == "windows-1252")
    #expect(scan.title == "Page title")
    #expect(scan.headings == ["Heading & more"])
    #expect(scan.language == "en-GB")
    #expect(scan.links == [HTMLScan.Link(rel: "canonical", href: "/a")])
    #expect(scan.jsonLD == [#"{"a":1}"#])
    #expect(scan.times == ["2024-05-06", "2023-01-01"])
    #expect(scan.text.contains("Body text"))
    #expect(!scan.text.contains("not text"))
}

@Test func gbkBytesNeedTheWidenedEncoding() throws {
    let bytes = try Fixtures.evidence("mfa-gbk.html")
    let literal = try #require(HTMLScanner.scan(bytes, encoding: nil, url: nil))
    #expect(literal.declaredCharset == "gb2312")
    // Read as labelled, the GBK-only character 喆 breaks decoding; read as GB18030 it survives.
    #expect(!literal.text.contains("王喆同志"))
    let widened = try #require(HTMLScanner.scan(bytes, encoding: "GB18030", url: nil))
    #expect(widened.text.contains("王喆同志参加了会议"))
    #expect(widened.title == "人工智能能力建设普惠计划_中华人民共和国外交部")
}

@Test func brokenMarkupIsRecoveredAndEntitiesStayUnexpanded() throws {
    let html = "<title>Unclosed <b>bold</title><p>para <div>div</p><meta name=x content=\"&custom;\">"
    let scan = try #require(HTMLScanner.scan(Array(html.utf8), encoding: nil, url: nil))
    #expect(scan.title?.contains("Unclosed") == true)
    #expect(scan.meta("x")?.content == "&custom;")
}

@Test func emptyInputGivesNoScan() {
    #expect(HTMLScanner.scan([], encoding: nil, url: nil) == nil)
}

/// The byte path for ASCII text collapses exactly as the Character split does.
@Test func collapsedWhitespaceIsTheSplitJoinedByOneSpace() {
    var random = SeededRandom(state: 20_261_207)
    let pieces = ["a", "Word", " ", "  ", "\t", "\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "\u{1C}", "\u{85}", "\u{A0}", "é", "中", "x\u{301}"]
    var texts = ["", " ", "plain", " lead", "trail ", "in  side", "a\r\nb"]
    for _ in 0..<500 {
        texts.append((0..<Int.random(in: 0..<12, using: &random)).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &random)] }.joined())
    }
    for text in texts {
        #expect(text.collapsedWhitespace == text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " "), "\(Array(text.unicodeScalars))")
    }
}
