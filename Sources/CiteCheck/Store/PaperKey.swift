import Foundation

/// How the store names a paper: its absolute, standardised path, so `check issue/a.md` run from
/// the journal's folder and `check a.md` run from issue/ are the same paper's audits.
public enum PaperKey {
    public static func of(_ path: String, relativeTo folder: String = FileManager.default.currentDirectoryPath) -> String {
        let absolute = path.hasPrefix("/") ? path : (folder as NSString).appendingPathComponent(path)
        return URL(fileURLWithPath: absolute).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
