/// A text and every layer the pipeline adds to it: tokens, sentences, entities and claims.
///
/// The text is held once, as UTF-16 (what ICU reads); tokens, sentences and
/// entities are ranges into it. Offsets that leave the library are code point
/// offsets: see ``codePointOffset(_:)``.
///
///     var document = Document(id: "a1", text: "Meta plans to spend up to $72 billion.")
///     try Pipeline().process(&document)
public struct Document: Sendable {
    /// The document's identifier, such as a file name or a JSONL `id`.
    public var id: String
    /// The text as UTF-16 code units.
    public let utf16: [UInt16]
    /// The publication date, the anchor for "this year" or "last quarter".
    public var date: CalendarDate?
    /// The organization the document speaks for (a filing's "we"), when known.
    public var organization: String?
    /// The tokens, in text order, white space excluded.
    public internal(set) var tokens: [Token] = []
    /// The sentences, in text order.
    public internal(set) var sentences: [Sentence] = []
    /// The entities, in text order once the pipeline has run.
    public var entities: [Entity] = []
    /// The claims, in text order of their sentences.
    public var claims: [Claim] = []

    /// UTF-16 offsets of low (trailing) surrogates, in increasing order: empty
    /// for text in the Basic Multilingual Plane, where UTF-16 offsets already
    /// are code point offsets.
    let trailingSurrogates: [Int32]

    /// Creates a document from its text; the pipeline adds the layers.
    public init(id: String, text: String, date: CalendarDate? = nil, organization: String? = nil) {
        self.id = id
        self.date = date
        self.organization = organization
        var units = [UInt16]()
        units.reserveCapacity(text.utf16.count)
        var trailing = [Int32]()
        for unit in text.utf16 {
            if unit & 0xFC00 == 0xDC00 { trailing.append(Int32(units.count)) }
            units.append(unit)
        }
        self.utf16 = units
        self.trailingSurrogates = trailing
    }

    /// The whole text.
    public var text: String { String(decoding: utf16, as: UTF16.self) }

    /// The text of a UTF-16 range.
    public func text(in range: Range<Int>) -> String {
        String(decoding: utf16[range], as: UTF16.self)
    }

    /// The text of a token.
    public func text(of token: Token) -> String { text(in: token.range) }
}
