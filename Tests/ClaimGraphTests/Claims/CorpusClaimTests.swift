import Foundation
import Testing
@testable import ClaimGraph

/// Claim precision and recall on Corpus/dev under the `evaluate` command's
/// match rule (``Evaluator``), with the gold entities, so that the claim rules
/// are measured apart from the taggers. Set CLAIMGRAPH_CLAIM_ERRORS to list
/// every claim error.
@Suite struct CorpusClaimTests {
    @Test func devClaimScoresWithGoldEntities() throws {
        let stage = try ClaimStage(lexicons: .bundled)
        var evaluator = Evaluator()
        #expect(GoldDocuments.dev.count >= 30)
        for gold in GoldDocuments.dev {
            var system = GoldDocuments.entitiesOnly(gold)
            stage.process(&system)
            evaluator.add(gold: gold, system: system)
        }
        let claims = evaluator.report.claims
        if ProcessInfo.processInfo.environment["CLAIMGRAPH_CLAIM_ERRORS"] != nil {
            for error in evaluator.report.errors where error.label == "claim" {
                print(error.kind.rawValue, error.documentID, error.detail, "[\(error.rule ?? "")]", "«\(error.sentence)»")
            }
        }
        print("claims on Corpus/dev with gold entities: P \(claims.precision ?? 0) R \(claims.recall ?? 0) F1 \(claims.f1 ?? 0)",
              "(\(claims.truePositives) right of \(claims.predicted), \(claims.gold) gold)")
        #expect((claims.f1 ?? 0) >= 0.6)
    }
}
