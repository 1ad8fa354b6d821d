import ArgumentParser
import ClaimGraph

struct CorpusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corpus",
        abstract: "Work with a hand-labeled corpus.",
        subcommands: [CheckCommand.self]
    )

    struct CheckCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Check that a labeled corpus is valid.",
            discussion: """
                Reads a brat folder (recursively) or a gold JSONL file and reports, as FILE:LINE: REASON, every \
                annotation that does not parse; spans outside the text or whose text differs from it; \
                discontinuous spans; two spans of one label that overlap; claims whose roles name missing or \
                unsuitable entities or lack a Predicate or Modality; values that do not parse (amount a plain \
                decimal, currency three capital letters, qualifier one of the list, timex non-empty); and bad \
                rows of documents.tsv.

                Exit status: 0 no problem; 1 problems were reported; 2 the path cannot be read.

                Example:
                  claimgraph corpus check Corpus
                """
        )

        @Argument(help: "A brat folder or gold JSONL file.")
        var path = "Corpus"

        func run() throws {
            let corpus: GoldCorpus
            do {
                corpus = try GoldCorpus(contentsOf: path)
            } catch {
                Diagnostics.report(error)
                throw ExitCode(2)
            }
            corpus.problems.forEach(Diagnostics.report)
            let entities = corpus.documents.reduce(0) { $0 + $1.entities.count }
            let claims = corpus.documents.reduce(0) { $0 + $1.claims.count }
            var output = OutputStream.standardOutput
            output.write(Array("\(path): \(corpus.documents.count) documents, \(entities) entities, \(claims) claims, \(corpus.problems.count) problems\n".utf8))
            output.flush()
            if !corpus.problems.isEmpty { throw ExitCode(1) }
        }
    }
}
