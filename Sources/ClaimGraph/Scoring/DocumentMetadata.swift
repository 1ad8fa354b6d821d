import Foundation

/// The `documents.tsv` tables of a corpus: each document's date and the
/// organization a filing speaks for, by name.
///
/// A table is tab-separated with a header row naming its columns; `name` is
/// required, `date` (YYYY-MM-DD, may be empty) and `org` (may be empty) are
/// read, other columns (split, source, licence) are ignored here.
struct DocumentMetadata {
    /// One document's row.
    struct Row {
        var date: CalendarDate?
        var organization: String?
    }

    /// Tables already read, by the folder they were looked up from.
    private var tables: [String: (path: String, rows: [String: Row])?] = [:]

    /// The row for `name` in the first documents.tsv found in `folder` or one
    /// of its ancestors; problems in that table are appended once, and a
    /// missing row each time.
    mutating func row(for name: String, near folder: URL, problems: inout [ClaimGraphError]) -> Row? {
        guard let (path, rows) = table(near: folder.standardizedFileURL, problems: &problems) else { return nil }
        guard let row = rows[name] else {
            problems.append(.invalidValue(name: "document", value: name, reason: "\(path) has no row for it"))
            return nil
        }
        return row
    }

    private mutating func table(near folder: URL, problems: inout [ClaimGraphError]) -> (path: String, rows: [String: Row])? {
        if let cached = tables[folder.path] { return cached }
        let candidate = folder.appendingPathComponent("documents.tsv")
        let found: (path: String, rows: [String: Row])?
        if FileManager.default.fileExists(atPath: candidate.path) {
            found = (candidate.path, Self.read(candidate, problems: &problems))
        } else if folder.path == "/" || folder.path.isEmpty {
            found = nil
        } else {
            found = table(near: folder.deletingLastPathComponent(), problems: &problems)
        }
        tables[folder.path] = .some(found)
        return found
    }

    private static func read(_ url: URL, problems: inout [ClaimGraphError]) -> [String: Row] {
        let table: LexiconTable
        do {
            table = try LexiconTable(contentsOf: url)
        } catch {
            problems.append(error)
            return [:]
        }
        guard let header = table.rows.first, let nameColumn = header.fields.firstIndex(of: "name") else {
            problems.append(.malformedInput(source: url.path, line: 1, column: nil, reason: "expected a header row with a 'name' column"))
            return [:]
        }
        let dateColumn = header.fields.firstIndex(of: "date")
        let orgColumn = header.fields.firstIndex(of: "org")
        var rows: [String: Row] = [:]
        for row in table.rows.dropFirst() {
            func field(_ column: Int?) -> String? {
                guard let column, column < row.fields.count, !row.fields[column].isEmpty else { return nil }
                return row.fields[column]
            }
            guard let name = field(nameColumn) else {
                problems.append(.malformedInput(source: url.path, line: row.line, column: nil, reason: "empty name"))
                continue
            }
            var entry = Row(organization: field(orgColumn))
            if let date = field(dateColumn) {
                entry.date = CalendarDate(date)
                if entry.date == nil {
                    problems.append(.malformedInput(source: url.path, line: row.line, column: nil, reason: "date '\(date)' is not YYYY-MM-DD"))
                }
            }
            if rows[name] != nil {
                problems.append(.malformedInput(source: url.path, line: row.line, column: nil, reason: "second row for '\(name)'"))
            }
            rows[name] = entry
        }
        return rows
    }
}
