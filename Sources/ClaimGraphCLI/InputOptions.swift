import ArgumentParser
import ClaimGraph
import Foundation

/// The input options `extract` and `graph` share: what to read, how, with
/// which publication date and which extra lexicons.
struct InputOptions: ParsableArguments {
    @Option(help: "How to read the files: text (one document a file), jsonl (one document a line), or auto (by the .jsonl extension; standard input is JSONL).")
    var input: InputKind = .auto

    @Option(help: "Publication date (YYYY-MM-DD) of plain-text documents, the anchor for \"this year\" or \"last quarter\". Example: --date 2025-05-15")
    var date: String?

    @Option(name: .customLong("lexicon"), help: ArgumentHelp("A lexicon file of your own names (repeatable): phrase<TAB>label<TAB>canonical.", valueName: "file"))
    var lexiconFiles: [String] = []

    @Option(name: .customLong("disable"), help: ArgumentHelp("Skip a pipeline stage (repeatable): money, date, names or claims.", valueName: "stage"))
    var disabledStages: [String] = []

    @Argument(help: "Files to read. None: standard input.")
    var files: [String] = []

    func validate() throws {
        if let unknown = disabledStages.first(where: { !["money", "date", "names", "claims"].contains($0) }) {
            throw ValidationError("--disable takes money, date, names or claims, got '\(unknown)'")
        }
        if let date, CalendarDate(date) == nil {
            throw ValidationError("--date must be a real day written YYYY-MM-DD, got '\(date)'")
        }
    }

    /// The default pipeline with the user's lexicons and without the disabled
    /// stages; exits with status 2 when it cannot be built.
    func makePipeline() throws -> Pipeline {
        do {
            let gazetteers = try lexiconFiles.map { path throws(ClaimGraphError) in try Gazetteer(contentsOf: URL(fileURLWithPath: path)) }
            var pipeline = try Pipeline(gazetteers: gazetteers)
            pipeline.disable(disabledStages)
            return pipeline
        } catch {
            Diagnostics.report(error)
            throw ExitCode(2)
        }
    }

    /// Reads every input into `run`.
    func read(into run: inout ExtractionRun) {
        run.read(files: files, input: input, date: date.flatMap(CalendarDate.init))
    }
}

/// How input files are read.
enum InputKind: String, ExpressibleByArgument, CaseIterable {
    case auto, text, jsonl
}
