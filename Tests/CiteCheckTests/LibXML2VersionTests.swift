@testable import CiteCheck
import Testing

@Suite struct LibXML2VersionTests {
    @Test func dottedVersions() {
        #expect(LibXML2Version.dotted("21205") == "2.12.5")
        #expect(LibXML2Version.dotted("20914") == "2.9.14")
        #expect(LibXML2Version.dotted("2.9") == "2.9")
    }

    @Test func theLoadedLibraryHasADottedVersion() {
        #expect(LibXML2Version.current.split(separator: ".").count == 3)
    }
}
