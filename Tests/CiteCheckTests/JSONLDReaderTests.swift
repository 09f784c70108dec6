import Testing
@testable import CiteCheck

@Test func articleNodeWinsOverWebPageAndSiteNodes() {
    let graph = """
    {"@context":"https://schema.org","@graph":[
      {"@type":"WebSite","name":"Brookings","datePublished":"2001-01-01"},
      {"@type":"WebPage","name":"Page name - Brookings","datePublished":"2024-02-25"},
      {"@type":["Article","NewsArticle"],"headline":"Headline","datePublished":"2024-02-26T10:00:00-05:00","dateModified":"2024-06-11"},
      {"@type":"Person","name":"Cameron F. Kerry"}]}
    """
    let found = JSONLDReader.read([graph])
    #expect(found.headline == "Headline")
    #expect(found.name == "Headline")
    #expect(found.published == "2024-02-26T10:00:00-05:00")
    #expect(found.modified == "2024-06-11")
}

@Test func topLevelArraysAndWebPageOnly() {
    let found = JSONLDReader.read(["""
    [{"@type":"Organization","name":"UNDP"},{"@type":"WebPage","name":"G7 AI Hub opens","datePublished":"2025-06-17"}]
    """])
    #expect(found.headline == nil)
    #expect(found.name == "G7 AI Hub opens")
    #expect(found.published == "2025-06-17")
}

@Test func brokenBlocksAreSkippedAndCommonBreakageRepaired() {
    let broken = #"{"@type":"Article","headline":"x",,}"#
    let rawNewline = "{\"@type\":\"Article\",\"headline\":\"Line one\nline two\",\"datePublished\":\"2024-05-21\"}"
    let commented = "<!-- {\"@type\":\"Report\",\"name\":\"In a comment\"}; -->"
    #expect(JSONLDReader.read([broken]) == JSONLDReader.Found())
    #expect(JSONLDReader.read([broken, rawNewline]).headline == "Line one line two")
    #expect(JSONLDReader.read([commented]).headline == "In a comment")
    #expect(JSONLDReader.read(["", "null", "42"]) == JSONLDReader.Found())
}

@Test func valueObjectsAndArraysOfStrings() {
    let found = JSONLDReader.read([#"{"@type":"ScholarlyArticle","headline":["First","Second"],"datePublished":{"@value":"2024-01-02"}}"#])
    #expect(found.headline == "First")
    #expect(found.published == "2024-01-02")
}
