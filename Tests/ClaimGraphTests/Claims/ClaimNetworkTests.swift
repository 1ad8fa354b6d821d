import Foundation
import Testing
@testable import ClaimGraph

/// The claim graph: merging claims over documents, conflicts, neighborhoods.
@Suite struct ClaimNetworkTests {
    static func document(_ id: String, _ marked: String, date: String = "1987-03-02") throws -> Document {
        let (text, entities) = HandEntities.parse(marked)
        var document = try HandEntities.document(id: id, text: text, entities: entities, date: CalendarDate(date))
        try ClaimStage(lexicons: .bundled).process(&document)
        return document
    }

    @Test func sameClaimInTwoDocumentsIsOneEdgeWithTwoPiecesOfEvidence() throws {
        var graph = ClaimNetwork()
        graph.add(try Self.document("a", "[[Montedison|ORG]] has agreed to acquire [[Antibioticos|ORG]] for [[500 billion lire|MONEY|500000000000 ITL]]."))
        graph.add(try Self.document("b", "Italy's [[Montedison|ORG]] has agreed to acquire [[Antibioticos|ORG]] for [[500 billion lire|MONEY|500000000000 ITL]]."))
        #expect(graph.nodes.map(\.name) == ["Montedison", "Antibioticos"])
        #expect(graph.nodes[0].documents == ["a", "b"])
        let acquisition = try #require(graph.edges.first { $0.predicate == "acquisition" })
        #expect(acquisition.object == .node(1))
        #expect(acquisition.evidence.map(\.document) == ["a", "b"])
        #expect(graph.edges.count == 2)
        #expect(graph.edges.allSatisfy { !$0.isConflicting })
    }

    @Test func differentAmountsForOneSubjectPredicateAndPeriodAreKeptAndFlagged() throws {
        var graph = ClaimNetwork()
        graph.add(try Self.document("a", "[[Meta|ORG]] plans to spend [[up to $72 billion|MONEY|72000000000 USD upTo]] in capital expenditures [[this year|DATE|2025]].", date: "2025-05-15"))
        graph.add(try Self.document("b", "[[Meta|ORG]] plans to spend [[$65 billion|MONEY|65000000000 USD]] in capital expenditures [[this year|DATE|2025]].", date: "2025-01-24"))
        graph.add(try Self.document("c", "[[Meta|ORG]] spent [[$39 billion|MONEY|39000000000 USD]] in capital expenditures in [[2024|DATE|2024]].", date: "2025-01-24"))
        let capex = graph.edges.filter { $0.predicate == "capex" }
        #expect(capex.count == 3)
        #expect(capex.filter(\.isConflicting).map(\.period) == ["2025", "2025"])
        #expect(capex.first { $0.period == "2024" }?.isConflicting == false)
    }

    @Test func neighborhoodKeepsOneNodeAndItsEdges() throws {
        var graph = ClaimNetwork()
        graph.add(try Self.document("a", "[[Montedison|ORG]] has agreed to acquire [[Antibioticos|ORG]] for [[500 billion lire|MONEY|500000000000 ITL]]. [[Loral|ORG]] said it planned to acquire [[Goodyear Aerospace Corp|ORG]] for [[640 mln dlrs|MONEY|640000000 USD]]."))
        let around = graph.neighborhood(of: "goodyear aerospace corp")
        #expect(around.nodes.map(\.name).sorted() == ["Goodyear Aerospace Corp", "Loral"])
        #expect(around.edges.map(\.predicate) == ["acquisition"])
        #expect(graph.neighborhood(of: "Nobody").edges.isEmpty)
    }

    @Test func impliedSubjectsBecomeOrganizationNodes() throws {
        let (text, entities) = HandEntities.parse("In [[2019|DATE|2019]], we recorded severance costs of [[$359 million|MONEY|359000000 USD]].")
        var document = try HandEntities.document(id: "cmcsa", text: text, entities: entities, organization: "Comcast")
        try ClaimStage(lexicons: .bundled).process(&document)
        var graph = ClaimNetwork()
        graph.add(document)
        #expect(graph.nodes.map(\.name) == ["Comcast"])
        #expect(graph.nodes.first?.label == .org)
        #expect(graph.edges.first?.period == "2019")
    }

    @Test func lowConfidenceEdgesCanBeLeftOut() throws {
        var graph = ClaimNetwork()
        graph.add(try Self.document("a", "[[Montedison|ORG]] has agreed to acquire [[Antibioticos|ORG]] for [[500 billion lire|MONEY|500000000000 ITL]]."))
        #expect(graph.filtered(minimumConfidence: 0).edges.count == 2)
        #expect(graph.filtered(minimumConfidence: 1.01).edges.isEmpty)
    }
}
