import Testing
@testable import ClaimGraph

struct NameTaggerTests {
    var pipeline: Pipeline { NameCaseTests.pipeline }

    func names(_ text: String) throws -> [String] {
        let document = try pipeline.process(Document(id: "t", text: text))
        return document.entities.filter { $0.label == .org || $0.label == .person }.map {
            let range = document.codePointRange($0.range)
            return "\($0.label) \(range.lowerBound)-\(range.upperBound) \(document.text(in: $0.range)) = \($0.canonical ?? "-")"
        }
    }

    @Test func isADefaultStage() {
        #expect(pipeline.stageNames.contains("names"))
    }

    @Test func emptyAndBlankInput() throws {
        #expect(try names("") == [])
        #expect(try names(" \n\r\n ") == [])
    }

    @Test func emojiAndCRLFKeepCodePointOffsets() throws {
        #expect(try names("🚀 Mark Zuckerberg said.\r\nZuckerberg’s Meta rose.")
                == ["PERSON 2-17 Mark Zuckerberg = Mark Zuckerberg", "PERSON 25-35 Zuckerberg = Mark Zuckerberg", "ORG 38-42 Meta = Meta"])
    }

    @Test func shortFormsTakeTheFullNamesCanonical() throws {
        #expect(try names("Jefferies Group Inc said it sold the stake. A Jefferies spokesman declined to comment.")
                == ["ORG 0-19 Jefferies Group Inc = Jefferies Group Inc", "ORG 46-55 Jefferies = Jefferies Group Inc"])
    }

    @Test func acronymsInParenthesesAndLater() throws {
        #expect(try names("The Economic Planning Advisory Council (EPAC) met. EPAC said growth would slow.")
                == ["ORG 4-38 Economic Planning Advisory Council = Economic Planning Advisory Council",
                    "ORG 40-44 EPAC = Economic Planning Advisory Council",
                    "ORG 51-55 EPAC = Economic Planning Advisory Council"])
    }

    @Test func headlineInCapitalsTakesTheBodysNames() throws {
        #expect(try names("REUTERS TO BUY I P SHARP OF CANADA\nReuters Holdings Plc <RTRS.L> agreed to buy <I P Sharp Associates Ltd>.")
                == ["ORG 0-7 REUTERS = Reuters Holdings Plc", "ORG 15-24 I P SHARP = I P Sharp Associates Ltd",
                    "ORG 35-55 Reuters Holdings Plc = Reuters Holdings Plc", "ORG 80-104 I P Sharp Associates Ltd = I P Sharp Associates Ltd"])
    }

    @Test func headlineWordsAloneAreNotNames() throws {
        #expect(try names("DUTCH MONEY MARKET DEBT BARELY CHANGED IN WEEK\nLoans from the Dutch central bank were barely changed.") == [])
    }

    @Test func fordIsTheCompanyUnlessAPersonIsMeant() throws {
        #expect(try names("Ford said sales rose. President Gerald Ford spoke.")
                == ["ORG 0-4 Ford = Ford", "PERSON 32-43 Gerald Ford = Gerald Ford"])
    }
}
