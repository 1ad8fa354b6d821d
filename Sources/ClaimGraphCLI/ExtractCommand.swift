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

    @Flag(help: "Add every token (offsets, text, kind) to each document's output.")
    var tokens = false

    @OptionGroup var inputs: InputOptions

    func run() throws {
        var run = try inputs.makeRun(options: .init(includesTokens: tokens))
        inputs.read(into: &run)
        run.finish()
        if run.skipped > 0 { throw ExitCode(1) }
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case jsonl
}

