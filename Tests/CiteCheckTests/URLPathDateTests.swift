import Testing
@testable import CiteCheck

@Test func datesInSeedPaperURLs() {
    let cases: [(String, String?)] = [
        ("https://blogs.microsoft.com/on-the-issues/2024/09/20/microsoft-at-the-79th-session/", "2024-09-20"),
        ("https://foreignpolicy.com/2024/03/21/un-ai-regulation-vote/", "2024-03-21"),
        ("https://www.cac.gov.cn/2023-10/18/e_1699291032884978.htm", "2023-10-18"),
        ("https://www.xinhuanet.com/20250712/2b2f2147068240e9b2a84034067e2f2e/c.html", "2025-07-12"),
        ("https://www.mfa.gov.cn/web/wjzbzhd/202409/t20240927_11498463.shtml", "2024-09-27"),
        ("https://www.gov.cn/yaowen/liebiao/202412/content_6990969.htm", "2024-12"),
        ("https://news.un.org/zh/story/2024/12/1134601", "2024-12"),
        ("https://www.whitehouse.gov/presidential-actions/2025/11/launching-the-genesis-mission/", "2025-11"),
        ("https://www.rand.org/pubs/external_publications/EP70620.html", nil),
        ("https://documents.un.org/doc/undoc/gen/n24/087/82/pdf/n2408782.pdf?token=x", nil),
        // Upload folders date the file, not the work.
        ("https://asean.org/wp-content/uploads/2024/02/ASEAN-Guide.pdf", nil),
        ("https://unsceb.org/sites/default/files/2024-11/UNSystemWhitePaperAIGovernance.pdf", nil),
    ]
    for (url, expected) in cases {
        #expect(URLPathDate.find(in: url)?.description == expected, "\(url)")
    }
}

@Test func impossibleOrImplausibleNumbersAreNotDates() {
    #expect(URLPathDate.find(in: "https://example.org/2024/13/40/x") == nil)
    #expect(URLPathDate.find(in: "https://example.org/items/1234/56/") == nil)
    #expect(URLPathDate.find(in: "not a url at all") == nil)
}
