import Foundation
import Testing
@testable import ClaimGraph

@Suite struct JSONWriterTests {
    @Test func escapesQuotesBackslashesAndControlCharacters() {
        var json = JSONWriter()
        json.beginObject()
        json.string("say \"hi\"\\ \n\t\r\u{8}\u{C}\u{1}", key: "a")
        json.endObject()
        #expect(json.string == #"{"a":"say \"hi\"\\ \n\t\r\b\f\u0001"}"#)
    }

    @Test func writesNonASCIIAsUTF8() {
        var json = JSONWriter()
        json.string("José — “Meta’s” 🚀")
        #expect(json.string == "\"José — “Meta’s” 🚀\"")
    }

    @Test func replacesLoneSurrogatesFromUTF16Slices() {
        var json = JSONWriter()
        let units: [UInt16] = [0x61, 0xD83D, 0x62, 0xDE80, 0x22]
        json.string(utf16: units[...])
        #expect(json.string == "\"a\u{FFFD}b\u{FFFD}\\\"\"")
    }

    @Test func nestsArraysAndObjectsWithCommas() {
        var json = JSONWriter()
        json.beginObject()
        json.number(1, key: "n")
        json.beginArray("xs")
        json.number(-20)
        json.bool(true)
        json.null()
        json.beginObject()
        json.endObject()
        json.endArray()
        json.number(literal: "0.34", key: "amount")
        json.endObject()
        #expect(json.string == #"{"n":1,"xs":[-20,true,null,{}],"amount":0.34}"#)
    }

    /// Strings are checked eight bytes at a time: an escape must be found
    /// at any offset, in any word, among non-ASCII bytes too.
    @Test(arguments: ["\"", "\\", "\n", "\u{1}", "\u{1F}"])
    func escapesAtEveryOffsetOfLongStrings(_ special: String) throws {
        for offset in 0..<20 {
            let value = String(repeating: "ab", count: offset / 2) + (offset % 2 == 1 ? "é" : "") + special + "— tail of several words"
            var json = JSONWriter()
            json.beginObject()
            json.string(value, key: "k")
            json.endObject()
            let object = try JSONSerialization.jsonObject(with: Data(json.bytes)) as? [String: String]
            #expect(object?["k"] == value)
            #expect(try JSONValue.parse(json.bytes)["k"]?.stringValue == value)
        }
    }

    @Test func outputParsesBackWithFoundation() throws {
        var json = JSONWriter()
        json.beginObject()
        json.string("line\nbreak \u{7F} \u{0} “q”", key: "text")
        json.endObject()
        let object = try JSONSerialization.jsonObject(with: Data(json.bytes)) as? [String: String]
        #expect(object?["text"] == "line\nbreak \u{7F} \u{0} “q”")
    }
}

@Suite struct JSONValueTests {
    @Test func parsesDocumentsAndKeepsNumberLiterals() throws {
        let value = try JSONValue.parse(Array(#"{"id": 7, "text": "caf\u00e9 \ud83d\ude80", "xs": [1.50, true, null], "amount": 4.0675}"#.utf8))
        #expect(value["id"]?.intValue == 7)
        #expect(value["text"]?.stringValue == "café 🚀")
        #expect(value["xs"] == .array([.number("1.50"), .bool(true), .null]))
        #expect(value["amount"] == .number("4.0675"))
    }

    @Test(arguments: [
        (#"{"id": 1,, "text": "x"}"#, 10),
        (#"{"id": 1 "text": "x"}"#, 10),
        (#"{"text": "unterminated}"#, 24),
        (#"[1, 2"#, 6),
        (#"{"text": "x"} trailing"#, 15),
        ("{\"text\": \"tab\tinside\"}", 14),
        ("{\"text\": \"é\", oops}", 15),
    ])
    func reportsTheColumnOfSyntaxErrors(_ input: String, _ column: Int) {
        #expect(throws: JSONValue.SyntaxError.self) { try JSONValue.parse(Array(input.utf8)) }
        do {
            _ = try JSONValue.parse(Array(input.utf8))
        } catch {
            #expect(error.column == column, "\(input): \(error.reason)")
        }
    }

    @Test func reportsInvalidUTF8InsideStrings() {
        let bytes: [UInt8] = Array(#"{"text": "ab"#.utf8) + [0xFF] + Array(#""}"#.utf8)
        do {
            _ = try JSONValue.parse(bytes)
            Issue.record("invalid UTF-8 was accepted")
        } catch {
            #expect(error.reason.contains("invalid UTF-8"))
            #expect(error.column == 13)
        }
    }

    @Test(arguments: [
        (#""a\nb\tc\"d\\e\/f\b\f\r""#, "a\nb\tc\"d\\e/f\u{8}\u{C}\r"),
        (#""\u00e9t\u00E9 \ud83d\ude80!""#, "été 🚀!"),
        (#""lone \ud800 high""#, "lone \u{FFFD} high"),
        (#""lone \udc00 low""#, "lone \u{FFFD} low"),
        (#""high then high \ud83d\ud83d\ude80""#, "high then high \u{FFFD}🚀"),
        (#""high then letter \ud83d\u0041""#, "high then letter \u{FFFD}A"),
        (#""Zoë said \"€72\"\n""#, "Zoë said \"€72\"\n"),
        (#""""#, ""),
    ])
    func decodesEscapes(_ json: String, _ expected: String) throws {
        #expect(try JSONValue.parse(Array(json.utf8)) == .string(expected))
    }

    @Test func reportsInvalidUTF8AfterAnEscape() {
        let bytes: [UInt8] = Array(#"{"text": "a\nb"#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)
        do {
            _ = try JSONValue.parse(bytes)
            Issue.record("invalid UTF-8 was accepted")
        } catch {
            #expect(error.reason == "invalid UTF-8 at byte 15")
            #expect(error.column == 15)
        }
    }
}

@Suite struct JSONWriterNumberTests {
    @Test(arguments: [0, 7, 10, 99, 1_000_000, -1, -250, Int.max, Int.min])
    func writesIntegers(_ value: Int) {
        var json = JSONWriter()
        json.number(value)
        #expect(json.string == String(value))
    }

    @Test func writesUTF16SlicesWithEscapesAndAstralCharacters() {
        var json = JSONWriter()
        let text = "“Q” \"x\"\\\n\u{1} é 🚀 end"
        json.string(utf16: Array(text.utf16)[...])
        #expect(json.string == "\"“Q” \\\"x\\\"\\\\\\n\\u0001 é 🚀 end\"")
    }
}
