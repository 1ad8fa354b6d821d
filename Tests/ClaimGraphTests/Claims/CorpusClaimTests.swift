import Foundation
import Testing
@testable import ClaimGraph

/// Claim precision and recall on Corpus/dev with the gold entities, so that
/// the claim rules are measured apart from the taggers. A claim matches a gold
/// claim with the same subject (canonical name; the document's organization
/// when the text leaves it out), predicate and object (amount and currency, or
/// the entity's canonical name); each gold claim matches once.
@Suite struct CorpusClaimTests {
    struct Key: Hashable, CustomStringConvertible {
        var subject: String
        var predicate: String
        var object: String
        var description: String { predicate + "(" + subject + " -> " + object + ")" }
    }

    static func goldClaims(_ name: String, document: Document) throws -> [Key] {
        let annotations = try String(contentsOf: BratGold.corpus.appendingPathComponent("dev/\(name).ann"), encoding: .utf8)
        var spans: [String: (label: String, text: String)] = [:]
        var canonical: [String: String] = [:]
        var amounts: [String: String] = [:]
        var events: [String: [String: String]] = [:]
        var predicates: [String: String] = [:]
        for line in annotations.split(separator: "\n") {
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count >= 2 else { continue }
            if line.hasPrefix("T"), fields.count >= 3 {
                spans[fields[0]] = (String(fields[1].split(separator: " ")[0]), fields[2])
            } else if line.hasPrefix("#"), fields.count >= 3 {
                let target = String(fields[1].split(separator: " ").last ?? "")
                if fields[2].hasPrefix("canonical=") { canonical[target] = String(fields[2].dropFirst(10)) }
                let pairs = Dictionary(fields[2].split(separator: " ").compactMap { pair -> (String, String)? in
                    let parts = pair.split(separator: "=", maxSplits: 1)
                    return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
                }, uniquingKeysWith: { first, _ in first })
                if let amount = pairs["amount"], let currency = pairs["currency"] {
                    amounts[target] = "\(Decimal(string: amount) ?? 0) \(currency)"
                }
            } else if line.hasPrefix("E") {
                events[fields[0]] = Dictionary(fields[1].split(separator: " ").compactMap { role -> (String, String)? in
                    let parts = role.split(separator: ":")
                    return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
                }, uniquingKeysWith: { first, _ in first })
            } else if line.hasPrefix("A") {
                let parts = fields[1].split(separator: " ").map(String.init)
                if parts.count == 3, parts[0] == "Predicate" { predicates[parts[1]] = parts[2] }
            }
        }
        let spanNames = spans.mapValues(\.text).merging(canonical) { _, new in new }.merging(amounts) { _, new in new }
        return events.compactMap { id, roles in
            guard let predicate = predicates[id] else { return nil }
            let subject = roles["Subject"].flatMap { spanNames[$0] } ?? document.organization ?? "-"
            return Key(subject: subject, predicate: predicate, object: roles["Object"].flatMap { spanNames[$0] } ?? "-")
        }
    }

    static func systemClaims(_ document: Document) -> [Key] {
        document.claims.map { claim in
            let object: String
            if case .entity(let index)? = claim.object { object = entityName(index, in: document) } else { object = "-" }
            let subject = claim.subject.map { entityName($0, in: document) } ?? claim.impliedSubject ?? "-"
            return Key(subject: subject, predicate: claim.predicate, object: object)
        }
    }

    static func entityName(_ index: Int, in document: Document) -> String {
        let entity = document.entities[index]
        if let money = entity.money { return "\(money.amount) \(money.currency)" }
        return entity.canonical ?? document.text(in: entity.range)
    }

    static func devNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: BratGold.corpus.appendingPathComponent("dev").path)
            .filter { $0.hasSuffix(".ann") }.map { String($0.dropLast(4)) }.sorted()
    }

    @Test func devClaimScoresWithGoldEntities() throws {
        let stage = try ClaimStage(lexicons: .bundled)
        var truePositives = 0, systemCount = 0, goldCount = 0
        let verbose = ProcessInfo.processInfo.environment["CLAIMGRAPH_CLAIM_ERRORS"] != nil
        for name in try Self.devNames() {
            var document = try BratGold.document(name)
            stage.process(&document)
            var gold = try Self.goldClaims(name, document: document)
            let system = Self.systemClaims(document)
            if ProcessInfo.processInfo.environment["CLAIMGRAPH_CLAIM_DOC"] == name {
                for claim in document.claims { print("SYS", ClaimDescription.describe(claim, in: document), claim.rule) }
            }
            goldCount += gold.count
            systemCount += system.count
            for (index, claim) in system.enumerated() {
                if let match = gold.firstIndex(of: claim) {
                    gold.remove(at: match)
                    truePositives += 1
                } else if verbose {
                    let sentence = document.sentences[document.claims[index].sentence]
                    print("FP \(name): \(claim) [\(document.claims[index].rule)] «\(document.text(in: sentence.range))»")
                }
            }
            if verbose { for claim in gold { print("FN \(name): \(claim)") } }
        }
        let precision = Double(truePositives) / Double(max(systemCount, 1))
        let recall = Double(truePositives) / Double(max(goldCount, 1))
        let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        print("claims on Corpus/dev with gold entities: P \(precision) R \(recall) F1 \(f1) (\(truePositives) of \(systemCount) system, \(goldCount) gold)")
        #expect(f1 >= 0.3)
    }
}
