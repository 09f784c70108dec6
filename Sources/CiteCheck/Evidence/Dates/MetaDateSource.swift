/// `<meta>` dates across CMSes and news systems: Highwire (citation_*), Open Graph, microdata
/// `itemprop`, Parse.ly, Sailthru, bt:pubDate, `name=date`, Dublin Core, EPrints, PRISM and the
/// meta names Chinese government sites use.
struct MetaDateSource: PageDateSource {
    /// Keys as written (compared lower-cased), in the order tried for each source.
    static let table: [(keys: [String], source: DateSource)] = [
        (["citation_publication_date"], .citationPublicationDate),
        (["citation_date"], .citationDate),
        (["citation_online_date"], .citationOnlineDate),
        (["article:published_time", "og:published_time", "article.published"], .articlePublishedTime),
        (["datePublished", "dateCreated"], .itempropDatePublished),
        (["parsely-pub-date"], .parselyPubDate),
        (["sailthru.date"], .sailthruDate),
        (["bt:pubDate"], .btPubDate),
        (["date"], .metaDate),
        (["DC.date", "DC.date.issued", "dc.date.created"], .dcDate),
        (["DCTERMS.issued"], .dctermsIssued),
        (["DCTERMS.created"], .dctermsCreated),
        (["dcterms.date"], .dctermsDate),
        (["eprints.date"], .eprintsDate),
        (["prism.publicationDate"], .prismPublicationDate),
        (["PubDate"], .pubDate),
        (["publishdate", "publish-date", "publish_date"], .publishDate),
        (["firstpublishedtime"], .firstPublishedTime),
        (["article:modified_time", "og:updated_time"], .articleModifiedTime),
        (["dateModified"], .itempropDateModified),
        (["bt:modDate"], .btModDate),
        (["DCTERMS.modified", "DC.date.modified", "lastmodifiedtime", "last-modified"], .dctermsModified),
    ]

    func candidates(in page: DatePage) -> DateCandidates {
        var found = DateCandidates()
        for (keys, source) in Self.table {
            for key in keys {
                if let meta = page.scan.metas.first(where: { $0.key == key.lowercased() && !$0.content.trimmed.isEmpty }) {
                    found.add(meta.content, source)
                    break
                }
            }
        }
        return found
    }
}
