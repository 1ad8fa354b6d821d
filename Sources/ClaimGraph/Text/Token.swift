/// A token: a range of a document's UTF-16 text with a kind, never a copied string.
///
/// Offsets are UTF-16 code unit offsets into ``Document/utf16``; use
/// ``Document/codePointOffset(_:)`` for offsets that leave the library.
public struct Token: Sendable, Hashable {
    /// The UTF-16 offset of the token's first code unit.
    public var start: Int32
    /// The UTF-16 offset just past the token's last code unit.
    public var end: Int32
    /// What kind of token this is.
    public var kind: TokenKind
    /// Facts about the token's surroundings and shape.
    public var flags: Flags

    /// Creates a token.
    public init(start: Int32, end: Int32, kind: TokenKind, flags: Flags = []) {
        self.start = start
        self.end = end
        self.kind = kind
        self.flags = flags
    }

    /// The token's UTF-16 range.
    public var range: Range<Int> { Int(start)..<Int(end) }

    /// The number of UTF-16 code units in the token.
    public var length: Int { Int(end - start) }

    /// Facts about a token that taggers test often, computed once by the segmenter.
    public struct Flags: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        /// Creates flags from their raw bits.
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        /// White space separates this token from the one before it.
        public static let spaceBefore = Flags(rawValue: 1 << 0)
        /// A line break lies between this token and the one before it.
        public static let lineBreakBefore = Flags(rawValue: 1 << 1)
        /// The first character is an uppercase letter.
        public static let capitalized = Flags(rawValue: 1 << 2)
        /// Every letter is uppercase and there are at least two ("IBM", "U.S.").
        public static let allCaps = Flags(rawValue: 1 << 3)
        /// The token is an abbreviation from the abbreviation lexicon or an
        /// initialism with inner periods ("Inc.", "U.S.", "J.").
        public static let abbreviation = Flags(rawValue: 1 << 4)
        /// The token was split off the front of a letter token by the
        /// segmenter: a number glued to its scale or unit ("64" of "64B").
        public static let gluedToNext = Flags(rawValue: 1 << 5)
    }
}

/// The kind of a token, from ICU's word-break rule status and our own classes.
public enum TokenKind: UInt8, Sendable, Hashable, CustomStringConvertible {
    /// Letters (ICU's letter and kana statuses), possibly with inner
    /// apostrophes and periods: "Meta's", "U.S.", "bn".
    case word
    /// A number as ICU reads it: "72", "1,200.50", "4.5".
    case number
    /// An ideographic character (ICU's ideo status).
    case ideographic
    /// A currency symbol (Unicode category Sc): "$", "€", "£", "¥".
    case currencySymbol
    /// Punctuation (Unicode categories P*): quotes, dashes, periods, brackets.
    case punctuation
    /// Any other non-space character: emoji, math symbols, "%", "&".
    case symbol

    public var description: String {
        switch self {
        case .word: "word"
        case .number: "number"
        case .ideographic: "ideographic"
        case .currencySymbol: "currency"
        case .punctuation: "punctuation"
        case .symbol: "symbol"
        }
    }
}
