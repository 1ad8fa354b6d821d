import ArgumentParser
import ClaimGraph

struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Merge the claims of many documents into one claim graph and write it as DOT or JSON.",
        discussion: """
            Reads documents as `extract` does (text files, or JSONL with {"id", "text", "date"?, "org"?}), \
            runs the pipeline over them and merges their claims: one node per organization, person or \
            product (by canonical name, across documents), one edge per distinct claim with every \
            sentence that makes it as evidence (document id, sentence, offsets, trigger, rule, \
            confidence). Claims that give different amounts for the same subject, predicate and known period \
            are kept side by side and marked as conflicting (red in DOT, "conflict": true in JSON).

            DOT output renders with GraphViz: dot -Tsvg graph.dot > graph.svg. Whole collections make \
            graphs too large to draw; --focus keeps one organization and its neighbors.

            Examples:
              claimgraph graph --date 2025-05-15 Corpus/dev/seed-000_55fdc2a4d40c986d.txt > seed.dot
              claimgraph graph --focus Chrysler reuters.jsonl | dot -Tsvg > chrysler.svg
              claimgraph graph --format json filings.jsonl > graph.json
            """
    )

    @Option(help: "Output format: dot (GraphViz, the default) or json.")
    var format: GraphFormat = .dot

    @Option(help: ArgumentHelp("Keep only the node with this name (ignoring case) and the edges from or to it.", valueName: "name"))
    var focus: String?

    @Option(help: ArgumentHelp("Drop edges whose best evidence has a lower confidence (0 to 1).", valueName: "confidence"))
    var minConfidence: Double = 0

    @OptionGroup var inputs: InputOptions

    func run() throws {
        var run = try inputs.makeRun(buildsGraph: true)
        inputs.read(into: &run)
        run.finish()
        var graph = run.network ?? ClaimNetwork()
        if minConfidence > 0 { graph = graph.filtered(minimumConfidence: minConfidence) }
        if let focus { graph = graph.neighborhood(of: focus) }
        switch format {
        case .dot:
            run.output.write(Array(graph.dot().utf8))
        case .json:
            var json = JSONWriter()
            graph.writeJSON(to: &json)
            json.newline()
            run.output.write(json.bytes)
        }
        run.output.flush()
        if run.skipped > 0 { throw ExitCode(1) }
    }
}

enum GraphFormat: String, ExpressibleByArgument, CaseIterable {
    case dot, json
}
