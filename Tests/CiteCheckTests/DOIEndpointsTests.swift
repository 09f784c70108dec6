import Testing
@testable import CiteCheck

@Suite struct DOIEndpointsTests {
    let doi = DOI("10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0")!

    @Test func realServicesByDefault() {
        let e = DOIEndpoints()
        #expect(e.handle(DOI("10.5555/x")!) == "https://doi.org/api/handles/10.5555/x")
        #expect(e.agency("10.5555") == "https://doi.org/ra/10.5555")
        #expect(e.crossrefWork(DOI("10.5555/x")!, mailto: nil) == "https://api.crossref.org/works/10.5555/x")
        #expect(e.dataCiteWork(DOI("10.5281/zenodo.1")!) == "https://api.datacite.org/dois/10.5281/zenodo.1")
    }

    @Test func suffixCharactersWithAMeaningInURLsAreEncoded() {
        #expect(DOIEndpoints().handle(doi) == "https://doi.org/api/handles/10.1002/(SICI)1097-4571(199806)49:8%3C693::AID-ASI4%3E3.0.CO;2-0")
        #expect(DOIEndpoints.pathEncoded("10.1000/a#b?c%d e") == "10.1000/a%23b%3Fc%25d%20e")
    }

    @Test func mailtoAndSearchParameters() {
        let e = DOIEndpoints(oneServer: "http://127.0.0.1:8080")
        #expect(e.handles == "http://127.0.0.1:8080/api/handles/" && e.agencies == "http://127.0.0.1:8080/ra/")
        #expect(e.crossrefWork(DOI("10.5555/x")!, mailto: "a+b@example.org") == "http://127.0.0.1:8080/works/10.5555/x?mailto=a%2Bb%40example.org")
        #expect(e.search("Roe A & B 2020", mailto: nil) == "http://127.0.0.1:8080/works?query.bibliographic=Roe%20A%20%26%20B%202020&rows=3")
        #expect(e.search("人工", mailto: "x@y.z").hasSuffix("=%E4%BA%BA%E5%B7%A5&rows=3&mailto=x%40y.z"))
    }
}
