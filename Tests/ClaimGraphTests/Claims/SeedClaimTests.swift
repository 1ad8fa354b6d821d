import Foundation
import Testing
@testable import ClaimGraph

/// The claims the seed article must give (the acceptance tests), on
/// the corpus's gold entities.
@Suite struct SeedClaimTests {
    static let seed = "seed-000_55fdc2a4d40c986d"

    @Test func seedClaimsOnGoldEntities() throws {
        var document = try BratGold.document(Self.seed)
        try ClaimStage(lexicons: .bundled).process(&document)
        let lines = document.claims.map { ClaimDescription.describe($0, in: document) }
        for line in lines { print(line) }
    }
}
