import Foundation
import Testing
@testable import ClaimGraph

/// A fresh folder under the temporary directory, removed by the caller.
func makeTemporaryFolder(_ files: [String: String]) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("claimgraph-\(UUID().uuidString)")
    for (path, contents) in files {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try contents.write(to: url, atomically: true, encoding: .utf8)
    }
    return folder
}

@Suite struct GoldCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Corpus")

    @Test func shippedCorpusPassesTheCheckAndMeetsItsSizes() throws {
        let gold = try GoldCorpus(contentsOf: Self.corpus.path)
        #expect(gold.problems.map(\.description) == [])
        #expect(gold.documents.count >= 50)
        let mentions = gold.documents.reduce(0) { $0 + $1.entities.filter { EntityLabel.core.contains($0.label) }.count }
        #expect(mentions >= 1500)
        #expect(gold.documents.reduce(0) { $0 + $1.claims.count } >= 250)
        #expect(gold.documents.reduce(0) { $0 + $1.text.split(whereSeparator: \.isWhitespace).count } >= 15000)
        // The guidelines give every MONEY and DATE a value (the reader accepts spans without one).
        #expect(gold.documents.flatMap { document in
            document.entities.filter { ($0.label == .money && $0.money == nil) || ($0.label == .date && $0.date == nil) }
                .map { "\(document.id) \($0.rule)" }
        } == [])
        // News has a publication date, a filing the organization it speaks for.
        #expect(gold.documents.filter { $0.date == nil && $0.organization == nil }.map(\.id) == [])
    }

    @Test func checkReportsEveryKindOfProblemWithFileAndLine() throws {
        let folder = try makeTemporaryFolder([
            "documents.tsv": "name\tsplit\tdate\torg\na\tdev\t1987-03-02\t\nb\tdev\t1987-02-30\tAbbott Laboratories\n",
            "dev/a.txt": "Meta plans to spend up to $72 billion this year.",
            "dev/a.ann": """
                T1\tORG 0 4\tMeta
                T2\tORG 0 10\tMeta plans
                T3\tMONEY 20 37\tup to $72 billion
                #1\tAnnotatorNotes T3\tamount=72 billion currency=USD qualifier=upTo
                T4\tDATE 38 47\tthis yr
                E1\tTrigger:T9 Subject:T1
                T5\tPERSON 0 2;3 4\tMe a
                """,
            "dev/b.txt": "We paid $5.",
            "dev/b.ann": "T1\tMONEY 8 10\t$5\n#1\tAnnotatorNotes T1\tamount=5 currency=US qualifier=exact\n",
            "dev/c.ann": "",
            "dev/d.txt": "",
            "dev/d.ann": "",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let problems = try GoldCorpus(contentsOf: folder.path).problems.map(\.description)
        let a = folder.appendingPathComponent("dev/a.ann").path
        let b = folder.appendingPathComponent("dev/b.ann").path
        let expected = [
            "\(folder.path)/documents.tsv:3: date '1987-02-30' is not YYYY-MM-DD",
            "\(a):2: T2 (0-10) overlaps T1 (0-4) of the same label ORG on line 1",
            "\(a):4: T3: amount '72 billion' is not a plain decimal number",
            "\(a):5: span 38-47 covers 'this year', not 'this yr'",
            "\(a):6: Trigger T9 is not an entity of this file",
            "\(a):7: discontinuous span 'PERSON 0 2;3 4' is not supported",
            "\(b):2: T1: currency 'US' is not a three-letter ISO 4217 code",
            "\(folder.path)/dev/c.txt: ",
            "invalid document 'd': \(folder.path)/documents.tsv has no row for it",
        ]
        #expect(problems.count == expected.count, "\(problems)")
        for (problem, prefix) in zip(problems, expected) {
            #expect(problem.hasPrefix(prefix), "\(problem)")
        }
    }

    @Test func documentsTakeDateAndOrganizationFromTheNearestTable() throws {
        let folder = try makeTemporaryFolder([
            "documents.tsv": "name\tdate\torg\nfiling\t2020-12-31\tAbbott Laboratories\n",
            "dev/deeper/filing.txt": "Revenue was $5 million.",
            "dev/deeper/filing.ann": "",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let gold = try GoldCorpus(contentsOf: folder.appendingPathComponent("dev").path)
        #expect(gold.problems.isEmpty)
        let document = try #require(gold.documents.first)
        #expect(document.id == "filing")
        #expect(document.date == CalendarDate("2020-12-31"))
        #expect(document.organization == "Abbott Laboratories")
    }

    @Test func readsGoldJSONLWithCodePointOffsets() throws {
        let folder = try makeTemporaryFolder([
            "gold.jsonl": """
                {"id": "a", "text": "🚀 Meta said so in May.", "date": "2025-05-15", "org": "Meta", "entities": [{"start": 2, "end": 6, "label": "ORG", "canonical": "Meta"}, {"start": 18, "end": 21, "label": "DATE", "value": {"timex": "2025-05"}}], "claims": [{"subject": "e1", "predicate": "release", "object": null, "time": "e2"}]}
                {"id": "b", "text": "Apple Inc. paid $5.", "entities": [{"start": 0, "end": 5, "label": "ORG"}, {"start": 0, "end": 10, "label": "ORG"}, {"start": 16, "end": 18, "label": "MONEY", "value": {"amount": "5", "currency": "USD"}}]}
                """,
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("gold.jsonl").path
        let gold = try GoldCorpus(contentsOf: path)
        #expect(gold.documents.map(\.id) == ["a", "b"])
        let first = gold.documents[0]
        #expect(first.text(in: first.entities[0].range) == "Meta")
        #expect(first.entities[0].range == 3..<7)
        #expect(first.entities[1].date?.timex == "2025-05")
        #expect(first.claims.first?.subject == 0)
        #expect(first.claims.first?.time == 1)
        #expect(gold.problems.map(\.description) == [
            "\(path):2: entity 3 (MONEY '$5'): MONEY needs qualifier=",
            "\(path):2: ORG 0-10 overlaps 0-5 of the same label",
        ])
    }

    @Test func systemOutputIsMatchedToGoldByID() throws {
        let folder = try makeTemporaryFolder([
            "gold/documents.tsv": "name\tdate\n",
            "gold/one.txt": "🚀 Meta paid $5.",
            "gold/one.ann": "T1\tORG 2 6\tMeta\n",
            "gold/two.txt": "Nothing.",
            "gold/two.ann": "",
            "system.jsonl": """
                {"id": "one.txt", "entities": [{"id": "e7", "label": "ORG", "start": 2, "end": 6, "text": "Meta", "rule": "lexicon.org"}, {"label": "MONEY", "start": 12, "end": 14, "text": "$5"}], "claims": [{"subject": "e7", "predicate": "payment", "object": "e2", "time": null}]}
                {"id": "three", "entities": []}
                """,
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let gold = try GoldCorpus(contentsOf: folder.appendingPathComponent("gold").path)
        let path = folder.appendingPathComponent("system.jsonl").path
        let system = try gold.systemDocuments(fromJSONL: path)
        #expect(system.documents.map(\.id) == ["one", "two"])
        let one = system.documents[0]
        #expect(one.entities.map(\.rule) == ["lexicon.org", "system"])
        #expect(one.text(in: one.entities[1].range) == "$5")
        #expect(one.claims.first?.object == .entity(1))
        #expect(system.documents[1].entities.isEmpty)
        #expect(system.problems.map(\.description) == [
            "\(path):2: id 'three' is not a document of the gold corpus; ignored",
            "invalid system output 'two': \(path) has no record for this gold document; scored as predicting nothing",
        ])
    }
}
