import ArgumentParser
import ClaimGraph
import Foundation

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Tag entities and claims in documents and write one JSON object per document.",
        discussion: """
            Input is plain-text files (one document each; the id is the file name) or JSONL, one \
            document a line: {"id": "...", "text": "...", "date": "YYYY-MM-DD", "org": "..."} (date and org \
            optional; org names the organization a filing's "we" refers to). A file ending in .jsonl is read \
            as JSONL; with no file, standard input is read as JSONL. Output is one line per document, in \
            input order, on standard output; problems go to standard error as FILE:LINE:COLUMN: REASON.

            Examples:
              claimgraph extract --date 2025-05-15 Corpus/dev/seed-000_55fdc2a4d40c986d.txt
              claimgraph extract --input jsonl < news.jsonl > entities.jsonl
              claimgraph extract --tokens notes.txt
              claimgraph extract --lexicon my-companies.tsv --date 2025-05-15 article.txt

            A lexicon file (--lexicon, repeatable) adds names or overrides bundled ones: UTF-8, one \
            entry a line, phrase<TAB>label<TAB>canonical name (optional), '#' for comments. The label \
            is ORG, PERSON, PRODUCT or any word of your own; 'none' means the phrase is never tagged:
              Acme Widgets	ORG	Acme
              Ford	none
            Later files override earlier ones. A malformed line stops the run (exit status 2) with \
            FILE:LINE: REASON.
            """
    )

    @Option(help: "Output format. jsonl: one JSON object per document (the default).")
    var format: OutputFormat = .jsonl

    @Option(help: "How to read the files: text (one document a file), jsonl (one document a line), or auto (by the .jsonl extension; standard input is JSONL).")
    var input: InputKind = .auto

    @Option(help: "Publication date (YYYY-MM-DD) of plain-text documents, the anchor for \"this year\" or \"last quarter\". Example: --date 2025-05-15")
    var date: String?

    @Flag(help: "Add every token (offsets, text, kind) to each document's output.")
    var tokens = false

    @Option(name: .customLong("lexicon"), help: ArgumentHelp("A lexicon file of your own names (repeatable): phrase<TAB>label<TAB>canonical.", valueName: "file"))
    var lexiconFiles: [String] = []

    @Option(help: "Documents processed at once, one thread each (default: the number of cores). The output is the same, in input order, whatever the number. Example: --jobs 1")
    var jobs: Int?

    @Argument(help: "Files to read. None: standard input.")
    var files: [String] = []

    func validate() throws {
        if let date, CalendarDate(date) == nil {
            throw ValidationError("--date must be a real day written YYYY-MM-DD, got '\(date)'")
        }
        if let jobs, jobs < 1 {
            throw ValidationError("--jobs must be at least 1, got \(jobs)")
        }
    }

    func run() throws {
        var run: ExtractionRun
        do {
            let gazetteers = try lexiconFiles.map { path throws(ClaimGraphError) in try Gazetteer(contentsOf: URL(fileURLWithPath: path)) }
            run = try ExtractionRun(pipeline: Pipeline(gazetteers: gazetteers), options: .init(includesTokens: tokens), jobs: jobs)
        } catch {
            Diagnostics.report(error)
            throw ExitCode(2)
        }
        let publicationDate = date.flatMap(CalendarDate.init)
        if files.isEmpty {
            if input == .text {
                run.processText(LineReader(), source: "<stdin>", id: "stdin", date: publicationDate)
            } else {
                run.processJSONL(LineReader(), source: "<stdin>")
            }
        }
        for file in files {
            let reader: LineReader
            do {
                reader = try LineReader(path: file)
            } catch {
                Diagnostics.report(error)
                run.skipped += 1
                continue
            }
            if input == .jsonl || (input == .auto && file.hasSuffix(".jsonl")) {
                run.processJSONL(reader, source: file)
            } else {
                run.processText(reader, source: file, id: Self.documentID(file), date: publicationDate)
            }
        }
        run.finish()
        if run.skipped > 0 { throw ExitCode(1) }
    }

    /// The file name without its folders.
    static func documentID(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case jsonl
}

enum InputKind: String, ExpressibleByArgument, CaseIterable {
    case auto, text, jsonl
}
