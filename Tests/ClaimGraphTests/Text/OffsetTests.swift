import Foundation
import Testing
@testable import ClaimGraph

/// Every offset that leaves the library is a code point offset: slicing the
/// original string's Unicode scalars by it gives back the token or sentence.
@Suite struct OffsetTests {
    static let texts = [
        "Launch day 🚀! Meta’s “Behemoth” — delayed. 👍🏽 José Ángel said $72B.",
        "𝐁𝐨𝐥𝐝 math 𝐭𝐞𝐱𝐭 and 😀😀😀 emoji 🇺🇸 flags.\r\nSecond line, CRLF. Third: 東京 ¥3bn.",
        "🚀",
        "Emoji at the end of a sentence 🎉. Next one starts here 🎈",
        "No astral characters at all: “curly” — dashes.",
    ]

    static func scalars(_ text: String, _ range: Range<Int>) -> String {
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }

    func check(_ text: String) throws {
        var document = Document(id: "t", text: text)
        try Segmenter().segment(&document)
        #expect(!document.tokens.isEmpty)
        for token in document.tokens {
            let range = document.codePointRange(token.range)
            #expect(Self.scalars(text, range) == document.text(of: token))
            #expect(document.utf16Offset(codePoint: range.lowerBound) == token.range.lowerBound)
            #expect(document.utf16Offset(codePoint: range.upperBound) == token.range.upperBound)
        }
        for sentence in document.sentences {
            #expect(Self.scalars(text, document.codePointRange(sentence.range)) == document.text(in: sentence.range))
        }
    }

    @Test(arguments: texts)
    func tokensAndSentencesRoundTrip(_ text: String) throws {
        try check(text)
    }

    /// Real articles with astral characters spliced in after every tenth word.
    @Test func realArticlesWithEmojiRoundTrip() throws {
        let url = CaseTable.projectRoot.appendingPathComponent("Corpus/dev/seed-000_55fdc2a4d40c986d.txt")
        let words = try String(contentsOf: url, encoding: .utf8).split(separator: " ", omittingEmptySubsequences: false)
        let spliced = words.enumerated().map { $0.offset % 10 == 9 ? "\($0.element) 🚀𝐁" : String($0.element) }.joined(separator: " ")
        try check(spliced)
    }

    @Test func textWithoutSurrogatesUsesIdentityOffsets() {
        let document = Document(id: "t", text: "Meta’s — “AI”")
        #expect(document.codePointOffset(9) == 9)
        #expect(document.utf16Offset(codePoint: 9) == 9)
    }

    @Test func offsetsAfterAstralCharactersShift() {
        let document = Document(id: "t", text: "🚀 $5 😀 x")
        // "🚀" is two UTF-16 units, one code point.
        #expect(document.codePointOffset(3) == 2)
        #expect(document.codePointOffset(8) == 6)
        #expect(document.utf16Offset(codePoint: 6) == 8)
    }
}
