@testable import ClaimGraph

/// A claim written as one line for tests and case tables:
/// `predicate|subject|object|time|modality`, with `|negated` when negated.
///
/// The subject is the entity's canonical name (or the document's organization
/// for an implied subject), the object a MONEY's "amount currency" or an
/// entity's canonical name or text, the time a DATE's timex followed by the
/// time qualifier if any ("2025-FA orLater"); "-" where there is none.
enum ClaimDescription {
    static func describe(_ claim: Claim, in document: Document) -> String {
        func name(_ index: Int) -> String {
            let entity = document.entities[index]
            if let money = entity.money { return "\(money.amount) \(money.currency)" }
            if let date = entity.date { return date.timex }
            return entity.canonical ?? document.text(in: entity.range)
        }
        let subject = claim.subject.map(name) ?? claim.impliedSubject ?? "-"
        let object: String
        switch claim.object {
        case .entity(let index)?: object = name(index)
        case .literal(let range)?: object = document.text(in: Int(range.lowerBound)..<Int(range.upperBound))
        case nil: object = "-"
        }
        var time = claim.time.map(name) ?? "-"
        if let qualifier = claim.qualifiers.time { time += " \(qualifier.rawValue)" }
        var line = [claim.predicate, subject, object, time, claim.modality.rawValue].joined(separator: "|")
        if claim.negated { line += "|negated" }
        return line
    }
}
