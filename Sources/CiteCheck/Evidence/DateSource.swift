/// Where on the page a date was found. Raw values are the strings reports show as `dateSource`.
public enum DateSource: String, Hashable, Sendable, Codable, CaseIterable {
    // Declared in order of reliability: the chooser takes the first publication source a page gives.
    case citationPublicationDate = "citation_publication_date"
    case citationDate = "citation_date"
    case citationOnlineDate = "citation_online_date"
    case articlePublishedTime = "article:published_time"
    case jsonLDDatePublished = "JSON-LD datePublished"
    case itempropDatePublished = "itemprop datePublished"
    case parselyPubDate = "parsely-pub-date"
    case sailthruDate = "sailthru.date"
    case btPubDate = "bt:pubDate"
    case metaDate = "date"
    case dcDate = "DC.date"
    case dctermsIssued = "DCTERMS.issued"
    case dctermsCreated = "DCTERMS.created"
    case dctermsDate = "dcterms.date"
    case eprintsDate = "eprints.date"
    case prismPublicationDate = "prism.publicationDate"
    case pubDate = "PubDate"
    case publishDate = "publishdate"
    case firstPublishedTime = "firstpublishedtime"
    case abbrPublished = "<abbr class=published>"
    case rdfaDate = "RDFa dc:date"
    case timeElement = "<time datetime>"
    case inlineScript = "inline script"
    case epochAttribute = "data-utime"
    case urlPath = "URL path"
    case visibleText = "visible text"
    case ogImageURL = "og:image URL"
    case pdfCreationDate = "PDF CreationDate"
    case xmpCreateDate = "xmp:CreateDate"
    case articleModifiedTime = "article:modified_time"
    case jsonLDDateModified = "JSON-LD dateModified"
    case itempropDateModified = "itemprop dateModified"
    case btModDate = "bt:modDate"
    case dctermsModified = "DCTERMS.modified"
    case timeUpdated = "<time class=updated>"
    case inlineScriptModified = "inline script (modified)"
    case visibleTextUpdated = "visible text (updated)"
    case pdfModDate = "PDF ModDate"
    case xmpModifyDate = "xmp:ModifyDate"
    case lastModified = "Last-Modified"

    /// Position in the reliability order (lower is more reliable).
    public var rank: Int { Self.ranks[self]! }
    private static let ranks = Dictionary(uniqueKeysWithValues: allCases.enumerated().map { ($1, $0) })

    /// Strong evidence is metadata a publisher writes on purpose for citation or sharing:
    /// a mismatch against it is an error rather than a warning.
    public var isStrong: Bool {
        switch self {
        case .citationPublicationDate, .citationDate, .citationOnlineDate, .articlePublishedTime,
             .articleModifiedTime, .jsonLDDatePublished, .jsonLDDateModified: return true
        default: return false
        }
    }

    /// Sources that date a change rather than the publication.
    public var isModification: Bool {
        switch self {
        case .articleModifiedTime, .jsonLDDateModified, .itempropDateModified, .btModDate, .dctermsModified, .timeUpdated,
             .inlineScriptModified, .visibleTextUpdated, .pdfModDate, .xmpModifyDate, .lastModified: return true
        default: return false
        }
    }
}
