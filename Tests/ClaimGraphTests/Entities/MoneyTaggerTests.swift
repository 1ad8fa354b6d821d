import Foundation
import Testing
@testable import ClaimGraph

/// One row of Cases/money.tsv: a text and the one MONEY it holds, or none.
struct MoneyCase: Sendable, CustomTestStringConvertible {
    var row: Case
    var text: String { row.fields[0] }
    var span: String? { field(1) }
    var date: CalendarDate? { field(8).flatMap { CalendarDate($0) } }
    var value: MoneyValue? {
        guard span != nil, let amount = decimal(2), let currency = field(3),
              let qualifier = field(4).flatMap(MoneyQualifier.init(rawValue:)) else { return nil }
        return MoneyValue(amount: amount, currency: currency, qualifier: qualifier,
                          min: decimal(6), max: decimal(7), per: field(5).flatMap(RatePeriod.init(rawValue:)))
    }

    var testDescription: String { row.testDescription }

    static let all = CaseTable.load("money.tsv").map(MoneyCase.init(row:))

    private func field(_ position: Int) -> String? {
        position < row.fields.count && row.fields[position] != "-" ? row.fields[position] : nil
    }

    private func decimal(_ position: Int) -> Decimal? { field(position).flatMap { Decimal(string: $0) } }
}

@Suite struct MoneyTaggerTests {
    static let tagger = Result { try MoneyTagger() }

    static func tag(_ text: String, date: CalendarDate? = nil) throws -> Document {
        var document = Document(id: "case", text: text, date: date)
        try Segmenter().segment(&document)
        try tagger.get().process(&document)
        return document
    }

    @Test func caseTableHoldsEnoughCases() {
        #expect(MoneyCase.all.count >= 150)
        #expect(MoneyCase.all.contains { $0.span == nil })
        #expect(MoneyCase.all.filter { $0.row.source != "E" }.count >= 150)
    }

    @Test(arguments: MoneyCase.all)
    func moneyCase(_ row: MoneyCase) throws {
        try #require(row.row.fields.count == 9, "expected 9 fields after the source")
        let document = try Self.tag(row.text, date: row.date)
        let found = document.entities.filter { $0.label == .money }
        let texts = found.map { document.text(in: $0.range) }
        guard let span = row.span else {
            #expect(found.isEmpty, "expected no MONEY, found \(texts)")
            return
        }
        try #require(found.count == 1, "expected only \"\(span)\", found \(texts)")
        #expect(texts[0] == span)
        #expect(found[0].money == row.value)
    }

    @Test func seedArticleCapexFigures() throws {
        let url = CaseTable.projectRoot.appendingPathComponent("Corpus/dev/seed-000_55fdc2a4d40c986d.txt")
        let document = try Self.tag(String(contentsOf: url, encoding: .utf8), date: CalendarDate("2025-05-15"))
        let money = Dictionary(uniqueKeysWithValues: document.entities.filter { $0.label == .money }
            .map { (document.text(in: $0.range), $0) })
        #expect(money["up to $72 billion"]?.money == MoneyValue(amount: 72_000_000_000, currency: "USD", qualifier: .upTo))
        #expect(money["up to $72 billion"]?.rule == "money.symbol")
        #expect(money["north of $64 billion a year"]?.money
            == MoneyValue(amount: 64_000_000_000, currency: "USD", qualifier: .moreThan, per: .year))
        #expect(money.count == 3)
    }

    @Test func namedCurrencyCarriesToLaterBareWords() throws {
        let text = "The bank reported its results.\nIt lent 2 mln francs.\nIt earned 905 mln Swiss francs.\nIt spent 1.06 billion francs."
        let document = try Self.tag(text, date: CalendarDate("1987-03-02"))
        #expect(document.entities.map { document.text(in: $0.range) } == ["2 mln francs", "905 mln Swiss francs", "1.06 billion francs"])
        #expect(document.entities.map { $0.money?.currency } == ["FRF", "CHF", "CHF"])
    }

    @Test func offsetsCountCodePointsAfterEmoji() throws {
        let document = try Self.tag("🚀🚀 raised $50k")
        let entity = try #require(document.entities.first)
        #expect(document.codePointRange(entity.range) == 10..<14)
    }

    @Test func moneyIsTheFirstDefaultStage() throws {
        #expect(try Pipeline().stageNames.first == "money")
    }

    @Test func malformedLexiconNamesFileAndLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("money-lexicon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in LexiconDirectory.bundled.fileNames {
            var text = try LexiconDirectory.bundled.table(name).rows.map { $0.fields.joined(separator: "\t") }.joined(separator: "\n")
            if name == "money-currencies.tsv" { text = "$\tprefix\tUSD\t1\tsymbol\ndlrs\tsuffix\tdoubloon\t1\treuters-unit" }
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        #expect {
            try MoneyTagger(lexicons: .folder(folder))
        } throws: { error in
            guard case let .malformedLexicon(file, line, _, _)? = error as? ClaimGraphError else { return false }
            return file.hasSuffix("money-currencies.tsv") && line == 2
        }
    }

    /// JSON output writes amounts by hand; the text must stay what `Decimal.description` gives.
    @Test func amountLiteralsMatchDecimalDescription() {
        var values: [Decimal] = [0, .nan, Decimal(3) / Decimal(4), Decimal(1) / Decimal(3) + 35, -Decimal(1) / Decimal(7)]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let significand = UInt64.random(in: 0...UInt64.max, using: &generator) >> UInt64.random(in: 0...63, using: &generator)
            let exponent = Int.random(in: -30...30, using: &generator)
            values.append(Decimal(sign: Bool.random(using: &generator) ? .plus : .minus, exponent: exponent,
                                  significand: Decimal(significand)))
        }
        for value in values {
            #expect(MoneyValue.literal(value) == value.description)
        }
    }
}
