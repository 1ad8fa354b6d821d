/// A word in a document's first sentence that decides what a currency family
/// means there, from `money-currency-contexts.tsv`: "Canadian" makes "dlrs" CAD.
struct CurrencyCue: Sendable, Hashable {
    /// How the cue is used.
    enum Kind: String, Sendable, Hashable {
        /// A nationality adjective: always a cue ("CANADIAN MONEY SUPPLY").
        case adjective
        /// A place name: a cue unless it ends an organization's name ("FORD
        /// CANADA", "Bank of Canada"), which a capitalized word or "of" just
        /// before it shows.
        case name
    }

    /// The family index the cue decides.
    var family: Int
    /// The ISO 4217 code it decides on.
    var code: CurrencyCode
    var kind: Kind
}
