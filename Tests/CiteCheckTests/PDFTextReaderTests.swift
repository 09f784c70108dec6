import Foundation
import Testing
@testable import CiteCheck

/// Needs poppler-utils (the Makefile's TEST_APT_PACKAGES installs it).
@Suite struct PDFTextReaderTests {
    /// A one-page PDF with a text layer, written object by object with a correct cross-reference table.
    static func pdf(lines: [String]) -> Data {
        var content = "BT /F1 11 Tf 72 720 Td 14 TL\n"
        for line in lines {
            let escaped = line.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "(", with: "\\(").replacingOccurrences(of: ")", with: "\\)")
            content += "(\(escaped)) Tj T*\n"
        }
        content += "ET"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
        var out = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (i, body) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(i + 1) 0 obj\n\(body)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for o in offsets { out += String(repeating: "0", count: 10 - String(o).count) + "\(o) 00000 n \n" }
        out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(out.utf8)
    }

    @Test func extractsTheTextLayerWithPdftotext() throws {
        let dir = try FormatFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("paper.pdf").path
        try Self.pdf(lines: [
            "The regime is fragmented.1",
            "1 Lewin Schmitt, \"Mapping Global AI Governance\", AI and Ethics, Vol. 2, 2022, pp. 303-314.",
            "2 Kerry, \"Should the UN Govern Global AI?\", February 26, 2024, https://www.brookings.edu/x/ [2025-04-14].",
        ]).write(to: URL(fileURLWithPath: path))

        guard case .text(let paper) = try DocumentReader().read(path: path) else {
            Issue.record("a PDF must come back as text for the footnote segmenter")
            return
        }
        #expect(paper.path == path)
        #expect(paper.text.contains("The regime is fragmented.1"))
        #expect(paper.text.contains("https://www.brookings.edu/x/ [2025-04-14]."))
        #expect(paper.text.contains("1 Lewin Schmitt, \"Mapping Global AI Governance\""))
    }

    @Test func namesThePackageWhenPdftotextIsMissing() throws {
        let error = #expect(throws: CiteCheckError.self) {
            try PDFTextReader(executable: "/nonexistent/pdftotext").read(path: "paper.pdf")
        }
        #expect(error?.description == "paper.pdf: reading PDF needs pdftotext, which is not installed (apt-get install poppler-utils)")
        #expect(error?.kind == .input)
    }

    @Test func aDamagedPDFIsOneLine() throws {
        let dir = try FormatFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("broken.pdf").path
        try Data("%PDF-1.4\ngarbage that is not a PDF body\n".utf8).write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: CiteCheckError.self) { try PDFTextReader().read(path: path) }
        #expect(error?.description.hasPrefix(path + ": ") == true)
        #expect(error?.description.contains("\n") == false)
    }

    /// A converter that hangs (as pdftotext can on a damaged file) is stopped, with one line.
    @Test func aHangingConverterIsStopped() throws {
        let dir = try FormatFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let tool = dir.appendingPathComponent("slow-pdftotext").path
        try "#!/bin/sh\nexec sleep 30\n".write(toFile: tool, atomically: true, encoding: .utf8)
        chmod(tool, 0o755)
        let path = dir.appendingPathComponent("paper.pdf").path
        try Self.pdf(lines: ["text"]).write(to: URL(fileURLWithPath: path))
        let started = Date()
        #expect(throws: CiteCheckError(.input, file: path, "pdftotext did not finish within 1 s (a damaged PDF?; raise the limit with --pdf-timeout)")) {
            try PDFTextReader(executable: tool, timeout: 1).read(path: path)
        }
        #expect(Date().timeIntervalSince(started) < 25, "the converter was waited out instead of stopped")
    }

    @Test func aPDFWithoutTextAsksForOCR() throws {
        let dir = try FormatFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("scan.pdf").path
        try Self.pdf(lines: []).write(to: URL(fileURLWithPath: path))
        #expect(throws: CiteCheckError(.input, file: path, "PDF has no text layer (a scan?); run OCR first")) {
            try PDFTextReader().read(path: path)
        }
    }

    @Test func textBeyondTheLimitIsRefused() throws {
        let dir = try FormatFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("long.pdf").path
        try Self.pdf(lines: Array(repeating: "A line of text that repeats.", count: 40)).write(to: URL(fileURLWithPath: path))
        #expect(throws: CiteCheckError(.input, file: path, "PDF text is larger than 100 bytes; not a manuscript (raise the limit with --max-input)")) {
            try PDFTextReader(maxTextBytes: 100).read(path: path)
        }
    }
}
