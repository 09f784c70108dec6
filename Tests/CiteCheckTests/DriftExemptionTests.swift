import Testing
@testable import CiteCheck

@Test func homePagesAreRecognisedFromTheirPath() {
    for url in ["https://www.un.org", "https://www.un.org/", "http://example.org/index.html", "https://www.gov.cn/zh-cn/",
                "https://example.com/en", "https://example.com/Default.aspx"] {
        #expect(DriftExemption.reason(url: url, contentType: "text/html") == "a home page", "\(url)")
    }
    for url in ["https://www.un.org/en/ai-report", "https://example.com/?page=2", "https://example.com/english", "https://example.com/2019/"] {
        #expect(DriftExemption.reason(url: url, contentType: "text/html") == nil, "\(url)")
    }
}

@Test func searchPagesAndFeedsAreRecognised() {
    #expect(DriftExemption.reason(url: "https://www.baidu.com/s?wd=%E4%BA%BA%E5%B7%A5", contentType: nil) == "a search page")
    #expect(DriftExemption.reason(url: "https://example.org/search/node/ai", contentType: nil) == "a search page")
    #expect(DriftExemption.reason(url: "https://example.org/library?Q=governance&page=2", contentType: nil) == "a search page")
    #expect(DriftExemption.reason(url: "https://example.org/news/feed", contentType: "text/html") == "a feed")
    #expect(DriftExemption.reason(url: "https://example.org/updates", contentType: "application/rss+xml; charset=utf-8") == "a feed")
    #expect(DriftExemption.reason(url: "https://example.org/atom.xml", contentType: nil) == "a feed")
    #expect(DriftExemption.reason(url: "https://example.org/research/queries-answered", contentType: nil) == nil)
}
