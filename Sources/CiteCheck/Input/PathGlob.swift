import Foundation

/// `--exclude-path` globs: fnmatch(3) from the C library, as shells and lychee match paths.
/// A glob matches the whole path or, when it holds no "/", any path component ("drafts" and
/// "*.draft.md" work as a user expects).
public enum PathGlob {
    public static func matches(_ glob: String, _ path: String) -> Bool {
        if fnmatch(glob, path, 0) == 0 { return true }
        let relative = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
        if fnmatch(glob, relative, 0) == 0 { return true }
        if !glob.contains("/") {
            return relative.split(separator: "/").contains { fnmatch(glob, String($0), 0) == 0 }
        }
        // "drafts/**" and "**/old/*": also try the glob against each tail of the path.
        let parts = relative.split(separator: "/")
        return parts.indices.contains { fnmatch(glob, parts[$0...].joined(separator: "/"), 0) == 0 }
    }
}
