import Foundation
import Testing
@testable import ClaimGraph

/// One row of Cases/money.tsv: a text and the one MONEY it holds, or none.
struct MoneyCase: Sendable, CustomTestStringConvertible {
    var line: Int
    var text: String
    var span: String?
    var value: MoneyValue?
    var date: CalendarDate?

    var testDescription: String { "money.tsv:\(line) \(text.prefix(70))" }

    static let all: [MoneyCase] = load()

    private static func load() -> [MoneyCase] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Cases/money.tsv")
        guard let contents = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var cases = [MoneyCase]()
        for (index, line) in contents.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.isEmpty && !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            precondition(fields.count == 9, "money.tsv:\(index + 1): expected 9 fields")
            func field(_ position: Int) -> String? { fields[position] == "-" ? nil : fields[position] }
            func decimal(_ position: Int) -> Decimal? { field(position).flatMap { Decimal(string: $0) } }
            var value: MoneyValue?
            if field(1) != nil, let amount = decimal(2), let currency = field(3),
               let qualifier = field(4).flatMap(MoneyQualifier.init(rawValue:)) {
                value = MoneyValue(amount: amount, currency: currency, qualifier: qualifier,
                                   min: decimal(6), max: decimal(7), per: field(5).flatMap(RatePeriod.init(rawValue:)))
            }
            cases.append(MoneyCase(line: index + 1, text: unescape(fields[0]), span: field(1), value: value,
                                   date: field(8).flatMap { CalendarDate($0) }))
        }
        return cases
    }

    private static func unescape(_ text: String) -> String {
        var result = ""
        var escaping = false
        for character in text {
            if escaping {
                switch character {
                case "n": result.append("\n")
                case "r": result.append("\r")
                case "t": result.append("\t")
                default: result.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }
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
    }

    @Test(arguments: MoneyCase.all)
    func moneyCase(_ row: MoneyCase) throws {
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
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Corpus/dev/seed-000_55fdc2a4d40c986d.txt")
        let document = try Self.tag(String(contentsOf: url, encoding: .utf8), date: CalendarDate("2025-05-15"))
        let money = Dictionary(uniqueKeysWithValues: document.entities.filter { $0.label == .money }
            .map { (document.text(in: $0.range), $0) })
        #expect(money["up to $72 billion"]?.money == MoneyValue(amount: 72_000_000_000, currency: "USD", qualifier: .upTo))
        #expect(money["up to $72 billion"]?.rule == "money.symbol")
        #expect(money["north of $64 billion a year"]?.money
            == MoneyValue(amount: 64_000_000_000, currency: "USD", qualifier: .moreThan, per: .year))
        #expect(money.count == 3)
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
}
