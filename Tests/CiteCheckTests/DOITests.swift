import Testing
@testable import CiteCheck

@Suite struct DOITests {
    @Test(arguments: [
        ("10.1007/s43681-021-00083-y", "10.1007/s43681-021-00083-y"),
        ("doi:10.1000/ABC.", "10.1000/ABC"),
        ("DOI： 10.19780/j.cnki.ytaq.2026.3.7。", "10.19780/j.cnki.ytaq.2026.3.7"),
        ("https://doi.org/10.1000/xyz123", "10.1000/xyz123"),
        ("http://dx.doi.org/10.1000/xyz123),", "10.1000/xyz123"),
        ("https://doi.org/10.1000%2Fa%3Cb%3E", "10.1000/a<b>"),
        ("１０．１０００／ｘｙｚ", "10.1000/xyz"),
        ("10.1002/(SICI)1097-4571(199806)", "10.1002/(SICI)1097-4571(199806)"),
        ("(10.1000/abc)", "10.1000/abc"),
        ("<https://doi.org/10.1000/abc>", "10.1000/abc"),
        ("10.1000.10/abc;", "10.1000.10/abc"),
        ("info:doi/10.1000/abc", "10.1000/abc"),
    ])
    func normalises(written: String, expected: String) {
        #expect(DOI.normalize(written) == expected)
    }

    @Test func validDOIsKeepCaseButCompareWithout() throws {
        let a = try #require(DOI("10.1000/ABC"))
        let b = try #require(DOI("https://doi.org/10.1000/abc"))
        #expect(a == b && a.hashValue == b.hashValue)
        #expect(a.value == "10.1000/ABC" && a.key == "10.1000/abc")
        #expect(a.prefix == "10.1000" && a.suffix == "ABC")
        #expect(DOI("10.1000.10/x")?.prefix == "10.1000.10")
    }

    @Test(arguments: [
        ("", "it is empty"),
        ("10.123/abc", "its registrant code \"123\" is shorter than four digits"),
        ("10.1000abc", "it has no \"/\" between prefix and suffix"),
        ("11.1000/abc", "it does not start with the directory indicator \"10.\""),
        ("10.1000/", "its suffix (after \"/\") is empty"),
        ("10.10a0/abc", "its registrant code \"10a0\" is not digits in dot-separated groups"),
        ("10.1000../abc", "its registrant code \"1000..\" is not digits in dot-separated groups"),
        ("10.1000/ab c", "it contains a space"),
        ("10./abc", "its registrant code (after \"10.\") is empty"),
    ])
    func rejectsWithReason(written: String, reason: String) {
        guard case .failure(let error) = DOI.parse(written) else {
            Issue.record("\(written) was accepted")
            return
        }
        #expect(error.reason == reason)
        #expect(error.text == written)
        #expect(error.description.hasPrefix("\"\(written)\" is not a valid DOI: "))
    }
}
