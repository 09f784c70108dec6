import Testing
@testable import CiteCheck

@Test func doiForms() {
    #expect(DOIText.normalize("10.7249/EP70620") == "10.7249/EP70620")
    #expect(DOIText.normalize("doi:10.19780/j.cnki.ytaq.2026.3.7") == "10.19780/j.cnki.ytaq.2026.3.7")
    #expect(DOIText.normalize("https://doi.org/10.1000/xyz123.") == "10.1000/xyz123")
    #expect(DOIText.normalize("https://doi.org/10.1002/%28SICI%291097") == "10.1002/(SICI)1097")
}

@Test func notDOIs() {
    #expect(DOIText.normalize("ISBN 978-92-1-101234-5") == nil)
    #expect(DOIText.normalize("version 10.2 of the guide") == nil)
    #expect(DOIText.normalize("10.12/short") == nil)
}
