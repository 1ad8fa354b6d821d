import Foundation
import Testing
@testable import ClaimGraph

/// A document with entities placed by their words, so that expected numbers
/// can be worked out by reading the test.
struct Fixture {
    var document: Document

    init(_ text: String, organization: String? = nil) throws {
        document = Document(id: "doc", text: text, organization: organization)
        try Segmenter().segment(&document)
    }

    /// Adds an entity over the `occurrence`-th appearance of `words` (1-based) and returns its index.
    @discardableResult
    mutating func add(_ label: EntityLabel, _ words: String, occurrence: Int = 1, rule: String = "test",
                      canonical: String? = nil, money: MoneyValue? = nil, timex: String? = nil) -> Int {
        let range = find(words, occurrence: occurrence)
        document.entities.append(Entity(label: label, start: Int32(range.lowerBound), end: Int32(range.upperBound), rule: rule,
                                        canonical: canonical, money: money,
                                        date: timex.map { DateValue(timex: $0, grain: DateGrain(timex: $0)) }))
        document.entities.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        return document.entities.firstIndex { $0.range == range && $0.label == label }!
    }

    func find(_ words: String, occurrence: Int = 1) -> Range<Int> {
        let text = document.text
        var searchStart = text.startIndex
        var found: Range<String.Index>!
        for _ in 0..<occurrence {
            found = text.range(of: words, range: searchStart..<text.endIndex)!
            searchStart = text.index(after: found.lowerBound)
        }
        let start = text.utf16.distance(from: text.startIndex, to: found.lowerBound)
        return start..<(start + words.utf16.count)
    }

    mutating func claim(subject: Int?, implied: String? = nil, _ predicate: String, object: Int?, time: Int? = nil,
                        trigger: String, rule: String = "test") {
        let range = find(trigger)
        document.claims.append(Claim(subject: subject, impliedSubject: implied, predicate: predicate,
                                     object: object.map(ClaimObject.entity), time: time, sentence: 0,
                                     trigger: Int32(range.lowerBound)..<Int32(range.upperBound), rule: rule, confidence: 1))
    }
}

func report(_ gold: Fixture, _ system: Fixture, labels: [EntityLabel] = EntityLabel.core) -> EvaluationReport {
    var evaluator = Evaluator(labels: labels)
    evaluator.add(gold: gold.document, system: system.document)
    return evaluator.report
}

func usd(_ amount: String, _ qualifier: MoneyQualifier = .exact) -> MoneyValue {
    MoneyValue(amount: Decimal(string: amount)!, currency: "USD", qualifier: qualifier)
}

@Suite struct EvaluatorTests {
    static let text = "Meta paid $5 million to Apple Inc. in May 2020 and $3 million in 2021."

    /// Gold: ORG Meta, MONEY $5 million, ORG Apple Inc., DATE May 2020, MONEY $3 million, DATE 2021.
    func gold() throws -> Fixture {
        var gold = try Fixture(Self.text)
        gold.add(.org, "Meta")
        gold.add(.money, "$5 million")
        gold.add(.org, "Apple Inc.")
        gold.add(.date, "May 2020")
        gold.add(.money, "$3 million")
        gold.add(.date, "2021")
        return gold
    }

    /// System: Meta and $5 million and May 2020 exact; "Apple" short of "Apple Inc.";
    /// "2020" inside "May 2020"; a PERSON "Meta"; $3 million and 2021 missed.
    func system() throws -> Fixture {
        var system = try Fixture(Self.text)
        system.add(.org, "Meta")
        system.add(.person, "Meta")
        system.add(.money, "$5 million")
        system.add(.org, "Apple")
        system.add(.date, "May 2020")
        system.add(.date, "2020")
        return system
    }

    @Test func strictCountsPerLabelByHand() throws {
        let scores = report(try gold(), try system())
        // ORG: Meta right, Apple is both a false positive and a false negative.
        #expect(scores.strict[.org] == MatchCounts(truePositives: 1, falsePositives: 1, falseNegatives: 1))
        #expect(scores.strict[.org]!.precision == 0.5)
        #expect(scores.strict[.org]!.recall == 0.5)
        #expect(scores.strict[.org]!.f1 == 0.5)
        // MONEY: one of two found, nothing wrong predicted: P 1, R 1/2, F1 2/3.
        #expect(scores.strict[.money] == MatchCounts(truePositives: 1, falsePositives: 0, falseNegatives: 1))
        #expect(scores.strict[.money]!.precision == 1)
        #expect(scores.strict[.money]!.f1 == 2.0 / 3.0)
        // DATE: May 2020 right, "2020" wrong, 2021 missed.
        #expect(scores.strict[.date] == MatchCounts(truePositives: 1, falsePositives: 1, falseNegatives: 1))
        // PERSON: no gold, one prediction: precision 0, recall undefined, F1 0.
        #expect(scores.strict[.person] == MatchCounts(truePositives: 0, falsePositives: 1, falseNegatives: 0))
        #expect(scores.strict[.person]!.precision == 0)
        #expect(scores.strict[.person]!.recall == nil)
        #expect(scores.strict[.person]!.f1 == 0)
        // Micro: TP 3, FP 3, FN 3.
        #expect(scores.strictMicro == MatchCounts(truePositives: 3, falsePositives: 3, falseNegatives: 3))
        #expect(scores.strictMicro.f1 == 0.5)
    }

    @Test func lenientCountsPerLabelByHand() throws {
        let scores = report(try gold(), try system())
        // "Apple" overlaps "Apple Inc.": both ORG now match.
        #expect(scores.lenient[.org] == MatchCounts(truePositives: 2, falsePositives: 0, falseNegatives: 0))
        #expect(scores.lenient[.money] == MatchCounts(truePositives: 1, falsePositives: 0, falseNegatives: 1))
        // "2020" overlaps "May 2020", which the exact "May 2020" (larger overlap) took first.
        #expect(scores.lenient[.date] == MatchCounts(truePositives: 1, falsePositives: 1, falseNegatives: 1))
        #expect(scores.lenient[.person] == MatchCounts(truePositives: 0, falsePositives: 1, falseNegatives: 0))
        // Micro: TP 4, FP 2, FN 2: P = R = F1 = 2/3.
        #expect(scores.lenientMicro == MatchCounts(truePositives: 4, falsePositives: 2, falseNegatives: 2))
        #expect(scores.lenientMicro.precision == 4.0 / 6.0)
        #expect(scores.lenientMicro.f1 == 8.0 / 12.0)
    }

    @Test func onlyTheGivenLabelsAreScored() throws {
        let scores = report(try gold(), try system(), labels: [.money])
        #expect(scores.strictMicro == MatchCounts(truePositives: 1, falsePositives: 0, falseNegatives: 1))
        #expect(scores.errors.allSatisfy { $0.label == "MONEY" })
    }

    @Test func errorsNameWordsSentenceAndRule() throws {
        var system = try system()
        system.document.entities[system.document.entities.firstIndex { $0.label == .org && $0.end == 29 }!].rule = "lexicon.org"
        let errors = report(try gold(), system).errors
        let falsePositive = try #require(errors.first { $0.kind == .falsePositive && $0.label == "ORG" })
        #expect(falsePositive.text == "Apple")
        #expect(falsePositive.start == 24 && falsePositive.end == 29)
        #expect(falsePositive.rule == "lexicon.org")
        #expect(falsePositive.detail == "boundary: gold is 'Apple Inc.'")
        #expect(falsePositive.sentence == Self.text)
        let missed = try #require(errors.first { $0.kind == .falseNegative && $0.text == "$3 million" })
        #expect(missed.rule == nil)
        #expect(missed.detail.hasPrefix("missed"))
        let partly = try #require(errors.first { $0.kind == .falseNegative && $0.text == "Apple Inc." })
        #expect(partly.rule == "lexicon.org")
        // 3 strict FP + 3 strict FN (ORG, DATE, PERSON / ORG, MONEY, DATE) and no value checks without values.
        #expect(errors.count == 6)
    }

    @Test func emptyGoldAndEmptySystemLeaveEveryRatioUndefined() throws {
        let empty = try Fixture("Nothing to see here.")
        let scores = report(empty, empty)
        #expect(scores.strictMicro == MatchCounts())
        #expect(scores.strictMicro.precision == nil && scores.strictMicro.recall == nil && scores.strictMicro.f1 == nil)
        #expect(scores.claims.f1 == nil)
        #expect(scores.moneyValues.value == nil)
        #expect(scores.errors.isEmpty)
    }

    @Test func emptySystemHasZeroRecallAndUndefinedPrecision() throws {
        let scores = report(try gold(), try Fixture(Self.text))
        #expect(scores.strictMicro == MatchCounts(truePositives: 0, falsePositives: 0, falseNegatives: 6))
        #expect(scores.strictMicro.precision == nil)
        #expect(scores.strictMicro.recall == 0)
        #expect(scores.strictMicro.f1 == 0)
    }

    @Test func emptyGoldHasZeroPrecisionAndUndefinedRecall() throws {
        let scores = report(try Fixture(Self.text), try system())
        #expect(scores.strictMicro.precision == 0)
        #expect(scores.strictMicro.recall == nil)
        #expect(scores.strictMicro.f1 == 0)
    }

    @Test func aDuplicatePredictionIsAFalsePositive() throws {
        var gold = try Fixture("Meta said so.")
        gold.add(.org, "Meta")
        var system = try Fixture("Meta said so.")
        system.add(.org, "Meta")
        system.add(.org, "Meta")
        let scores = report(gold, system)
        #expect(scores.strict[.org] == MatchCounts(truePositives: 1, falsePositives: 1, falseNegatives: 0))
        #expect(scores.lenient[.org] == MatchCounts(truePositives: 1, falsePositives: 1, falseNegatives: 0))
    }

    @Test func lenientMatchingIsGreedyByLargestOverlap() throws {
        let text = "Alpha Beta Gamma and Delta Epsilon"
        var gold = try Fixture(text)
        gold.add(.org, "Alpha Beta Gamma")            // 0-16
        gold.add(.org, "Delta Epsilon")               // 21-34
        var system = try Fixture(text)
        system.add(.org, "Alpha")                     // 0-5: overlaps the first gold by 5
        system.add(.org, "Beta Gamma and Delta")      // 6-26: overlaps the first by 10, the second by 5
        let scores = report(gold, system)
        // The largest overlap (10) pairs "Beta Gamma and Delta" with "Alpha Beta Gamma"; "Alpha" then
        // finds its only gold taken, and "Delta Epsilon" its only prediction taken.
        #expect(scores.lenient[.org] == MatchCounts(truePositives: 1, falsePositives: 1, falseNegatives: 1))
        #expect(scores.strict[.org] == MatchCounts(truePositives: 0, falsePositives: 2, falseNegatives: 2))
    }

    @Test func valueAccuracyCountsStrictMatchesOnly() throws {
        let text = "Meta will spend up to $72 billion this year, about $5 billion next year and $1 billion in 2026."
        var gold = try Fixture(text)
        gold.add(.money, "up to $72 billion", money: usd("72000000000", .upTo))
        gold.add(.date, "this year", timex: "2025")
        gold.add(.money, "about $5 billion", money: usd("5000000000", .about))
        gold.add(.date, "next year", timex: "2026")
        gold.add(.money, "$1 billion", money: usd("1000000000"))
        var system = try Fixture(text)
        system.add(.money, "up to $72 billion", money: usd("72000000000", .upTo))   // right
        system.add(.date, "this year", timex: "2025")                              // right
        system.add(.money, "about $5 billion", money: usd("5000000000", .exact))   // wrong qualifier
        system.add(.date, "next year", timex: "XXXX")                              // wrong timex
        system.add(.money, "1 billion", money: usd("1000000000"))                  // not a strict match: not judged
        let scores = report(gold, system)
        #expect(scores.moneyValues == Accuracy(correct: 1, total: 2))
        #expect(scores.dateValues == Accuracy(correct: 1, total: 2))
        let valueErrors = scores.errors.filter { $0.kind == .wrongValue }
        #expect(valueErrors.map(\.text) == ["about $5 billion", "next year"])
        #expect(valueErrors[0].detail == "system 5000000000 USD exact, gold 5000000000 USD about")
    }

    @Test func claimsMatchOnSubjectNamePredicateAndObject() throws {
        let text = "Meta plans capital expenditures of up to $72 billion this year. We recorded revenue of $9 billion in 2024. Apple sold shares."
        var gold = try Fixture(text, organization: "Meta Platforms")
        let meta = gold.add(.org, "Meta", canonical: "Meta")
        let capex = gold.add(.money, "up to $72 billion", money: usd("72000000000", .upTo))
        let thisYear = gold.add(.date, "this year", timex: "2025")
        let revenue = gold.add(.money, "$9 billion", money: usd("9000000000"))
        let year2024 = gold.add(.date, "2024", timex: "2024")
        let apple = gold.add(.org, "Apple", canonical: "Apple Inc.")
        gold.claim(subject: meta, "capex", object: capex, time: thisYear, trigger: "capital expenditures")
        // No Subject: the document's organization is the subject.
        gold.claim(subject: nil, "revenue", object: revenue, time: year2024, trigger: "revenue")
        gold.claim(subject: apple, "sale", object: nil, trigger: "sold")

        var system = try Fixture(text)
        let systemMeta = system.add(.org, "Meta", canonical: "META")            // case is ignored
        let systemCapex = system.add(.money, "$72 billion", money: usd("72000000000"))  // equal amount, other span
        let systemRevenue = system.add(.money, "$9 billion", money: usd("9000000000"))
        let systemYear = system.add(.date, "2024", timex: "2023")
        system.claim(subject: systemMeta, "capex", object: systemCapex, trigger: "capital expenditures", rule: "claims.capex")
        system.claim(subject: nil, implied: "Meta  Platforms", "revenue", object: systemRevenue, time: systemYear, trigger: "revenue")
        system.claim(subject: systemMeta, "spending", object: systemCapex, trigger: "plans", rule: "claims.spend")

        let scores = report(gold, system)
        // Two of three gold claims found; one of three predictions wrong.
        #expect(scores.claims == MatchCounts(truePositives: 2, falsePositives: 1, falseNegatives: 1))
        // Times: capex has none in the system (gold: this year), revenue says 2023 (gold: 2024).
        #expect(scores.claimTimes == Accuracy(correct: 0, total: 2))
        let falsePositive = try #require(scores.errors.first { $0.kind == .falsePositive && $0.label == "claim" })
        #expect(falsePositive.rule == "claims.spend")
        #expect(falsePositive.detail == "meta --spending--> '$72 billion' @ none")
        let missed = try #require(scores.errors.first { $0.kind == .falseNegative && $0.label == "claim" })
        #expect(missed.text == "sold")
        #expect(missed.sentence == "Apple sold shares.")
    }

    @Test func claimObjectsMatchByCanonicalNameOrOverlap() throws {
        let text = "Reuters Holdings Plc agreed to buy I P Sharp Associates Ltd, Reuters said of Sharp."
        var gold = try Fixture(text)
        let buyer = gold.add(.org, "Reuters Holdings Plc", canonical: "Reuters Holdings Plc")
        let target = gold.add(.org, "I P Sharp Associates Ltd", canonical: "I P Sharp Associates Ltd")
        gold.claim(subject: buyer, "acquisition", object: target, trigger: "agreed to buy")
        var byName = try Fixture(text)
        let systemBuyer = byName.add(.org, "Reuters", occurrence: 2, canonical: "Reuters Holdings Plc")
        let sharp = byName.add(.org, "Sharp", occurrence: 2, canonical: "I P Sharp Associates Ltd")
        byName.claim(subject: systemBuyer, "acquisition", object: sharp, trigger: "agreed to buy")
        #expect(report(gold, byName).claims == MatchCounts(truePositives: 1))
        var byOverlap = try Fixture(text)
        let overlapBuyer = byOverlap.add(.org, "Reuters Holdings Plc")
        let overlapTarget = byOverlap.add(.org, "Sharp Associates")
        byOverlap.claim(subject: overlapBuyer, "acquisition", object: overlapTarget, trigger: "agreed to buy")
        #expect(report(gold, byOverlap).claims == MatchCounts(truePositives: 1))
        var wrongObject = try Fixture(text)
        let wrongBuyer = wrongObject.add(.org, "Reuters Holdings Plc")
        wrongObject.claim(subject: wrongBuyer, "acquisition", object: nil, trigger: "agreed to buy")
        #expect(report(gold, wrongObject).claims == MatchCounts(truePositives: 0, falsePositives: 1, falseNegatives: 1))
    }
}
