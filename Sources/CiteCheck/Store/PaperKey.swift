import Foundation

/// How the store names a paper, so its history survives a move (a CI runner's workspace at
/// another path, a cache restored elsewhere): by its DOI when it has one ("doi:10.1234/abc",
/// lowercased), else by its path relative to a root folder ("issue-3/a.md"). The root is
/// `--root`, else the top of the git work tree holding the paper, else the current folder. A
/// paper outside its root keeps its absolute path.
public enum PaperKey {
    /// The paper's absolute, standardised path: `check issue/a.md` run from the journal's folder
    /// and `check a.md` run from issue/ are the same file (and the key stores before v3 used).
    public static func of(_ path: String, relativeTo folder: String = FileManager.default.currentDirectoryPath) -> String {
        let absolute = path.hasPrefix("/") ? path : (folder as NSString).appendingPathComponent(path)
        return URL(fileURLWithPath: absolute).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// The paper's identity in the store. `root`: `--root` (nil: the git work tree or `folder`).
    public static func identity(path: String, doi: String?, root: String? = nil,
                                folder: String = FileManager.default.currentDirectoryPath) -> String {
        if let doi, let parsed = DOI(doi) { return "doi:" + parsed.key }
        // An article checked by address is known by it, wherever the check runs.
        if ArticleAddress.isWebAddress(path) { return path }
        let absolute = of(path, relativeTo: folder)
        let top = root.map { of($0, relativeTo: folder) } ?? gitTop(above: absolute) ?? of(folder)
        let prefix = top.hasSuffix("/") ? top : top + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
    }

    /// The nearest folder above `path` holding `.git` (a folder in a clone, a file in a worktree).
    static func gitTop(above path: String) -> String? {
        var folder = (path as NSString).deletingLastPathComponent
        while !folder.isEmpty {
            if FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(".git")) { return folder }
            if folder == "/" { return nil }
            folder = (folder as NSString).deletingLastPathComponent
        }
        return nil
    }
}
