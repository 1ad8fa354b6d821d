import Foundation
@testable import ClaimGraph

/// The hand-labeled corpus, read once for the claim tests.
enum GoldDocuments {
    /// The repository's Corpus folder, found from this file's path.
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Corpus")

    /// The documents of Corpus/dev with their gold entities and claims.
    static let dev: [Document] = {
        (try? GoldCorpus(contentsOf: corpus.appendingPathComponent("dev").path).documents) ?? []
    }()

    /// A gold document with its gold entities but no claims, ready for the claim stage.
    static func entitiesOnly(_ document: Document) -> Document {
        var copy = document
        copy.claims = []
        return copy
    }

    /// The plain text of a gold document, with its date and organization, for the whole pipeline.
    static func textOnly(_ document: Document) -> Document {
        Document(id: document.id, text: document.text, date: document.date, organization: document.organization)
    }
}
