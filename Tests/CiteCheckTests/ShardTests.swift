import Foundation
import Testing
@testable import CiteCheck

@Test func shardsAreWrittenKOverN() {
    #expect(Shard("3/4") == Shard(index: 3, count: 4))
    #expect(Shard("1/1") == .whole)
    for bad in ["0/4", "5/4", "4", "1/0", "-1/3", "a/b", "1/2/3", "", " 1/2"] { #expect(Shard(bad) == nil, "\(bad)") }
    #expect(Shard(index: 2, count: 8).description == "2/8")
}

@Test func theHashIsFNV1a64ModNPlusOneAsDocumented() {
    // Values computed apart from the code (Python): docs/scale.md promises them on every machine.
    #expect(Shard.number(of: "bbc.co.uk", count: 4) == 1)
    #expect(Shard.number(of: "bbc.co.uk", count: 7) == 3)
    #expect(Shard.number(of: "example.com", count: 4) == 3)
    #expect(Shard.number(of: "example.com", count: 7) == 2)
    #expect(Shard.number(of: "10.1000/xyz123", count: 7) == 7)
    #expect(Shard.number(of: "anything", count: 1) == 1)
}

@Test func everyHostOfOneRegistrableDomainFallsInOneShard() {
    let urls = ["https://www.bbc.co.uk/news/1", "http://news.bbc.co.uk/2", "https://BBC.co.uk./3", "https://bbc.co.uk:8443/4"]
    #expect(Set(urls.map(Shard.key(url:))) == ["bbc.co.uk"])
    for n in 1...9 {
        let owners = (1...n).filter { k in Shard(index: k, count: n).owns(url: urls[0]) }
        #expect(owners.count == 1)
        #expect(urls.allSatisfy { Shard(index: owners[0], count: n).owns(url: $0) })
    }
}

@Test func everyLinkAndDOIHasExactlyOneOwner() {
    let urls = (0..<300).map { "https://www.site\($0 % 50).org.uk/page/\($0)" } + ["mailto:x@y.z", "not a url"]
    let dois = (0..<100).map { "10.\(1000 + $0)/Paper.\($0)" }
    for n in [2, 4, 8] {
        let shards = (1...n).map { Shard(index: $0, count: n) }
        for url in urls { #expect(shards.filter { $0.owns(url: url) }.count == 1) }
        for doi in dois { #expect(shards.filter { $0.owns(doi: doi) }.count == 1) }
        // The spelling of a DOI does not move it.
        #expect(shards.first { $0.owns(doi: "10.1234/ABC") } == shards.first { $0.owns(doi: "https://doi.org/10.1234/abc") })
        // 50 hosts spread over every shard, not piled on one.
        let used = Set(urls.prefix(300).map { url in shards.firstIndex { $0.owns(url: url) }! })
        #expect(used.count == n)
    }
}
