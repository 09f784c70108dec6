import Foundation

/// Turns a fetched body into `PageEvidence`: HTML through libxml2, PDF through its Info dictionary
/// and XMP packet. Pure: same bytes and headers, same evidence.
public enum PageEvidenceExtractor: Sendable {
    /// Nil when the body is neither a PDF nor parseable HTML (an image, an empty body).
    public static func extract(
        body: [UInt8], contentType: String?, headers: [(name: String, value: String)], url: String
    ) -> PageEvidence? {
        let type = contentType ?? header("Content-Type", in: headers)
        let media = ContentType.mediaType(of: type)
        if media == "application/pdf" || PDFMetadataReader.isPDF(body) {
            return pdf(body, headers: headers)
        }
        if let media, !isHTMLish(media) { return nil }
        return html(body, contentType: type, headers: headers, url: url)
    }

    private static func isHTMLish(_ media: String) -> Bool {
        media.contains("html") || media.contains("xml") || media == "text/plain" || media == "application/octet-stream"
    }

    static func header(_ name: String, in headers: [(name: String, value: String)]) -> String? {
        headers.last(where: { $0.name.caseInsensitiveCompare(name) == .orderedSame })?.value
    }

    // MARK: HTML

    static func html(_ body: [UInt8], contentType: String?, headers: [(name: String, value: String)], url: String) -> PageEvidence? {
        let forced = PageEncoding.forced(headerCharset: ContentType.charset(of: contentType), bytes: body)
        guard var scan = HTMLScanner.scan(body, encoding: forced, url: url) else { return nil }
        // libxml2 honours the meta label literally; a GB2312 label on a GBK page would garble it.
        if forced == nil, let declared = scan.declaredCharset {
            let wide = PageEncoding.widened(declared)
            if wide.caseInsensitiveCompare(declared) != .orderedSame, wide != "UTF-8",
               let rescanned = HTMLScanner.scan(body, encoding: wide, url: url) {
                scan = rescanned
            }
        } else if forced == nil, let guessed = PageEncoding.guess(body),
                  let rescanned = HTMLScanner.scan(body, encoding: guessed, url: url) {
            scan = rescanned
        }
        var evidence = PageEvidence()
        let jsonLD = JSONLDReader.read(scan.jsonLD)

        let titles: [(String, String?)] = [
            ("citation_title", scan.meta("citation_title")?.content),
            ("DC.title", scan.meta("DC.title", "DCTERMS.title", "dc:title")?.content),
            ("og:title", scan.meta("og:title")?.content),
            ("JSON-LD headline", jsonLD.headline),
            ("JSON-LD name", jsonLD.name),
            ("<title>", scan.title),
        ]
        if let (source, title) = titles.first(where: { !($0.1?.trimmed.isEmpty ?? true) }) {
            evidence.title = title?.collapsedWhitespace
            evidence.titleSource = source
        }

        let choice = PageDateChooser.choose(PageDateSources.candidates(in: DatePage(scan: scan, jsonLD: jsonLD, url: url, headers: headers)))
        evidence.published = choice.published
        evidence.modified = choice.modified
        evidence.dates = choice.dates

        let doiCandidates = [
            scan.meta("citation_doi", "prism.doi", "bepress_citation_doi", "DC.identifier", "DCTERMS.identifier", "dc.identifier.doi")?.content
        ] + scan.metas.filter { $0.content.has("doi.org/10.") }.map(\.content)
            + scan.links.filter { $0.href.has("doi.org/10.") }.map(\.href)
        evidence.doi = doiCandidates.lazy.compactMap { $0.flatMap(DOIText.normalize) }.first

        evidence.language = (scan.language ?? scan.meta("content-language", "DC.language", "dcterms.language")?.content)
            .map { $0.trimmed }.flatMap { $0.isEmpty ? nil : $0 }
        let canonical = scan.links.first(where: { $0.rel.split(separator: " ").contains("canonical") })?.href
            ?? scan.meta("og:url")?.content
        evidence.canonical = canonical.flatMap { resolve($0, against: url) }

        evidence.notFound = SoftNotFound.signal(title: scan.title, headings: scan.headings)
        if evidence.notFound == nil { evidence.notFoundHint = SoftNotFound.codeOnlySignal(title: scan.title, headings: scan.headings) }
        evidence.fingerprint = PageFingerprint(title: scan.title, text: scan.text)
        return evidence
    }

    private static func resolve(_ href: String, against base: String) -> String? {
        let href = href.trimmed
        guard !href.isEmpty else { return nil }
        if let absolute = URL(string: href), absolute.scheme != nil { return absolute.absoluteString }
        return URL(string: href, relativeTo: URL(string: base))?.absoluteString
    }

    // MARK: PDF

    static func pdf(_ body: [UInt8], headers: [(name: String, value: String)]) -> PageEvidence {
        let found = PDFMetadataReader.read(body)
        var evidence = PageEvidence(title: found.title, titleSource: found.titleSource, doi: found.doi, language: found.language)
        evidence.published = found.created
        var modified = found.modified
        if modified == nil, let text = header("Last-Modified", in: headers), let parsed = DateTextParser.parse(text) {
            modified = PageDate(date: parsed.date, minuteOfDay: parsed.minuteOfDay, offsetMinutes: parsed.offsetMinutes, source: .lastModified)
        }
        evidence.modified = modified
        evidence.dates = [found.created, modified].compactMap { $0 }
        return evidence
    }
}
