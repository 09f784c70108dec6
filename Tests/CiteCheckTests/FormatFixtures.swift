import Foundation
import ZIPFoundation

/// Fixture files for the format readers, and a scratch folder per test. Word files are zipped by the
/// tests themselves from their XML parts, as Word writes them, so the parts stay readable in git.
enum FormatFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/formats")

    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("citecheck-formats-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Zips the parts under Fixtures/formats/<parts> into a .docx, with `replacing` parts swapped in
    /// (a nil value leaves the part out), deflated as Word does.
    static func docx(parts: String = "docx-paper", replacing: [String: Data?] = [:], in dir: URL) throws -> String {
        let base = folder.appendingPathComponent(parts)
        let out = dir.appendingPathComponent("paper.docx")
        let archive = try Archive(url: out, accessMode: .create)
        var names: [String] = []
        let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey])!
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            names.append(String(url.standardizedFileURL.path.dropFirst(base.standardizedFileURL.path.count + 1)))
        }
        var contents: [String: Data] = [:]
        for name in names { contents[name] = try Data(contentsOf: base.appendingPathComponent(name)) }
        for (name, data) in replacing { contents[name] = data }
        for name in contents.keys.sorted() {
            let data = contents[name]!
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return out.path
    }
}
