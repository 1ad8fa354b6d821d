import Foundation
import Testing
@testable import ClaimGraph

@Suite struct BratReaderTests {
    static let text = "Meta plans to spend up to $72 billion this year, Mark Zuckerberg said. 🚀 Apple Inc. agreed."

    func read(_ annotations: String, text: String = Self.text) -> BratReader {
        BratReader(text: text, annotations: annotations, source: "x.ann", id: "x")
    }

    @Test func readsEntitiesValuesAndClaims() throws {
        let reader = read("""
            T1\tORG 0 4\tMeta
            #1\tAnnotatorNotes T1\tcanonical=Meta Platforms
            T2\tMONEY 20 37\tup to $72 billion
            #2\tAnnotatorNotes T2\tamount=72000000000 currency=USD qualifier=upTo
            T3\tDATE 38 47\tthis year
            #3\tAnnotatorNotes T3\ttimex=2025 fiscal=yes
            T4\tTrigger 14 19\tspend
            T5\tPERSON 49 64\tMark Zuckerberg
            E1\tTrigger:T4 Subject:T1 Object:T2 Time:T3
            A1\tPredicate E1 capex
            A2\tModality E1 planned
            A3\tNegated E1
            T6\tORG 73 83\tApple Inc.
            """)
        #expect(reader.problems.isEmpty)
        let document = reader.document
        #expect(document.entities.map(\.label) == [.org, .money, .date, .person, .org])
        #expect(document.entities[0].canonical == "Meta Platforms")
        #expect(document.entities[1].money == MoneyValue(amount: Decimal(72_000_000_000), currency: "USD", qualifier: .upTo))
        #expect(document.entities[2].date == DateValue(timex: "2025", grain: .year, fiscal: true))
        #expect(document.entities.map(\.rule) == ["T1", "T2", "T3", "T5", "T6"])
        // After the rocket (two UTF-16 code units), UTF-16 offsets are one more than code point offsets.
        #expect(document.entities[4].range == 74..<84)
        #expect(document.text(in: document.entities[4].range) == "Apple Inc.")
        let claim = try #require(document.claims.first)
        #expect(claim.subject == 0 && claim.object == .entity(1) && claim.time == 2)
        #expect(claim.predicate == "capex" && claim.modality == .planned && claim.negated)
        #expect(claim.rule == "E1")
        #expect(document.text(in: Int(claim.trigger.lowerBound)..<Int(claim.trigger.upperBound)) == "spend")
    }

    @Test func acceptsCRLFLinesAndNotesBeforeTheirEntity() {
        let reader = read("#1\tAnnotatorNotes T1\tcanonical=Meta\r\nT1\tORG 0 4\tMeta\r\n")
        #expect(reader.problems.isEmpty)
        #expect(reader.document.entities.first?.canonical == "Meta")
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var annotations: String
        var line: Int
        var message: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "discontinuous span", annotations: "T1\tORG 0 2;3 4\tMe a", line: 1, message: "discontinuous span"),
        Case(name: "span past the text", annotations: "T1\tORG 90 200\tx", line: 1, message: "not inside the text"),
        Case(name: "start after end", annotations: "T1\tORG 4 0\tMeta", line: 1, message: "not inside the text"),
        Case(name: "text differs from the span", annotations: "T1\tORG 0 4\tMeat", line: 1, message: "covers 'Meta', not 'Meat'"),
        Case(name: "missing text field", annotations: "T1\tORG 0 4", line: 1, message: "three tab-separated fields"),
        Case(name: "offsets not numbers", annotations: "T1\tORG zero 4\tMeta", line: 1, message: "expected 'LABEL START END'"),
        Case(name: "duplicate id", annotations: "T1\tORG 0 4\tMeta\nT1\tORG 0 4\tMeta", line: 2, message: "duplicate annotation id T1"),
        Case(name: "unsupported relation line", annotations: "R1\tOwns Arg1:T1 Arg2:T2", line: 1, message: "unsupported annotation 'R1'"),
        Case(name: "note for a missing entity", annotations: "#1\tAnnotatorNotes T9\tcanonical=Meta", line: 1, message: "not an entity of this file"),
        Case(name: "note without key", annotations: "T1\tORG 0 4\tMeta\n#1\tAnnotatorNotes T1\tMeta", line: 2, message: "expected key=value"),
        Case(name: "unknown value key", annotations: "T1\tORG 0 4\tMeta\n#1\tAnnotatorNotes T1\tcanonicl=Meta", line: 2, message: "does not take 'canonicl='"),
        Case(name: "amount with exponent", annotations: "T1\tMONEY 20 37\tup to $72 billion\n#1\tAnnotatorNotes T1\tamount=7.2e10 currency=USD qualifier=upTo",
             line: 2, message: "amount '7.2e10' is not a plain decimal"),
        Case(name: "amount with separators", annotations: "T1\tMONEY 20 37\tup to $72 billion\n#1\tAnnotatorNotes T1\tamount=72,000 currency=USD qualifier=upTo",
             line: 2, message: "is not a plain decimal"),
        Case(name: "lower-case currency", annotations: "T1\tMONEY 20 37\tup to $72 billion\n#1\tAnnotatorNotes T1\tamount=72000000000 currency=usd qualifier=upTo",
             line: 2, message: "currency 'usd' is not a three-letter ISO 4217 code"),
        Case(name: "unknown qualifier", annotations: "T1\tMONEY 20 37\tup to $72 billion\n#1\tAnnotatorNotes T1\tamount=72000000000 currency=USD qualifier=approx",
             line: 2, message: "qualifier 'approx' is not one of"),
        Case(name: "range without bounds", annotations: "T1\tMONEY 20 37\tup to $72 billion\n#1\tAnnotatorNotes T1\tamount=72000000000 currency=USD qualifier=range",
             line: 2, message: "a range needs min= and max="),
        Case(name: "MONEY without amount", annotations: "T1\tMONEY 20 37\tup to $72 billion\n#1\tAnnotatorNotes T1\tcurrency=USD qualifier=upTo",
             line: 2, message: "MONEY needs amount="),
        Case(name: "empty timex", annotations: "T1\tDATE 38 47\tthis year\n#1\tAnnotatorNotes T1\ttimex=", line: 2, message: "timex '' must be non-empty"),
        Case(name: "same-label overlap", annotations: "T1\tORG 0 4\tMeta\nT2\tORG 0 10\tMeta plans", line: 2, message: "overlaps T1"),
        Case(name: "claim role names a missing entity", annotations: "T1\tTrigger 14 19\tspend\nE1\tTrigger:T1 Subject:T7", line: 2, message: "Subject T7 is not an entity"),
        Case(name: "claim subject is a DATE", annotations: "T1\tTrigger 14 19\tspend\nT2\tDATE 38 47\tthis year\n#1\tAnnotatorNotes T2\ttimex=2025\nE1\tTrigger:T1 Subject:T2",
             line: 4, message: "Subject T2 is a DATE"),
        Case(name: "claim without trigger", annotations: "T1\tORG 0 4\tMeta\nE1\tSubject:T1", line: 2, message: "needs a Trigger"),
        Case(name: "unknown role", annotations: "T1\tTrigger 14 19\tspend\nE1\tTrigger:T1 Agent:T1", line: 2, message: "unknown role 'Agent'"),
        Case(name: "claim without predicate", annotations: "T1\tTrigger 14 19\tspend\nE1\tTrigger:T1\nA1\tModality E1 planned", line: 2, message: "needs a Predicate and a Modality"),
        Case(name: "unknown modality", annotations: "T1\tTrigger 14 19\tspend\nE1\tTrigger:T1\nA1\tPredicate E1 capex\nA2\tModality E1 hoped", line: 4, message: "modality 'hoped'"),
        Case(name: "attribute for a missing claim", annotations: "A1\tPredicate E4 capex", line: 1, message: "not a claim of this file"),
    ]

    @Test(arguments: cases)
    func reportsProblemWithFileAndLine(_ testCase: Case) throws {
        let problems = read(testCase.annotations).problems
        let problem = try #require(problems.first { $0.description.contains(testCase.message) }, "\(problems)")
        guard case let .malformedInput(source, line, _, reason) = problem else {
            Issue.record("unexpected error \(problem)")
            return
        }
        #expect(source == "x.ann")
        #expect(line == testCase.line)
        #expect(reason.contains(testCase.message), "\(reason)")
        #expect(problem.description.hasPrefix("x.ann:\(testCase.line): "))
    }
}
