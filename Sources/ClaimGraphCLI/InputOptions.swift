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

    @Option(help: "Documents processed at once, one thread each (default: the number of cores). The output is the same, in input order, whatever the number. Example: --jobs 1")
    var jobs: Int?

    @Argument(help: "Files to read. None: standard input.")
    var files: [String] = []

    func validate() throws {
        if let unknown = disabledStages.first(where: { !["money", "date", "names", "claims"].contains($0) }) {
            throw ValidationError("--disable takes money, date, names or claims, got '\(unknown)'")
        }
        if let date, CalendarDate(date) == nil {
            throw ValidationError("--date must be a real day written YYYY-MM-DD, got '\(date)'")
        }
        if let jobs, jobs < 1 {
            throw ValidationError("--jobs must be at least 1, got \(jobs)")
        }
    }

    /// A run over the inputs with the default pipeline, the user's lexicons
    /// and without the disabled stages; exits with status 2 when it cannot be set up.
    func makeRun(options: Document.JSONOptions = .init(), buildsGraph: Bool = false) throws -> ExtractionRun {
        do {
            let gazetteers = try lexiconFiles.map { path throws(ClaimGraphError) in try Gazetteer(contentsOf: URL(fileURLWithPath: path)) }
            var pipeline = try Pipeline(gazetteers: gazetteers)
            pipeline.disable(disabledStages)
            return try ExtractionRun(pipeline: pipeline, options: options, jobs: jobs, buildsGraph: buildsGraph)
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
