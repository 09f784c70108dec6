import Foundation
@testable import CiteCheck

/// One reader or parser driven with arbitrary bytes. A target only calls the code under test and
/// drops its answer or its error: a thrown `CiteCheckError` is the right response to a bad input;
/// a trap, an address error, a leak or a timeout is a finding.
struct FuzzTarget: Sendable {
    let name: String
    let run: @Sendable ([UInt8]) -> Void
}

enum FuzzTargets {
    /// Every target, registered here. Each is seeded from Tests/Fuzz/corpus/<name>/ and the fixtures
    /// listed in Tests/Fuzz/seeds/<name>.txt.
    static let all: [FuzzTarget] = [
        FuzzTarget(name: "notes") { bytes in
            // Text and Markdown papers: decoding, note segmentation, reference parsing, metadata.
            guard let paper = try? TextFileReader().decode(bytes, path: "fuzz.md") else { return }
            _ = try? PaperParser().parse(paper)
        },
        FuzzTarget(name: "reference") { bytes in
            // One note's text through the reference parser, as a note and as a work.
            let note = Note(index: 1, label: "1", kind: .citation, text: String(decoding: bytes, as: UTF8.self))
            _ = ReferenceParser().parse(note: note, firstID: 1)
            _ = ReferenceParser().parse(work: note)
        },
        FuzzTarget(name: "bibtex") { bytes in
            document { try BibTeXReader().read(text: String(decoding: bytes, as: UTF8.self), path: "fuzz.bib") }
        },
        FuzzTarget(name: "ris") { bytes in
            document { try RISReader().read(text: String(decoding: bytes, as: UTF8.self), path: "fuzz.ris") }
        },
        FuzzTarget(name: "csljson") { bytes in
            document { try CSLJSONReader().read(bytes: bytes, path: "fuzz.json") }
        },
        FuzzTarget(name: "jats") { bytes in
            document { try JATSReader().read(bytes: bytes, path: "fuzz.xml") }
        },
        FuzzTarget(name: "html-article") { bytes in
            document { try HTMLArticleReader().read(bytes: bytes, path: "fuzz.html") }
        },
        FuzzTarget(name: "docx-xml") { bytes in
            // A Word part (document.xml, footnotes.xml, settings.xml): the same XML serves as each.
            guard let part = try? MarkupParser.parseXML(bytes, file: "fuzz.docx", part: "word/document.xml") else { return }
            let body = DocxBody(document: part)
            let format = DocxNumbering.format(.footnote, document: part, settings: part)
            _ = body.notes(.footnote, in: part, links: [], numberFormat: format)
            _ = DocxTextWalker.hyperlinkTargets(inFieldCode: String(decoding: bytes.prefix(4096), as: UTF8.self))
        },
        FuzzTarget(name: "html-evidence") { bytes in
            // A fetched page: libxml2's HTML scan, dates, title, DOI, soft-404 fingerprint.
            _ = PageEvidenceExtractor.extract(body: bytes, contentType: "text/html", headers: [], url: "https://example.org/2024/05/page")
        },
        FuzzTarget(name: "pdf-metadata") { bytes in
            // A fetched PDF's Info dictionary, object streams and XMP packet.
            _ = PDFMetadataReader.read(bytes)
            _ = XMPScanner.scan(bytes[...])
        },
        FuzzTarget(name: "dates") { bytes in
            // The date parsers of pages, citations, access dates and URL paths.
            let text = String(decoding: bytes, as: UTF8.self)
            _ = DateTextParser.parse(text)
            _ = CitationDate.any(in: text)
            _ = AccessDate.find(in: text)
            _ = AccessDate.parse(text)
            _ = URLPathDate.find(in: "https://example.org/" + text)
            _ = PartialDate(iso: text)
        },
    ]

    /// A reader's document parsed on, as `parse` would.
    private static func document(_ read: () throws -> SourceDocument) {
        guard let document = try? read() else { return }
        _ = try? SourceDocumentParser().parse(document)
    }

    static let selected: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["CITECHECK_FUZZ_TARGET"] ?? ""
        guard let target = all.first(where: { $0.name == name }) else {
            let names = all.map(\.name).joined(separator: " ")
            FileHandle.standardError.write(Data("CITECHECK_FUZZ_TARGET must be one of: \(names)\n".utf8))
            exit(2)
        }
        return target
    }()
}
