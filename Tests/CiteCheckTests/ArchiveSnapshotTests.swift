import Testing
@testable import CiteCheck

@Test func theOriginalBytesAreTheIdForm() {
    #expect(ArchiveSnapshot(url: "http://web.archive.org/web/20190301120000/https://www.un.org/a?b=c", timestamp: "20190301120000")
        .originalBytesURL == "http://web.archive.org/web/20190301120000id_/https://www.un.org/a?b=c")
    #expect(ArchiveSnapshot(url: "https://web.archive.org/web/20190301im_/http://x.example/", timestamp: "20190301")
        .originalBytesURL == "https://web.archive.org/web/20190301id_/http://x.example/")
    #expect(ArchiveSnapshot(url: "https://archive.ph/abcde", timestamp: "20190301").originalBytesURL == nil)
    #expect(ArchiveSnapshot(url: "https://web.archive.org/web/2019/http://x.example/", timestamp: "2019").originalBytesURL == nil)
    #expect(ArchiveSnapshot(url: "u", timestamp: "20190301120000").date == "2019-03-01")
}
