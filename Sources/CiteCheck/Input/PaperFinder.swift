import Foundation

/// Turns `check`'s arguments into paper paths: files as given, folders searched (recursively, in
/// name order) for the formats the parser reads. A journal issue is a folder.
public enum PaperFinder {
    public static let extensions: Set<String> = ["txt", "md", "markdown"]

    public static func expand(_ arguments: [String]) throws -> [String] {
        var paths: [String] = []
        var seen = Set<String>()
        for argument in arguments {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder) else {
                throw CiteCheckError(.input, file: argument, "no such file or folder")
            }
            let found: [String]
            if isFolder.boolValue {
                found = try papers(in: argument)
                if found.isEmpty {
                    throw CiteCheckError(.input, file: argument, "folder holds no papers (.txt, .md)")
                }
            } else {
                found = [argument]
            }
            for path in found where seen.insert(PaperKey.of(path)).inserted { paths.append(path) }
        }
        return paths
    }

    private static func papers(in folder: String) throws -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else {
            throw CiteCheckError(.input, file: folder, "cannot read folder")
        }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            // Hidden files and folders (.citecheck, .git) hold no papers.
            if name.hasPrefix(".") {
                walker.skipDescendants()
                continue
            }
            if extensions.contains((name as NSString).pathExtension.lowercased()) {
                let path = (folder as NSString).appendingPathComponent(relative)
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
                    found.append(path)
                }
            }
        }
        return found.sorted()
    }
}
