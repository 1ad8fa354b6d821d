import Foundation
import Testing
@testable import ClaimGraph

struct GazetteerTests {
    let segmenter = try! Segmenter()

    func segmented(_ text: String) -> Document {
        var document = Document(id: "g", text: text)
        segmenter.segment(&document)
        return document
    }

    func found(_ gazetteer: Gazetteer, in text: String) -> [String] {
        let document = segmented(text)
        return gazetteer.matches(in: document).map { "\($0.entry.label?.rawValue ?? "none") \(document.text(in: $0.range))" }
    }

    @Test func labelsGroupedAsInNaturalLanguage() throws {
        let gazetteer = try Gazetteer([EntityLabel("DRUG"): ["aspirin", "Lipitor"], .org: ["Pfizer"]])
        #expect(found(gazetteer, in: "Pfizer sells Lipitor; ASPIRIN is older.") == ["ORG Pfizer", "DRUG Lipitor", "DRUG ASPIRIN"])
    }

    @Test func capitalizedWordsMatchThemselvesOrCapitals() throws {
        let gazetteer = try Gazetteer([.org: ["Acme"]])
        #expect(found(gazetteer, in: "Acme and ACME, not acme.") == ["ORG Acme", "ORG ACME"])
    }

    @Test func possessiveEndingIsLeftOut() throws {
        let gazetteer = try Gazetteer([.org: ["Meta"]])
        #expect(found(gazetteer, in: "Meta’s plan and Meta's model") == ["ORG Meta", "ORG Meta"])
    }

    @Test func abbreviationPeriodIsOptional() throws {
        let gazetteer = try Gazetteer([.org: ["Meta Platforms Inc"]])
        #expect(found(gazetteer, in: "Meta Platforms Inc. said so.") == ["ORG Meta Platforms Inc."])
    }

    @Test func longestMatchWins() throws {
        let gazetteer = try Gazetteer([.org: ["New York Times", "Times"], EntityLabel("GPE"): ["New York"]])
        #expect(found(gazetteer, in: "The New York Times and New York.") == ["ORG New York Times", "GPE New York"])
    }

    @Test func hyphenatedAndAccentedNames() throws {
        let gazetteer = try Gazetteer([.person: ["Ravid Shwartz-Ziv", "François Mitterrand"]])
        #expect(found(gazetteer, in: "Ravid Shwartz-Ziv met François Mitterrand’s aide.")
                == ["PERSON Ravid Shwartz-Ziv", "PERSON François Mitterrand"])
    }

    @Test func laterEntryReplacesEarlier() throws {
        var gazetteer = try Gazetteer(entries: [.init(phrase: "Apple", label: .org, canonical: "Apple Inc")])
        try gazetteer.add([.init(phrase: "Apple", label: .product)])
        #expect(gazetteer.entries.count == 1)
        #expect(found(gazetteer, in: "Apple rose.") == ["PRODUCT Apple"])
    }

    @Test func readsFilesAndNamesBadLines() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gazetteer-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let good = directory.appendingPathComponent("good.tsv")
        try "# mine\nAcme Widgets\tORG\tAcme\r\nFord\tnone\n".write(to: good, atomically: true, encoding: .utf8)
        let gazetteer = try Gazetteer(contentsOf: good)
        #expect(gazetteer.entries == [.init(phrase: "Acme Widgets", label: .org, canonical: "Acme"), .init(phrase: "Ford", label: nil)])

        let missingLabel = directory.appendingPathComponent("missing.tsv")
        try "Acme\tORG\nJust a name\n".write(to: missingLabel, atomically: true, encoding: .utf8)
        #expect(throws: ClaimGraphError.malformedLexicon(file: missingLabel.path, line: 2, column: nil,
                                                         reason: "expected 2 to 3 tab-separated fields, found 1")) {
            try Gazetteer(contentsOf: missingLabel)
        }
        let badLabel = directory.appendingPathComponent("label.tsv")
        try "Acme\tORG\nBeta\tORG!\n".write(to: badLabel, atomically: true, encoding: .utf8)
        #expect(throws: ClaimGraphError.malformedLexicon(file: badLabel.path, line: 2, column: 6,
                                                         reason: "the label 'ORG!' is not a word such as ORG, PERSON or none")) {
            try Gazetteer(contentsOf: badLabel)
        }
    }

    @Test func pipelineTakesTheUsersEntries() throws {
        let mine = try Gazetteer(entries: [
            .init(phrase: "Acme Widgets", label: .org, canonical: "Acme"),
            .init(phrase: "Meta", label: nil),
            .init(phrase: "aspirin", label: EntityLabel("DRUG")),
        ])
        let pipeline = try Pipeline(gazetteers: [mine])
        let document = try pipeline.process(Document(id: "u", text: "Acme Widgets and Meta sell aspirin. Acme Widgets said so."))
        let tagged = document.entities.map { "\($0.label) \(document.text(in: $0.range)) \($0.canonical ?? "-") \($0.rule)" }
        #expect(tagged == ["ORG Acme Widgets Acme gazetteer.org", "DRUG aspirin aspirin gazetteer.drug", "ORG Acme Widgets Acme gazetteer.org"])
    }
}
