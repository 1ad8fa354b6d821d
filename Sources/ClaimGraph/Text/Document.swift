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
    public internal(set) var tokens: [Token] = [] {
        // The shared word ids were those of the old tokens.
        didSet { sharedWords = nil }
    }
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

    /// The ids of the tokens in a pipeline's ``SharedWords``, left by the
    /// first stage that looked them up for the later stages sharing its index.
    var sharedWords: SharedWords.Layer?

    /// Creates a document from its text; the pipeline adds the layers.
    public init(id: String, text: String, date: CalendarDate? = nil, organization: String? = nil) {
        self.id = id
        self.date = date
        self.organization = organization
        var trailing = [Int32]()
        if let units = text.utf8.withContiguousStorageIfAvailable({ Self.transcode($0, trailingSurrogates: &trailing) }) {
            self.utf16 = units
        } else {
            var units = [UInt16]()
            for unit in text.utf16 {
                if unit & 0xFC00 == 0xDC00 { trailing.append(Int32(units.count)) }
                units.append(unit)
            }
            self.utf16 = units
        }
        self.trailingSurrogates = trailing
    }

    /// Creates a document from text already in UTF-16, with the offsets of
    /// its trailing surrogates in increasing order.
    init(id: String, utf16: [UInt16], trailingSurrogates: [Int32], date: CalendarDate?, organization: String?) {
        self.id = id
        self.utf16 = utf16
        self.trailingSurrogates = trailingSurrogates
        self.date = date
        self.organization = organization
    }

    /// The UTF-16 of valid UTF-8 (a native `String`'s storage), noting where
    /// each trailing surrogate lands. One pass with an ASCII fast path: going
    /// through `String.UTF16View` costs several times more.
    private static func transcode(_ utf8: UnsafeBufferPointer<UInt8>, trailingSurrogates: inout [Int32]) -> [UInt16] {
        // No UTF-8 sequence is shorter than its UTF-16, so utf8.count units suffice.
        [UInt16](unsafeUninitializedCapacity: utf8.count) { units, count in
            var input = 0
            var output = 0
            while input < utf8.count {
                // Eight ASCII bytes at a time, the bulk of news text.
                while input + 8 <= utf8.count {
                    let block = UInt64(littleEndian: UnsafeRawPointer(utf8.baseAddress! + input).loadUnaligned(as: UInt64.self))
                    if block & 0x8080_8080_8080_8080 != 0 { break }
                    widenASCII(block, into: units, at: output)
                    input += 8
                    output += 8
                }
                guard input < utf8.count else { break }
                let lead = UInt32(utf8[input])
                if lead < 0x80 {
                    units[output] = UInt16(lead)
                    input += 1
                    output += 1
                    continue
                }
                let scalar: UInt32
                if lead < 0xE0 {
                    scalar = (lead & 0x1F) << 6 | UInt32(utf8[input + 1] & 0x3F)
                    input += 2
                } else if lead < 0xF0 {
                    scalar = (lead & 0x0F) << 12 | UInt32(utf8[input + 1] & 0x3F) << 6 | UInt32(utf8[input + 2] & 0x3F)
                    input += 3
                } else {
                    scalar = (lead & 0x07) << 18 | UInt32(utf8[input + 1] & 0x3F) << 12
                        | UInt32(utf8[input + 2] & 0x3F) << 6 | UInt32(utf8[input + 3] & 0x3F)
                    input += 4
                }
                output += store(scalar, in: units, at: output, trailingSurrogates: &trailingSurrogates)
            }
            count = output
        }
    }

    /// Stores eight ASCII bytes, read as one little-endian word, as UTF-16.
    static func widenASCII(_ block: UInt64, into units: UnsafeMutableBufferPointer<UInt16>, at output: Int) {
        // As vectors, one zero-extending move instead of eight shifts and stores.
        let bytes = unsafeBitCast(block.littleEndian, to: SIMD8<UInt8>.self)
        UnsafeMutableRawPointer(units.baseAddress! + output)
            .storeBytes(of: SIMD8<UInt16>(truncatingIfNeeded: bytes), as: SIMD8<UInt16>.self)
    }

    /// Stores a scalar as UTF-16, noting where a trailing surrogate lands;
    /// returns the number of units stored.
    static func store(_ scalar: UInt32, in units: UnsafeMutableBufferPointer<UInt16>, at output: Int,
                      trailingSurrogates: inout [Int32]) -> Int {
        if scalar < 0x10000 {
            units[output] = UInt16(scalar)
            return 1
        }
        units[output] = UInt16(0xD800 + (scalar - 0x10000) >> 10)
        units[output + 1] = UInt16(0xDC00 + (scalar - 0x10000) & 0x3FF)
        trailingSurrogates.append(Int32(output + 1))
        return 2
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
