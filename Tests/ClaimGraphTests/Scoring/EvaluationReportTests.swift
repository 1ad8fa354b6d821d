import Testing
@testable import ClaimGraph

@Suite struct EvaluationReportTests {
    @Test func writesCountsRatiosAndNullForUndefined() {
        var report = EvaluationReport(labels: [.org])
        report.documents = 2
        report.strict[.org] = MatchCounts(truePositives: 1, falsePositives: 3, falseNegatives: 0)
        report.moneyValues = Accuracy(correct: 1, total: 2)
        var json = JSONWriter()
        report.writeJSON(to: &json, includesErrors: false)
        #expect(json.string == """
            {"documents":2,"labels":{"ORG":{"strict":{"tp":1,"fp":3,"fn":0,"precision":0.25,"recall":1.0,"f1":0.4},\
            "lenient":{"tp":0,"fp":0,"fn":0,"precision":null,"recall":null,"f1":null}}},\
            "micro":{"strict":{"tp":1,"fp":3,"fn":0,"precision":0.25,"recall":1.0,"f1":0.4},\
            "lenient":{"tp":0,"fp":0,"fn":0,"precision":null,"recall":null,"f1":null}},\
            "values":{"MONEY":{"correct":1,"total":2,"accuracy":0.5},"DATE":{"correct":0,"total":0,"accuracy":null}},\
            "claims":{"tp":0,"fp":0,"fn":0,"precision":null,"recall":null,"f1":null,"time":{"correct":0,"total":0,"accuracy":null}}}
            """)
    }

    @Test(arguments: [
        ("2025", DateGrain.year), ("XXXX", .year), ("2025-05", .month), ("2025-05-15", .day), ("2025-Q3", .quarter),
        ("2025-H1", .half), ("2025-FA", .season), ("2025-W20", .week), ("198X", .decade), ("19XX", .century),
        ("P6M", .duration), ("PAST_REF", .reference), ("PRESENT_REF", .reference),
    ])
    func grainFollowsTheTimex(_ timex: String, _ grain: DateGrain) {
        #expect(DateGrain(timex: timex) == grain)
    }
}
