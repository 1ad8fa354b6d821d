import ArgumentParser

@main
struct ClaimGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claimgraph",
        abstract: "Extract organizations, people, money amounts, dates and the claims that join them from English news.",
        discussion: """
            Every entity and claim carries the rule that made it and the words that are its evidence. \
            Offsets are Unicode code point offsets, end-exclusive (Python's text[start:end]).

            Exit status: 0 when every input was processed; 1 when some input was reported and skipped \
            (invalid UTF-8, a malformed JSONL line, a missing file) while the rest was processed; \
            2 when nothing could run (a bad lexicon, ICU unavailable); 64 for a usage error.

            Examples:
              claimgraph extract --format jsonl --date 2025-05-15 article.txt
              cat docs.jsonl | claimgraph extract > out.jsonl
            """,
        subcommands: [ExtractCommand.self, GraphCommand.self, EvaluateCommand.self, CorpusCommand.self]
    )
}
