import ArgumentParser
import ClaimGraph

struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score entities and claims against hand-labeled gold documents.",
        discussion: """
            Gold is a brat standoff folder (searched recursively for NAME.ann beside NAME.txt; dates and \
            organizations from the nearest documents.tsv) or a JSONL file, one document a line: \
            {"id", "text", "date"?, "org"?, "entities": [{"start", "end", "label", "value"?, "canonical"?}], "claims"?: [...]}, \
            offsets in code points. With no --system, ClaimGraph's pipeline runs over the gold texts (with each \
            document's date and organization); --system scores any tool's JSONL output in ClaimGraph's format \
            instead (records matched to gold documents by id).

            Scores per label and micro-averaged: strict (same span and label, as CoNLL/seqeval) and lenient \
            (overlapping span and same label, each entity matched once, greedy by largest overlap, as \
            nervaluate's ent_type) precision, recall and F1; MONEY value accuracy (amount, currency and \
            qualifier equal) and DATE value accuracy (timex equal) over strictly matched entities; claim \
            precision, recall and F1 (same subject name, predicate and object) with time accuracy over matched \
            claims. A ratio with a zero denominator is shown as "-". The exact rules are in the documentation \
            of Evaluator.

            Exit status: 0 scored; 1 scored, but some gold or system input was reported (see standard error); \
            2 nothing could be scored; 3 a --min-f1 gate was missed; 64 usage error.

            Examples:
              claimgraph evaluate --gold Corpus/dev
              claimgraph evaluate --gold Corpus --errors | grep MONEY
              claimgraph evaluate --gold Corpus/test --system spacy.jsonl --format json
              claimgraph evaluate --gold Corpus/dev --min-f1 MONEY=0.9 --min-f1 micro=0.8
            """
    )

    @Option(help: "Gold documents: a brat folder or a JSONL file.")
    var gold: String

    @Option(help: "A JSONL file of system output to score instead of running ClaimGraph.")
    var system: String?

    @Flag(help: "List every false positive, false negative and wrong value with its sentence and rule.")
    var errors = false

    @Option(help: "Output format: text (Markdown tables) or json.")
    var format: ReportFormat = .text

    @Option(name: .customLong("min-f1"), help: ArgumentHelp(
        "Exit with status 3 when a strict F1 is below X. LABEL is an entity label, 'micro' or 'claims'; repeatable.",
        valueName: "LABEL=X"))
    var minimumF1: [String] = []

    @Option(help: "The entity labels to score, comma-separated.")
    var labels: String = EntityLabel.core.map(\.rawValue).joined(separator: ",")

    var scoredLabels: [EntityLabel] {
        labels.split(separator: ",").map { EntityLabel(String($0).trimmingCharacters(in: .whitespaces)) }
    }

    @Option(help: "Documents processed at once when running ClaimGraph, one thread each (default: the number of cores). Scores do not depend on it.")
    var jobs: Int?

    func validate() throws {
        if scoredLabels.isEmpty { throw ValidationError("--labels names no label") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, got \(jobs)") }
        for gate in minimumF1 {
            _ = try Self.parseGate(gate)
        }
    }

    static func parseGate(_ gate: String) throws -> (name: String, threshold: Double) {
        let parts = gate.split(separator: "=", maxSplits: 1)
        guard parts.count == 2, let threshold = Double(parts[1]), (0...1).contains(threshold) else {
            throw ValidationError("--min-f1 takes LABEL=X with X between 0 and 1, got '\(gate)'")
        }
        return (String(parts[0]), threshold)
    }

    func run() throws {
        let corpus: GoldCorpus
        var systemDocuments: [Document]
        var reported = false
        do {
            corpus = try GoldCorpus(contentsOf: gold)
            corpus.problems.forEach(Diagnostics.report)
            reported = !corpus.problems.isEmpty
            if let system {
                let output = try corpus.systemDocuments(fromJSONL: system)
                output.problems.forEach(Diagnostics.report)
                reported = reported || !output.problems.isEmpty
                systemDocuments = output.documents
            } else {
                systemDocuments = try Pipeline().process(corpus.documents.lazy.map { gold in
                    Document(id: gold.id, text: gold.text, date: gold.date, organization: gold.organization)
                }, jobs: jobs)
            }
        } catch {
            Diagnostics.report(error)
            throw ExitCode(2)
        }
        guard !corpus.documents.isEmpty else {
            Diagnostics.report(ClaimGraphError.unreadableFile(path: gold, reason: "no gold documents found"))
            throw ExitCode(2)
        }
        var evaluator = Evaluator(labels: scoredLabels)
        for (gold, system) in zip(corpus.documents, systemDocuments) {
            evaluator.add(gold: gold, system: system)
        }
        let report = evaluator.report
        var output = OutputStream.standardOutput
        switch format {
        case .text:
            output.write(Array(ReportTable(report: report, gold: gold, system: system ?? "claimgraph pipeline").text(includesErrors: errors).utf8))
        case .json:
            var json = JSONWriter()
            report.writeJSON(to: &json, includesErrors: errors)
            json.newline()
            output.write(json.bytes)
        }
        output.flush()
        if try !gatesPass(report) { throw ExitCode(3) }
        if reported { throw ExitCode(1) }
    }

    /// Checks every --min-f1 gate, reporting each one missed.
    func gatesPass(_ report: EvaluationReport) throws -> Bool {
        var passed = true
        for gate in minimumF1 {
            let (name, threshold) = try Self.parseGate(gate)
            let counts: MatchCounts
            switch name.lowercased() {
            case "micro": counts = report.strictMicro
            case "claims": counts = report.claims
            default:
                guard let labelCounts = report.strict[EntityLabel(name)] else {
                    Diagnostics.report(ClaimGraphError.invalidValue(name: "--min-f1", value: gate, reason: "\(name) is not a scored label (see --labels), 'micro' or 'claims'"))
                    passed = false
                    continue
                }
                counts = labelCounts
            }
            guard let f1 = counts.f1 else {
                Diagnostics.report(ClaimGraphError.invalidValue(name: "--min-f1", value: gate, reason: "no \(name) in gold or system output, so no F1 to check"))
                passed = false
                continue
            }
            if f1 < threshold {
                Diagnostics.report(ClaimGraphError.invalidValue(name: "--min-f1", value: gate, reason: "gate missed: strict F1 of \(name) is \(ReportTable.decimal(f1))"))
                passed = false
            }
        }
        return passed
    }
}

enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
