import Foundation
import Testing
@testable import ClaimGraph

/// The seed article: every mention of the organizations and people its
/// claims need, with the right label and canonical name.
struct SeedArticleNameTests {
    static let text = try! String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../../Corpus/dev/seed-000_55fdc2a4d40c986d.txt").standardized, encoding: .utf8)
    static let document = try! NameCaseTests.pipeline.process(Document(id: "seed", text: text, date: CalendarDate("2025-05-15")))

    var text: String { Self.text }
    var document: Document { Self.document }

    /// Each phrase, the label every mention of it must have, and its canonical name.
    static let mentions: [(phrase: String, label: EntityLabel, canonical: String)] = [
        ("Meta", .org, "Meta"),
        ("OpenAI", .org, "OpenAI"),
        ("Anthropic", .org, "Anthropic"),
        ("Google", .org, "Google"),
        ("DeepSeek", .org, "DeepSeek"),
        ("The Wall Street Journal", .org, "The Wall Street Journal"),
        ("WSJ", .org, "The Wall Street Journal"),
        ("The Journal", .org, "The Wall Street Journal"),
        ("New York University", .org, "New York University"),
        ("Center for Data Science", .org, "Center for Data Science"),
        ("Fundamental AI Research Team", .org, "Fundamental AI Research Team"),
        ("Mark Zuckerberg", .person, "Mark Zuckerberg"),
        ("Zuckerberg", .person, "Mark Zuckerberg"),
        ("Sam Altman", .person, "Sam Altman"),
        ("Ravid Shwartz-Ziv", .person, "Ravid Shwartz-Ziv"),
    ]

    @Test(arguments: mentions.map(\.phrase))
    func everyMentionIsTagged(_ phrase: String) throws {
        let (_, label, canonical) = try #require(Self.mentions.first { $0.phrase == phrase })
        let ranges = occurrences(of: phrase)
        #expect(!ranges.isEmpty)
        for range in ranges {
            let entity = document.entities.first { $0.range == range }
                ?? document.entities.first { $0.start <= range.lowerBound && $0.end >= range.upperBound && $0.label == label }
            #expect(entity?.label == label, "\(phrase) at \(range.lowerBound)")
            #expect(entity?.canonical == canonical, "\(phrase) at \(range.lowerBound)")
        }
    }

    @Test(arguments: ["Behemoth", "Llama", "AI", "LLM", "Capex", "Compute", "GPT-5", "RTZ"])
    func isNeverAName(_ phrase: String) {
        for range in occurrences(of: phrase) {
            let names = document.entities.filter { ($0.label == .org || $0.label == .person) && $0.range == range }
            #expect(names.isEmpty, "\(phrase) at \(range.lowerBound)")
        }
    }

    @Test func behemothIsAProduct() {
        let ranges = occurrences(of: "Behemoth")
        #expect(ranges.count == 10)
        #expect(ranges.allSatisfy { range in document.entities.contains { $0.range == range && $0.label == .product } })
    }

    @Test func facebookParentStandsForMeta() throws {
        let range = try #require(occurrences(of: "The Facebook-parent").first)
        let entity = try #require(document.entities.first { $0.range == range })
        #expect(entity.label == .orgDescription)
        #expect(entity.canonical == "Meta")
    }

    /// The UTF-16 ranges where `phrase` stands as whole words (not inside a longer word).
    private func occurrences(of phrase: String) -> [Range<Int>] {
        let units = Array(text.utf16)
        let needle = Array(phrase.utf16)
        var found = [Range<Int>]()
        var start = 0
        while start + needle.count <= units.count {
            if units[start..<(start + needle.count)].elementsEqual(needle) {
                let before = start == 0 ? 0x20 : units[start - 1]
                let after = start + needle.count == units.count ? 0x20 : units[start + needle.count]
                if !Self.isLetter(before), !Self.isLetter(after) {
                    found.append(start..<(start + needle.count))
                }
            }
            start += 1
        }
        return found
    }

    private static func isLetter(_ unit: UInt16) -> Bool {
        (0x41...0x5A).contains(unit) || (0x61...0x7A).contains(unit) || (0x30...0x39).contains(unit)
    }
}
