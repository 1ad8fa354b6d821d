import Foundation
import Testing
@testable import ClaimGraph

/// The claim graph's DOT and JSON output.
@Suite struct ClaimNetworkFormatTests {
    static func seedGraph() throws -> ClaimNetwork {
        let (text, entities) = HandEntities.parse("[[Meta|ORG]] plans to spend [[up to $72 billion|MONEY|72000000000 USD upTo]] in capital expenditures [[this year|DATE|2025]]. “[[Meta|ORG]] is delaying the release of its “[[Behemoth|PRODUCT]]” AI model.”")
        var document = try HandEntities.document(id: "seed \"1\"", text: text, entities: entities, date: CalendarDate("2025-05-15"))
        try ClaimStage(lexicons: .bundled).process(&document)
        var graph = ClaimNetwork()
        graph.add(document)
        return graph
    }

    @Test func dotHasNodesEdgesAndEscapedTooltips() throws {
        let dot = try Self.seedGraph().dot()
        #expect(dot.hasPrefix("digraph claims {"))
        #expect(dot.contains("n1 [label=\"Meta\", shape=box"))
        #expect(dot.contains("n2 [label=\"Behemoth\", shape=folder"))
        #expect(dot.contains("[label=\"≤ $72B\", shape=note"))
        #expect(dot.contains("label=\"capex · 2025 (planned)\""))
        #expect(dot.contains("n1 -> n2 [label=\"delay\""))
        #expect(dot.contains("[seed \\\"1\\\"]"))
        #expect(dot.hasSuffix("}\n"))
    }

    @Test func amountsReadShort() {
        #expect(ClaimNetwork.display(MoneyValue(amount: 64_000_000_000, currency: "USD", qualifier: .moreThan, per: .year), qualifiers: ClaimQualifiers()) == "> $64B / year")
        #expect(ClaimNetwork.display(MoneyValue(amount: 1_163_000_000, currency: "USD"), qualifiers: ClaimQualifiers()) == "$1.163B")
        #expect(ClaimNetwork.display(MoneyValue(amount: 60_000_000_000, currency: "USD", qualifier: .range, min: 60_000_000_000, max: 65_000_000_000), qualifiers: ClaimQualifiers()) == "$60B–$65B")
        #expect(ClaimNetwork.display(MoneyValue(amount: Decimal(string: "0.34")!, currency: "CHF"), qualifiers: ClaimQualifiers(perShare: true)) == "0.34 CHF / share")
    }

    @Test func jsonIsValidAndNamesEverything() throws {
        var json = JSONWriter()
        try Self.seedGraph().writeJSON(to: &json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.bytes)) as? [String: Any])
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        let edges = try #require(object["edges"] as? [[String: Any]])
        #expect(nodes.map { $0["name"] as? String } == ["Meta", "Behemoth"])
        let capex = try #require(edges.first { $0["predicate"] as? String == "capex" })
        let value = try #require(capex["object"] as? [String: Any])
        #expect(value["currency"] as? String == "USD")
        #expect(value["qualifier"] as? String == "upTo")
        #expect(capex["period"] as? String == "2025")
        #expect(capex["modality"] as? String == "planned")
        let evidence = try #require((capex["evidence"] as? [[String: Any]])?.first)
        #expect(evidence["trigger"] as? String == "capital expenditures")
        #expect(evidence["document"] as? String == "seed \"1\"")
    }
}
