import Foundation
import ZIPFoundation

/// Reads a Word .docx: footnotes and endnotes (word/footnotes.xml, word/endnotes.xml), each with the
/// sentence in word/document.xml that carries its reference mark, and hyperlink targets from the parts'
/// relationships, since a note's URL may exist only behind link text such as "the report".
///
/// The zip is treated as hostile: only the few parts needed are extracted, each refused when its
/// declared size is over `maxPartBytes` and cut off while inflating if it grows past it (headers lie).
public struct DocxReader: Sendable {
    public var maxPartBytes: Int

    public init(maxPartBytes: Int = Limits.docxPartBytes) {
        self.maxPartBytes = maxPartBytes
    }

    public func read(path: String) throws -> SourceDocument {
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw CiteCheckError(.input, file: path, "not a readable zip archive (a damaged .docx?)")
        }
        let parts = DocxParts(archive: archive, path: path, maxPartBytes: maxPartBytes)
        guard archive["[Content_Types].xml"] != nil else {
            throw CiteCheckError(.input, file: path, "a zip archive but not a Word document (no [Content_Types].xml)")
        }
        let documentPath = try parts.mainDocumentPath()
        guard let document = try parts.xml(documentPath) else {
            throw CiteCheckError(.input, file: path, "a zip archive but not a Word document (no \(documentPath))")
        }
        guard document.name == "document" else {
            throw CiteCheckError(.input, file: path, "a zip archive but not a Word document (its main part is \(documentPath))")
        }
        let documentRels = try parts.relationships(of: documentPath)
        let footnotesPath = documentRels.first { $0.type.hasSuffix("/footnotes") }?.target ?? "word/footnotes.xml"
        let endnotesPath = documentRels.first { $0.type.hasSuffix("/endnotes") }?.target ?? "word/endnotes.xml"
        let settingsPath = documentRels.first { $0.type.hasSuffix("/settings") }?.target ?? "word/settings.xml"

        let settings = try parts.xml(settingsPath)
        let body = DocxBody(document: document)
        var notes: [SourceNote] = []
        for kind in DocxNoteKind.allCases {
            let partPath = kind == .footnote ? footnotesPath : endnotesPath
            guard let part = try parts.xml(partPath) else { continue }
            let links = try parts.relationships(of: partPath).filter(\.isExternal)
            let format = DocxNumbering.format(kind, document: document, settings: settings)
            notes += body.notes(kind, in: part, links: links, numberFormat: format)
        }
        // No Word notes: the notes may be typed into the text (①, [1], a numbered list), which the
        // footnote segmenter reads from `bodyText`.
        var metadata = PaperMetadata()
        if let core = try parts.xml("docProps/core.xml") {
            metadata.title = core.firstDescendant("title")?.text.collapsingWhitespace.nilIfEmpty
        }
        return SourceDocument(path: path, format: .docx, metadata: metadata, notes: notes, bodyText: body.text)
    }
}

enum DocxNoteKind: String, CaseIterable, Sendable {
    case footnote, endnote
}

/// One relationship of an OOXML part: a hyperlink target or another part's path.
struct DocxRelationship: Sendable {
    var id: String
    var type: String
    var target: String
    var isExternal: Bool
}

/// Extracts and parses the parts of one open archive with the size limits applied.
struct DocxParts {
    let archive: Archive
    let path: String
    let maxPartBytes: Int

    private struct TooLarge: Error {}

    func bytes(_ part: String) throws -> [UInt8]? {
        guard let entry = archive[part] else { return nil }
        let limit = maxPartBytes
        if entry.uncompressedSize > UInt64(limit) {
            throw CiteCheckError(.input, file: path,
                "refused: \(part) would expand to \(entry.uncompressedSize / 1_048_576) MB (limit \(limit / 1_048_576) MB, raised by --max-input; a zip bomb?)")
        }
        var out: [UInt8] = []
        out.reserveCapacity(Int(entry.uncompressedSize))
        do {
            _ = try archive.extract(entry, bufferSize: 65_536) { chunk in
                if out.count + chunk.count > limit { throw TooLarge() }
                out.append(contentsOf: chunk)
            }
        } catch is TooLarge {
            throw CiteCheckError(.input, file: path,
                "refused: \(part) expands past \(limit / 1_048_576) MB although its header says less (a zip bomb?)")
        } catch {
            throw CiteCheckError(.input, file: path, "damaged .docx: cannot extract \(part)")
        }
        return out
    }

    func xml(_ part: String) throws -> MarkupElement? {
        guard let bytes = try bytes(part) else { return nil }
        return try MarkupParser.parseXML(bytes, file: path, part: part)
    }

    /// The main document as the package's root relationships name it (usually word/document.xml).
    func mainDocumentPath() throws -> String {
        let rels = try relationships(of: "")
        return rels.first { $0.type.hasSuffix("/officeDocument") }?.target ?? "word/document.xml"
    }

    /// Relationships of `part` ("" for the package), with internal targets resolved to part paths.
    func relationships(of part: String) throws -> [DocxRelationship] {
        let folder = part.split(separator: "/").dropLast().joined(separator: "/")
        let name = part.split(separator: "/").last.map(String.init) ?? ""
        let relsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels"
        guard let rels = try xml(relsPath) else { return [] }
        return rels.elements("Relationship").compactMap { r in
            guard let id = r["Id"], let target = r["Target"] else { return nil }
            let external = r["TargetMode"] == "External"
            return DocxRelationship(id: id, type: r["Type"] ?? "",
                                    target: external ? target : Self.resolve(target, from: folder), isExternal: external)
        }
    }

    static func resolve(_ target: String, from folder: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var components = folder.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." { _ = components.popLast() } else if piece != "." { components.append(String(piece)) }
        }
        return components.joined(separator: "/")
    }
}
