/// Where on the page a date was found. Raw values are the strings reports show as `dateSource`.
public enum DateSource: String, Hashable, Sendable, Codable, CaseIterable {
    case citationPublicationDate = "citation_publication_date"
    case citationDate = "citation_date"
    case citationOnlineDate = "citation_online_date"
    case articlePublishedTime = "article:published_time"
    case articleModifiedTime = "article:modified_time"
    case jsonLDDatePublished = "JSON-LD datePublished"
    case jsonLDDateModified = "JSON-LD dateModified"
    case dcDate = "DC.date"
    case dctermsIssued = "DCTERMS.issued"
    case dctermsCreated = "DCTERMS.created"
    case dctermsModified = "DCTERMS.modified"
    case prismPublicationDate = "prism.publicationDate"
    case pubDate = "PubDate"
    case publishDate = "publishdate"
    case firstPublishedTime = "firstpublishedtime"
    case timeElement = "<time datetime>"
    case urlPath = "URL path"
    case pdfCreationDate = "PDF CreationDate"
    case pdfModDate = "PDF ModDate"
    case xmpCreateDate = "xmp:CreateDate"
    case xmpModifyDate = "xmp:ModifyDate"
    case lastModified = "Last-Modified"

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
        case .articleModifiedTime, .jsonLDDateModified, .dctermsModified, .pdfModDate, .xmpModifyDate, .lastModified: return true
        default: return false
        }
    }
}
