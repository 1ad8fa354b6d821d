import Foundation
import Testing

/// `claimgraph graph` run as a user runs it.
@Suite struct GraphCommandTests {
    static let documents = Array("""
        {"id": "seed", "date": "2025-05-15", "text": "Meta plans to spend up to $72 billion in capital expenditures this year. Meta is delaying the release of its \\"Behemoth\\" AI model."}
        {"id": "other", "date": "2025-01-24", "text": "Meta plans to spend $65 billion in capital expenditures this year."}

        """.utf8)

    @Test func writesDOTThatMergesDocuments() throws {
        let run = try CLITests.run(["graph", "--input", "jsonl"], input: Self.documents)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.hasPrefix("digraph claims {"))
        #expect(run.output.components(separatedBy: "label=\"Meta\"").count == 2)
        #expect(run.output.contains("≤ $72B"))
        #expect(run.output.contains("$65B"))
        #expect(run.output.contains("color=\"#c0392b\""))
    }

    @Test func writesJSONAndFocusesOnOneNode() throws {
        let run = try CLITests.run(["graph", "--format", "json", "--focus", "behemoth", "--input", "jsonl"], input: Self.documents)
        #expect(run.status == 0, "\(run.errors)")
        let graph = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let edges = try #require(graph["edges"] as? [[String: Any]])
        #expect(edges.map { $0["predicate"] as? String } == ["delay"])
        let nodes = try #require(graph["nodes"] as? [[String: Any]])
        #expect(Set(nodes.compactMap { $0["name"] as? String }) == ["Meta", "Behemoth"])
    }

    @Test func disablingTheClaimStageLeavesAnEmptyGraph() throws {
        let run = try CLITests.run(["graph", "--format", "json", "--disable", "claims", "--input", "jsonl"], input: Self.documents)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.trimmingCharacters(in: .whitespacesAndNewlines) == "{\"nodes\":[],\"edges\":[]}")
    }

    @Test func unknownStageIsAUsageError() throws {
        let run = try CLITests.run(["extract", "--disable", "verbs"], input: [])
        #expect(run.status == 64)
        #expect(run.errors.contains("--disable"))
    }
}
