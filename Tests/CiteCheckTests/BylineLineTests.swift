import Testing
@testable import CiteCheck

/// Dates read only from a byline line: a two-digit year on it, a lone date beside it.
@Test func aTwoDigitYearOnTheBylineIsRead() throws {
    // "Version 1.2.12" just above is not a date.
    #expect(try Fixtures.regionPagePublished("byline-short-year.html", url: "https://debatte.example/koalitionen-nach-der-landtagswahl/") == "2012-05-08")
}

@Test func aLoneDateBesideABylineBelowTheArticleIsRead() throws {
    // The share row under a long article holds the date and the byline; the footer's issue date is not it.
    #expect(try Fixtures.regionPagePublished("date-beside-byline.html", url: "https://review.example/issues/2019-4/ports-are-busy-again.html") == "2019-01-23")
}

@Test func bylineLinesAndShortDates() {
    #expect(BylineLine.isByline("von Jana Berg , 8.5.12"))
    #expect(BylineLine.isByline("By Ann Example and Bo Sample"))
    #expect(!BylineLine.isByline("By the way, the ports are busy"))
    #expect(!BylineLine.isByline("Version 1.2.12 des Wahlrechners"))
    #expect(BylineLine.shortDate(in: Array("von Jana Berg, 8.5.12"))?.0 == PartialDate(iso: "2012-05-08"))
    #expect(BylineLine.shortDate(in: Array("By Ann Lee | 5/14/19"))?.0 == PartialDate(iso: "2019-05-14"))
    #expect(BylineLine.shortDate(in: Array("by Ann Lee, version 1.2.12.4")) == nil)
    #expect(BylineLine.shortDate(in: Array("by Ann Lee 31.13.12")) == nil)
    #expect(BylineLine.shortDate(in: "Text\nvon Jana Berg, 8.5.12", from: 0, limit: 100)?.date == PartialDate(iso: "2012-05-08"))
    #expect(BylineLine.shortDate(in: "Text\nIm Jahr 8.5.12", from: 0, limit: 100) == nil)
    #expect(BylineLine.dateBeside(in: "Body text\n23.01.2019\nBy Ann Example\n")?.date == PartialDate(iso: "2019-01-23"))
    #expect(BylineLine.dateBeside(in: "Body text\nOn 23.01.2019 the port reopened\nBy Ann Example\n") == nil)
}

/// The byte cut gives the lines and offsets the Character split gives.
@Test(arguments: ["", "one line", "a\nb\n", "\n\nBy Jane Roe\n8.5.12\n", "crlf\r\nBy Jane\r\n3.4.21", "中文\n作者 张三\n👩‍👩‍👧\nend", "e\u{301}\nx"])
func bylineLinesAreTheLinesOfTheSplit(_ text: String) {
    var offset = 0
    var expected: [(String, Int)] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        expected.append((String(line), offset))
        offset += line.count + 1
    }
    let cut = BylineLine.lines(of: text)
    #expect(cut.map { String($0.line) } == expected.map(\.0))
    #expect(cut.map(\.offset) == expected.map(\.1))
}

@Test func aLineIsABylineOnlyWhenItsFirstWordIsOne() {
    #expect(BylineLine.isByline("  By Jane Roe"))
    #expect(BylineLine.isByline("АВТОР Иван Петров"))
    #expect(!BylineLine.isByline("Lorem ipsum dolor"))
    #expect(!BylineLine.isByline("bystander Jane"))
    #expect(!BylineLine.isByline(""))
}
