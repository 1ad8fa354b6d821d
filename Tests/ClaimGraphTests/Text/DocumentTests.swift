import Testing
@testable import ClaimGraph

@Suite struct DocumentTests {
    /// One-, two-, three- and four-byte UTF-8 sequences, at the start, middle and end.
    @Test(arguments: [
        "",
        "plain ASCII text.\r\n",
        "José Ángel — “Meta’s” €72bn ¥3bn 東京",
        "🚀 at the start, 👍🏽 in the middle, and 🇺🇸",
        "𝐁𝐨𝐥𝐝😀é€",
        "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}",
    ])
    func holdsTheTextAsUTF16(_ text: String) {
        let document = Document(id: "d", text: text)
        #expect(document.utf16 == Array(text.utf16))
        #expect(document.text == text)
        let trailing = text.utf16.indices.filter { UTF16.isTrailSurrogate(text.utf16[$0]) }
            .map { Int32(text.utf16.distance(from: text.utf16.startIndex, to: $0)) }
        #expect(document.trailingSurrogates == trailing)
    }
}

@Suite struct CalendarDateTests {
    @Test(arguments: [
        (2025, 5, 15, "2025-05-15"), (1987, 12, 1, "1987-12-01"), (999, 1, 9, "0999-01-09"),
        (0, 2, 29, "0000-02-29"), (10000, 10, 31, "10000-10-31"),
    ])
    func writesISODates(year: Int, month: Int, day: Int, expected: String) throws {
        let date = try #require(CalendarDate(year: year, month: month, day: day))
        #expect(date.description == expected)
        if year <= 9999 { #expect(CalendarDate(expected) == date) }
    }
}
