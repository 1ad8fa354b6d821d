/// The rules that make claims, by the id that appears in output (`"rule"`).
///
/// Each id has a row in `claim-rules.tsv` with the rule's base confidence.
enum ClaimRule: String, CaseIterable, Sendable {
    /// Figure words right after the amount: "$72 billion in capital expenditures", "a $45 million gain".
    case figureAfterAmount = "claims.figure.after-amount"
    /// Figure words right before the amount: "net income rose to $5 million", "revenue of $5 million".
    case figureBeforeAmount = "claims.figure.before-amount"
    /// Figure words earlier in the sentence, with other words between: "Net earnings allocated to
    /// common shares in 2019 were $3.666 billion".
    case figureDistant = "claims.figure.distant"
    /// An amount that continues the previous one's figure: "..., up from $4.5 million in 1985".
    case figureContinued = "claims.figure.continued"
    /// A verb whose object is the amount: "plans to spend up to $72 billion".
    case action = "claims.action"
    /// A noun phrase beside the amount that names no listed predicate: "stranded tax effects".
    case metric = "claims.metric"
    /// Event words with the subject before them: "Meta is delaying the release of Behemoth".
    case event = "claims.event"
    /// Event words in the passive: "it's been delayed to fall", "was acquired by Fujitsu".
    case eventPassive = "claims.event.passive"
    /// The price of an acquisition or sale: "agreed to acquire Fairchild for $200 million".
    case price = "claims.price"
}
