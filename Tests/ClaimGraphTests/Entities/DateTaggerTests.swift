import Foundation
import Testing
@testable import ClaimGraph

/// The DATE stage: the case table Cases/date.tsv, the seed article, values and offsets.
struct DateTaggerTests {
    /// The default pipeline with the date stage alone, so a row tests the DATE rules only.
    static let pipeline: Pipeline? = {
        guard var pipeline = try? Pipeline() else { return nil }
        pipeline.stages = pipeline.stages.filter { $0.name == "date" }
        return pipeline
    }()

    static func dates(in text: String, date: CalendarDate?) throws -> (Document, [Entity]) {
        let document = try #require(pipeline).process(Document(id: "t", text: text, date: date))
        return (document, document.entities.filter { $0.label == .date })
    }

    @Test(arguments: CaseTable.load("date.tsv"))
    func caseRow(_ row: Case) throws {
        let fields = row.fields
        try #require(fields.count >= 2 && fields.count % 2 == 0, "a row is text, date, then span and timex pairs")
        let date = CalendarDate(fields[1])
        try #require(date != nil || fields[1] == "-", "the date must be YYYY-MM-DD or -")
        let (document, entities) = try Self.dates(in: fields[0], date: date)
        let found = entities.map { "\(document.text(in: $0.range)) => \($0.date?.timex ?? "no value")" }
        let expected = stride(from: 2, to: fields.count, by: 2).map { "\(fields[$0]) => \(fields[$0 + 1])" }
        #expect(found == expected)
    }

    @Test func seedArticleDates() throws {
        let url = CaseTable.projectRoot.appendingPathComponent("Corpus/dev/seed-000_55fdc2a4d40c986d.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        let (document, entities) = try Self.dates(in: text, date: CalendarDate("2025-05-15"))
        let thisYear = try #require(entities.first { document.text(in: $0.range) == "this year" })
        #expect(thisYear.date == DateValue(timex: "2025", start: CalendarDate("2025-01-01"), end: CalendarDate("2025-12-31"), grain: .year))
        #expect(thisYear.rule == "date.relative-year")
        let fall = try #require(entities.first { document.text(in: $0.range) == "fall" })
        #expect(fall.date == DateValue(timex: "2025-FA", start: CalendarDate("2025-09-01"), end: CalendarDate("2025-11-30"), grain: .season))
        #expect(fall.rule == "date.season")
        #expect(document.text(in: Int(fall.end)..<Int(fall.end) + 9) == " or later")
    }

    @Test func relativeDatesStayUnresolvedWithoutADocumentDate() throws {
        let (_, entities) = try Self.dates(in: "Anthropic last year said it would ship this fall.", date: nil)
        #expect(entities.map(\.date) == [DateValue(timex: "XXXX", grain: .year), DateValue(timex: "XXXX-FA", grain: .season)])
    }

    @Test func valuesCarryTheirIntervals() throws {
        let text = "Prices doubled in the past six months, early 2023 and the year ended June 30, 2019; over the weekend; fiscal 2025."
        let (document, entities) = try Self.dates(in: text, date: CalendarDate("2025-05-15"))
        let values = Dictionary(uniqueKeysWithValues: entities.map { (document.text(in: $0.range), $0.date) })
        #expect(values["the past six months"] == DateValue(timex: "P6M", start: CalendarDate("2024-11-16"), end: CalendarDate("2025-05-15"), grain: .duration))
        #expect(values["early 2023"] == DateValue(timex: "2023", start: CalendarDate("2023-01-01"), end: CalendarDate("2023-05-01"), grain: .year))
        #expect(values["the year ended June 30, 2019"] == DateValue(timex: "2019", start: CalendarDate("2018-07-01"), end: CalendarDate("2019-06-30"), grain: .year, fiscal: true))
        #expect(values["the weekend"] == DateValue(timex: "2025-W19-WE", start: CalendarDate("2025-05-10"), end: CalendarDate("2025-05-11"), grain: .week))
        #expect(values["fiscal 2025"] == DateValue(timex: "2025", grain: .year, fiscal: true))
    }

    @Test func offsetsAreCodePointsAfterEmoji() throws {
        let (document, entities) = try Self.dates(in: "🚀 Launch slated for fall 2025.", date: CalendarDate("2025-05-15"))
        let entity = try #require(entities.first)
        #expect(entity.range == 21..<30)
        #expect(document.codePointRange(entity.range) == 20..<29)
    }

    @Test func dateStageRunsAfterMoney() throws {
        let names = try Pipeline().stageNames
        let date = try #require(names.firstIndex(of: "date"))
        #expect(names.firstIndex(of: "money").map { $0 < date } ?? true)
    }

    @Test func malformedLexiconLineIsReported() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "january\tmonth\t1\nfebruary\tmonth\tthirteen\n".write(to: folder.appendingPathComponent("dates.tsv"), atomically: true, encoding: .utf8)
        #expect(throws: ClaimGraphError.malformedLexicon(file: folder.appendingPathComponent("dates.tsv").path, line: 2, column: nil,
                                                          reason: "unknown class 'month' or bad value 'thirteen'")) {
            try DateTagger(lexicons: .folder(folder))
        }
    }
}

/// Calendar arithmetic the resolver relies on.
struct CalendarDateArithmeticTests {
    @Test(arguments: ["1970-01-01", "2000-02-29", "1987-03-02", "2025-05-15", "1899-12-31", "2100-03-01"])
    func dayNumbersRoundTrip(_ iso: String) throws {
        let date = try #require(CalendarDate(iso))
        #expect(CalendarDate(dayNumber: date.dayNumber) == date)
        #expect(date.adding(days: 1).dayNumber == date.dayNumber + 1)
    }

    @Test func weekdaysAndISOWeeks() throws {
        #expect(try #require(CalendarDate("2025-05-15")).weekday == 4)
        #expect(try #require(CalendarDate("1987-03-02")).weekday == 1)
        #expect(try #require(CalendarDate("2021-01-01")).isoWeek == (2020, 53))
        #expect(try #require(CalendarDate("2024-12-30")).isoWeek == (2025, 1))
        #expect(try #require(CalendarDate("1987-03-02")).isoWeek == (1987, 10))
    }

    @Test func addingMonthsClampsTheDay() throws {
        #expect(try #require(CalendarDate("2024-01-31")).adding(months: 1) == CalendarDate("2024-02-29"))
        #expect(try #require(CalendarDate("2025-05-15")).adding(months: -6) == CalendarDate("2024-11-15"))
        #expect(try #require(CalendarDate("2025-01-15")).adding(months: -13) == CalendarDate("2023-12-15"))
    }
}
