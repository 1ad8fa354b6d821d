import Foundation
import Testing
@testable import ClaimGraph

/// The claims the seed article (dated 2025-05-15) must give: capex, investment
/// and the delay to the fall, and no claim about "AI", "Behemoth" or an
/// unresolved pronoun. Run on the corpus's gold entities, and on the whole
/// pipeline when the entity taggers are registered.
@Suite struct SeedClaimTests {
    static let seedID = "seed-000_55fdc2a4d40c986d"

    static var goldSeed: Document? { GoldDocuments.dev.first { $0.id == seedID } }

    static func claimLines(_ document: Document) -> [String] {
        document.claims.map { ClaimDescription.describe($0, in: document) }
    }

    static func checkSeed(_ document: Document) {
        let lines = claimLines(document)
        #expect(lines.contains("capex|Meta|72000000000 USD|2025|planned"), "\(lines)")
        #expect(lines.contains("investment|Meta|64000000000 USD|-|asserted"), "\(lines)")
        #expect(lines.contains("delay|Meta|Behemoth|2025-FA orLater|asserted"), "\(lines)")
        let capex = document.claims.first { $0.predicate == "capex" }
        #expect(capex?.qualifiers.amount == .upTo)
        let investment = document.claims.first { $0.predicate == "investment" }
        #expect(investment?.qualifiers.amount == .moreThan)
        #expect(investment?.qualifiers.per == .year)
        let delay = document.claims.first { ClaimDescription.describe($0, in: document).hasPrefix("delay|Meta|Behemoth|2025-FA") }
        if case .entity(let object)? = delay?.object { #expect(document.entities[object].label == .product) }
        for claim in document.claims {
            #expect(claim.subject != nil || claim.impliedSubject != nil)
            if let subject = claim.subject {
                let entity = document.entities[subject]
                #expect(entity.label == .org || entity.label == .person)
                #expect(!["AI", "Behemoth", "it", "its", "they", "we"].contains(entity.canonical ?? document.text(in: entity.range)))
            }
        }
    }

    @Test func seedClaimsOnGoldEntities() throws {
        let gold = try #require(Self.goldSeed)
        var document = GoldDocuments.entitiesOnly(gold)
        try ClaimStage(lexicons: .bundled).process(&document)
        Self.checkSeed(document)
    }

    @Test(.enabled(if: (try? Pipeline())?.stageNames.contains("names") == true, "needs the entity taggers"))
    func seedClaimsThroughThePipeline() throws {
        let gold = try #require(Self.goldSeed)
        let document = try Pipeline().process(GoldDocuments.textOnly(gold))
        Self.checkSeed(document)
    }
}
