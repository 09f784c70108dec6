import Testing
@testable import CiteCheck

@Test func elementAndAttributeFormsAndLanguageAlternatives() {
    let xmp = """
    <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
    <rdf:Description xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmp:ModifyDate="2024-01-02T03:04:05Z">
    <xmp:CreateDate>2024-01-01T00:00:00+08:00</xmp:CreateDate>
    <dc:title><rdf:Alt><rdf:li xml:lang="fr">Titre</rdf:li><rdf:li xml:lang="x-default">Title</rdf:li></rdf:Alt></dc:title>
    <dc:identifier>doi:10.1000/182</dc:identifier>
    </rdf:Description></rdf:RDF></x:xmpmeta>
    """
    let scan = XMPScanner.scan(Array(xmp.utf8)[...])
    #expect(scan?.createDate == "2024-01-01T00:00:00+08:00")
    #expect(scan?.modifyDate == "2024-01-02T03:04:05Z")
    #expect(scan?.title == "Title")
    #expect(scan?.doi == "doi:10.1000/182")
}

@Test func entitiesAreNotExpandedAndNothingIsFetched() {
    // An external entity must not be resolved (no file read, no network), and the parse still yields values.
    let xmp = """
    <?xml version="1.0"?>
    <!DOCTYPE x [<!ENTITY ext SYSTEM "file:///etc/hostname"><!ENTITY net SYSTEM "http://127.0.0.1:9/x">]>
    <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
    <rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>A&ext;&net;B</dc:title></rdf:Description></rdf:RDF></x:xmpmeta>
    """
    let scan = XMPScanner.scan(Array(xmp.utf8)[...])
    #expect(scan?.title == "AB")
}

@Test func notXML() {
    #expect(XMPScanner.scan([][...]) == nil)
    #expect(XMPScanner.scan(Array("<<binary>>".utf8)[...])?.title == nil)
}
