import Testing
@testable import ClaimGraph
@Test func debugSentence() throws {
    var document = try BratGold.document("edgar-abt-2019")
    for s in document.sentences where document.text(in: s.range).contains("April 2015") {
        print("SENT", document.text(in: s.range))
        for e in document.entities where s.range.contains(Int(e.start)) { print("ENT", e.label, document.text(in: e.range)) }
    }
    try ClaimStage(lexicons: .bundled).process(&document)
}
