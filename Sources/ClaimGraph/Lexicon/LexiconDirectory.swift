import Foundation

/// Where lexicon files come from: the ones compiled into the library, or a folder.
public enum LexiconDirectory: Sendable, Hashable {
    /// The lexicons that ship with ClaimGraph, compiled into the library from
    /// its `Lexicons/` folder: nothing to find or configure at run time.
    case bundled
    /// A folder of lexicon files with the same names as the bundled ones.
    case folder(URL)

    /// The names of the lexicon files available here.
    public var fileNames: [String] {
        switch self {
        case .bundled:
            return BundledLexicons.files.keys.sorted()
        case .folder(let url):
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            return names.filter { $0.hasSuffix(".tsv") }.sorted()
        }
    }

    /// Parses the lexicon file `name` (such as "abbreviations.tsv").
    public func table(_ name: String, minFields: Int = 1, maxFields: Int = .max) throws(ClaimGraphError) -> LexiconTable {
        switch self {
        case .bundled:
            guard let text = BundledLexicons.files[name] else {
                throw .unreadableFile(path: "Lexicons/\(name)", reason: "not among the bundled lexicons")
            }
            return try LexiconTable(text: text, source: "Lexicons/\(name)", minFields: minFields, maxFields: maxFields)
        case .folder(let url):
            return try LexiconTable(contentsOf: url.appendingPathComponent(name), minFields: minFields, maxFields: maxFields)
        }
    }
}
