import Foundation

/// Hand-labeled documents to score against, read from a brat standoff folder
/// or a JSONL file, with every problem found while reading them.
///
/// A folder is searched recursively for `NAME.ann` files beside `NAME.txt`;
/// each document's id is `NAME`, and its date and organization come from the
/// first `documents.tsv` found in the folder of the file or above it (columns
/// `name`, `date`, `org`, by header). A JSONL file holds one document a line:
/// `{"id", "text", "date"?, "org"?, "entities": [...], "claims"?: [...]}` in
/// the format ``Document/writeJSON(to:options:)`` writes, offsets in code points.
///
///     let gold = try GoldCorpus(contentsOf: "Corpus/dev")
///     for problem in gold.problems { print(problem) }   // FILE:LINE: REASON
///
/// The documents are segmented into sentences (for error listings), and each
/// gold claim's ``Claim/sentence`` is the sentence holding its trigger.
public struct GoldCorpus: Sendable {
    /// The documents, in path order (a folder) or line order (JSONL).
    public var documents: [Document]
    /// What did not parse or disagrees with the text, in reading order. A
    /// corpus is valid when this is empty.
    public var problems: [ClaimGraphError]

    /// Reads a brat folder or a JSONL file.
    ///
    /// - Throws: ``ClaimGraphError/unreadableFile(path:reason:)`` when `path`
    ///   is neither; everything else is collected in ``problems``.
    public init(contentsOf path: String) throws(ClaimGraphError) {
        let segmenter = try Segmenter()
        documents = []
        problems = []
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadableFile(path: path, reason: "no such file or folder")
        }
        if isDirectory.boolValue {
            readBrat(folder: path)
        } else {
            try readJSONL(path)
        }
        for index in documents.indices {
            segmenter.segment(&documents[index])
            documents[index].assignClaimSentences()
        }
    }

    private mutating func readBrat(folder: String) {
        let root = URL(fileURLWithPath: folder)
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }
            .filter { $0.pathExtension == "ann" }
            .map(\.path)
            .sorted() ?? []
        var metadata = DocumentMetadata()
        for annPath in files {
            let textPath = String(annPath.dropLast(3)) + "txt"
            let name = URL(fileURLWithPath: annPath).deletingPathExtension().lastPathComponent
            let text: String
            let annotations: String
            do {
                text = try Self.readUTF8(textPath)
                annotations = try Self.readUTF8(annPath)
            } catch {
                problems.append(error)
                continue
            }
            let row = metadata.row(for: name, near: URL(fileURLWithPath: annPath).deletingLastPathComponent(), problems: &problems)
            let reader = BratReader(text: text, annotations: annotations, source: annPath, id: name,
                                    date: row?.date, organization: row?.organization)
            problems += reader.problems
            documents.append(reader.document)
        }
    }

    private mutating func readJSONL(_ path: String) throws(ClaimGraphError) {
        let lines = try LineReader(path: path)
        while let line = try lines.nextLine() {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            do throws(ClaimGraphError) {
                let record: JSONValue
                do {
                    record = try JSONValue.parse(line)
                } catch {
                    throw ClaimGraphError.malformedInput(source: path, line: lines.lineNumber, column: error.column, reason: error.reason)
                }
                var document = try Document(json: record, source: path, lineNumber: lines.lineNumber)
                let reader = AnnotatedJSONReader(record: record, into: &document, source: path, line: lines.lineNumber)
                problems += reader.problems
                problems += document.overlapProblems(source: path, line: lines.lineNumber)
                documents.append(document)
            } catch {
                problems.append(error)
            }
        }
    }

    /// Reads another tool's JSONL output (or ours) over these documents' texts.
    ///
    /// Records are matched to gold documents by `id` (a trailing ".txt" is
    /// ignored, as `claimgraph extract` names documents after their files).
    /// Returns one system document per gold document, in the same order: a
    /// gold document without a record gets none of its entities predicted and
    /// is reported, as is a record for no gold document.
    public func systemDocuments(fromJSONL path: String) throws(ClaimGraphError) -> (documents: [Document], problems: [ClaimGraphError]) {
        var byID: [String: Int] = [:]
        for (index, document) in documents.enumerated() { byID[document.id] = index }
        var system = documents.map { gold in
            var document = gold
            document.entities = []
            document.claims = []
            return document
        }
        var seen = Set<Int>()
        var problems: [ClaimGraphError] = []
        let lines = try LineReader(path: path)
        while let line = try lines.nextLine() {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            let record: JSONValue
            do {
                record = try JSONValue.parse(line)
            } catch {
                problems.append(.malformedInput(source: path, line: lines.lineNumber, column: error.column, reason: error.reason))
                continue
            }
            let id = record["id"]?.stringValue ?? ""
            guard let index = byID[id] ?? byID[id.hasSuffix(".txt") ? String(id.dropLast(4)) : id] else {
                problems.append(.malformedInput(source: path, line: lines.lineNumber, column: nil,
                                                reason: "id '\(id)' is not a document of the gold corpus; ignored"))
                continue
            }
            guard seen.insert(index).inserted else {
                problems.append(.malformedInput(source: path, line: lines.lineNumber, column: nil,
                                                reason: "second record for '\(id)'; ignored"))
                continue
            }
            problems += AnnotatedJSONReader(record: record, into: &system[index], source: path, line: lines.lineNumber).problems
            system[index].assignClaimSentences()
        }
        for index in documents.indices where !seen.contains(index) {
            problems.append(.invalidValue(name: "system output", value: documents[index].id,
                                          reason: "\(path) has no record for this gold document; scored as predicting nothing"))
        }
        return (system, problems)
    }

    static func readUTF8(_ path: String) throws(ClaimGraphError) -> String {
        let bytes = try LineReader(path: path).readAll()
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .invalidUTF8(source: path, line: nil, byteOffset: UTF8Validation.firstInvalidByte(in: bytes) ?? 0)
        }
        return text
    }
}
