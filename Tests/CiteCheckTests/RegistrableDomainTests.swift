import Testing
@testable import CiteCheck

@Test func registrableDomainsFollowThePublicSuffixList() {
    #expect(RegistrableDomain.of(host: "www.example.com") == "example.com")
    #expect(RegistrableDomain.of(host: "news.bbc.co.uk") == "bbc.co.uk")
    #expect(RegistrableDomain.of(host: "a.b.c.example.com.au") == "example.com.au")
    // Private suffixes from the list: two GitHub Pages sites are two domains.
    #expect(RegistrableDomain.of(host: "alice.github.io") == "alice.github.io")
    #expect(RegistrableDomain.of(host: "docs.alice.github.io") == "alice.github.io")
    #expect(RegistrableDomain.of(host: "www.gov.cn") == "www.gov.cn")
    #expect(RegistrableDomain.of(host: "WWW.Example.COM.") == "example.com")
    // Unknown TLDs fall under the list's "*" rule.
    #expect(RegistrableDomain.of(host: "h07.loopback.test") == "loopback.test")
}

@Test func addressesAndSuffixesAreTheirOwnDomain() {
    #expect(RegistrableDomain.of(host: "127.0.0.1") == "127.0.0.1")
    #expect(RegistrableDomain.of(host: "127.0.0.2") == "127.0.0.2")
    #expect(RegistrableDomain.of(host: "::1") == "::1")
    #expect(RegistrableDomain.of(host: "co.uk") == "co.uk")
    #expect(RegistrableDomain.of(host: "localhost") == "localhost")
}
