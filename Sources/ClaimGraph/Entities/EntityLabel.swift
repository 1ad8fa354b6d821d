/// The label of an entity, such as ``org`` or ``money``.
///
/// Labels are open: a user's gazetteer may add its own (`EntityLabel("DRUG")`).
public struct EntityLabel: RawRepresentable, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The label as written in output and corpora: "ORG", "MONEY".
    public let rawValue: String

    /// Creates a label from its name.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Creates a label from its name.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// Companies, agencies, institutions: "Meta", "New York University".
    public static let org = EntityLabel("ORG")
    /// People: "Mark Zuckerberg".
    public static let person = EntityLabel("PERSON")
    /// Monetary amounts with their qualifiers: "up to $72 billion".
    public static let money = EntityLabel("MONEY")
    /// Dates, periods and durations: "this year", "the fourth quarter of 1986".
    public static let date = EntityLabel("DATE")
    /// Named products and models: "Llama 4", "Behemoth".
    public static let product = EntityLabel("PRODUCT")
    /// A description that stands for a named organization ("the
    /// Facebook-parent" for Meta): not a name, so not an ORG, but it carries
    /// the organization's `canonical` name for the claims that use it.
    public static let orgDescription = EntityLabel("ORG_DESC")

    /// The four labels that are scored and come first.
    public static let core: [EntityLabel] = [.org, .person, .money, .date]

    public var description: String { rawValue }

    public static func < (lhs: EntityLabel, rhs: EntityLabel) -> Bool { lhs.rawValue < rhs.rawValue }
}
