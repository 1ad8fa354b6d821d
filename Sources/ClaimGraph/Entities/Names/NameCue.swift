/// What a word or phrase says about the names around it, from the name
/// lexicons: a given name, a title, an organization designator, a context...
/// A phrase can be several at once ("Bank" is a designator and a generic word).
struct NameCue: OptionSet, Sendable, Hashable {
    let rawValue: UInt32

    /// given-names*.tsv: a first name ("Mark", "Ravid").
    static let givenName = NameCue(rawValue: 1 << 0)
    /// surnames.tsv: a frequent surname.
    static let surname = NameCue(rawValue: 1 << 1)
    /// common-words.tsv: a word news usually writes in lowercase.
    static let commonWord = NameCue(rawValue: 1 << 2)
    /// places.tsv: a country, state, city or region.
    static let place = NameCue(rawValue: 1 << 3)
    /// places.tsv: a nationality or other group adjective ("Japanese", "West German").
    static let nationality = NameCue(rawValue: 1 << 4)
    /// titles.tsv: "Mr.", "Dr.": before a name, never in an apposition.
    static let honorific = NameCue(rawValue: 1 << 5)
    /// titles.tsv: a position or an occupation ("Chairman", "analyst").
    static let title = NameCue(rawValue: 1 << 6)
    /// org-designators.tsv: a legal form ("Inc", "Ltd").
    static let legalDesignator = NameCue(rawValue: 1 << 7)
    /// org-designators.tsv: a company word that ends names ("Group", "Holdings").
    static let suffixDesignator = NameCue(rawValue: 1 << 8)
    /// org-designators.tsv: an organization noun ("University", "Commission").
    static let head = NameCue(rawValue: 1 << 9)
    /// org-designators.tsv: a government body's noun ("Ministry", "Navy").
    static let office = NameCue(rawValue: 1 << 19)
    /// sentence-starters.tsv: a word that often opens a sentence ("Meanwhile", "Analysts").
    static let starter = NameCue(rawValue: 1 << 20)
    /// non-names.tsv: never a name alone ("AI", "Capex").
    static let never = NameCue(rawValue: 1 << 10)
    /// non-names.tsv: never at a name's edge ("The", "Monday").
    static let stop = NameCue(rawValue: 1 << 11)
    /// non-names.tsv: does not stand alone for the name it began ("General").
    static let generic = NameCue(rawValue: 1 << 12)
    /// name-contexts.tsv: an ORG follows.
    static let orgFollows = NameCue(rawValue: 1 << 13)
    /// name-contexts.tsv: an ORG comes before.
    static let orgPrecedes = NameCue(rawValue: 1 << 14)
    /// name-contexts.tsv: a PERSON follows.
    static let personFollows = NameCue(rawValue: 1 << 15)
    /// name-contexts.tsv: a PERSON comes before.
    static let personPrecedes = NameCue(rawValue: 1 << 16)
    /// name-contexts.tsv: a name comes before, PERSON or ORG as its words say ("said").
    static let namePrecedes = NameCue(rawValue: 1 << 17)
    /// name-contexts.tsv: a name follows, PERSON or ORG as its words say.
    static let nameFollows = NameCue(rawValue: 1 << 18)

    /// The cues that say a person's name is near.
    static let personTitle: NameCue = [.honorific, .title]
    /// The cues that start a rule of ``NameScan/proposeFromCue(_:match:at:in:weak:)``.
    static let context: NameCue = [.honorific, .title, .orgFollows, .orgPrecedes, .personFollows, .personPrecedes, .nameFollows, .namePrecedes]
    /// The cues that end an organization's name.
    static let designator: NameCue = [.legalDesignator, .suffixDesignator, .head, .office]
}
