import ICUBridge

/// Splits a document's text into tokens and sentences with ICU's break
/// iterators, corrected by the abbreviation lexicon.
///
/// A segmenter owns ICU iterators and is not thread-safe: give each thread its
/// own (``Pipeline`` does). Making one costs a few microseconds.
///
///     let segmenter = try Segmenter()
///     var document = Document(id: "d", text: "Dr. Jones joined Meta Platforms Inc. in May.")
///     segmenter.segment(&document)   // one sentence, 10 tokens
public final class Segmenter {
    private let wordIterator: OpaquePointer
    private let sentenceIterator: OpaquePointer
    private let abbreviations: Abbreviations
    /// Room for one batch of boundaries and rule statuses from ICU. Plain
    /// pointers: an array in a class property pays an exclusivity check per
    /// access. Allocated once the iterators exist, so that a failed `init`
    /// (which runs no `deinit`) leaks nothing.
    private let boundaries: UnsafeMutablePointer<Int32>
    private let statuses: UnsafeMutablePointer<Int32>
    private static let batchSize = 1024

    /// Creates a segmenter with the bundled abbreviation lexicon.
    public convenience init() throws(ClaimGraphError) {
        try self.init(prototypes: BreakIteratorPrototypes(), abbreviations: Abbreviations(directory: .bundled))
    }

    /// Creates a segmenter with the given abbreviations.
    public convenience init(abbreviations: Abbreviations) throws(ClaimGraphError) {
        try self.init(prototypes: BreakIteratorPrototypes(), abbreviations: abbreviations)
    }

    init(prototypes: BreakIteratorPrototypes, abbreviations: Abbreviations) throws(ClaimGraphError) {
        (wordIterator, sentenceIterator) = try prototypes.clone()
        self.abbreviations = abbreviations
        boundaries = .allocate(capacity: Self.batchSize)
        statuses = .allocate(capacity: Self.batchSize)
    }

    deinit {
        cg_iterator_close(wordIterator)
        cg_iterator_close(sentenceIterator)
        boundaries.deallocate()
        statuses.deallocate()
    }

    /// Fills the document's tokens and sentences.
    public func segment(_ document: inout Document) {
        var tokens = [Token]()
        tokens.reserveCapacity(document.utf16.count / 5)
        var sentenceBreaks = [Int32]()
        let text = document.utf16
        text.withUnsafeBufferPointer { units in
            guard !units.isEmpty else { return }
            tokenize(text, units: units, into: &tokens)
            sentenceBreaks = icuSentenceBreaks(units)
        }
        document.tokens = tokens
        document.sentences = sentences(text, tokens: tokens, icuBreaks: sentenceBreaks)
    }

    // MARK: Tokens

    /// Reads the word boundaries in batches and turns each segment into a
    /// token or into flags of the next one. `units` is `text`'s storage, read
    /// without bounds checks in the loop; `text` is sliced for the lexicon.
    private func tokenize(_ text: [UInt16], units: UnsafeBufferPointer<UInt16>, into tokens: inout [Token]) {
        var status: Int32 = 0
        cg_iterator_set_text(wordIterator, units.baseAddress, Int32(units.count), &status)
        var start: Int32 = 0
        var pending: Token.Flags = []
        while true {
            let count = Int(cg_iterator_next_boundaries(wordIterator, boundaries, statuses, Int32(Self.batchSize)))
            if count == 0 { break }
            for index in 0..<count {
                let end = boundaries[index]
                appendSegment(text, units: units, start: start, end: end, ruleStatus: statuses[index], pending: &pending, tokens: &tokens)
                start = end
            }
        }
    }

    private func appendSegment(_ text: [UInt16], units: UnsafeBufferPointer<UInt16>, start: Int32, end: Int32, ruleStatus: Int32,
                               pending: inout Token.Flags, tokens: inout [Token]) {
        switch ruleStatus {
        case Int32(CGWordStatusNoneLimit)..<Int32(CGWordStatusNumberLimit):
            tokens.append(Token(start: start, end: end, kind: .number, flags: pending))
        case Int32(CGWordStatusNumberLimit)..<Int32(CGWordStatusKanaLimit):
            appendWord(units, start: start, end: end, flags: pending, tokens: &tokens)
        case Int32(CGWordStatusKanaLimit)..<Int32(CGWordStatusIdeoLimit):
            tokens.append(Token(start: start, end: end, kind: .ideographic, flags: pending))
        default:
            let first = units[Int(start)]
            if Self.isSpace(first) {
                pending.insert(.spaceBefore)
                // A single space, the usual segment, holds no line break.
                if end - start > 1 || first != 0x20 {
                    for position in Int(start)..<Int(end) where Self.isLineBreak(units[position]) {
                        pending.insert(.lineBreakBefore)
                    }
                }
                return
            }
            if first == 0x2E, pending.isEmpty, mergeAbbreviation(text, periodEnd: end, tokens: &tokens) {
                return
            }
            tokens.append(Token(start: start, end: end, kind: Self.kind(ofSymbolAt: Int(start), in: units), flags: pending))
        }
        pending = []
    }

    /// Appends a letter token, first splitting off a leading number glued to
    /// its scale or unit ("64B", "3bn", "1.5mln"), so taggers read number and scale.
    private func appendWord(_ text: UnsafeBufferPointer<UInt16>, start: Int32, end: Int32, flags: Token.Flags, tokens: inout [Token]) {
        var wordStart = start
        if Self.isDigit(text[Int(start)]) {
            var position = Int(start)
            var numberEnd = position
            while position < Int(end), Self.isDigit(text[position]) || text[position] == 0x2E || text[position] == 0x2C {
                if Self.isDigit(text[position]) { numberEnd = position + 1 }
                position += 1
            }
            if numberEnd < Int(end) {
                tokens.append(Token(start: start, end: Int32(numberEnd), kind: .number, flags: flags.union(.gluedToNext)))
                wordStart = Int32(numberEnd)
            }
        }
        let shape = Self.shape(text, start: Int(wordStart), end: Int(end))
        tokens.append(Token(start: wordStart, end: end, kind: .word, flags: (wordStart == start ? flags : []).union(shape)))
    }

    /// Joins a period to the word before it when the two spell an abbreviation
    /// ("Inc."), an initialism ICU split ("U.S" + "."), or an initial ("J.").
    private func mergeAbbreviation(_ text: [UInt16], periodEnd: Int32, tokens: inout [Token]) -> Bool {
        guard let last = tokens.last, last.kind == .word, last.end == periodEnd - 1 else { return false }
        if tokens.count >= 2, tokens[tokens.count - 2].flags.contains(.gluedToNext) { return false }
        let units = text[Int(last.start)..<Int(periodEnd)]
        let innerPeriod = units.dropLast().contains(0x2E)
        let initial = last.length == 1 && last.flags.contains(.capitalized)
        guard abbreviations.kind(of: units) != nil || innerPeriod || initial else { return false }
        tokens[tokens.count - 1].end = periodEnd
        tokens[tokens.count - 1].flags.insert(.abbreviation)
        return true
    }

    // MARK: Sentences

    private func icuSentenceBreaks(_ units: UnsafeBufferPointer<UInt16>) -> [Int32] {
        var status: Int32 = 0
        cg_iterator_set_text(sentenceIterator, units.baseAddress, Int32(units.count), &status)
        var breaks = [Int32]()
        while true {
            let found = Int(cg_iterator_next_boundaries(sentenceIterator, boundaries, nil, Int32(Self.batchSize)))
            if found == 0 { break }
            breaks.append(contentsOf: UnsafeBufferPointer(start: boundaries, count: found))
        }
        return breaks
    }

    private func sentences(_ text: [UInt16], tokens: [Token], icuBreaks: [Int32]) -> [Sentence] {
        var sentences = [Sentence]()
        var first = 0
        var next = 0
        for boundary in icuBreaks {
            while next < tokens.count, tokens[next].start < boundary { next += 1 }
            if next == first { continue }
            if next < tokens.count, continuesSentence(text, before: tokens[next - 1], after: tokens[next]) { continue }
            sentences.append(Sentence(start: tokens[first].start, end: tokens[next - 1].end, tokens: first..<next))
            first = next
        }
        if first < tokens.count {
            sentences.append(Sentence(start: tokens[first].start, end: tokens[tokens.count - 1].end, tokens: first..<tokens.count))
        }
        return sentences
    }

    /// Whether ICU's break between two tokens falls inside a sentence because
    /// the first token is an abbreviation.
    private func continuesSentence(_ text: [UInt16], before: Token, after: Token) -> Bool {
        guard before.flags.contains(.abbreviation), !after.flags.contains(.lineBreakBefore) else { return false }
        // Unlisted initials ("J.") never end a sentence; unlisted initialisms ("N.V.") rarely do.
        let kind = abbreviations.kind(of: text[before.range]) ?? (before.length == 2 ? .never : .beforeStarter)
        let capitalizedWord = after.kind == .word && after.flags.contains(.capitalized)
        switch kind {
        case .never:
            return true
        case .beforeCapital:
            return !capitalizedWord && !Self.isOpeningQuote(text[Int(after.start)])
        case .beforeStarter:
            if capitalizedWord, abbreviations.isSentenceStarter(text[after.range]) { return false }
            return !Self.isOpeningQuote(text[Int(after.start)])
        }
    }

    // MARK: Character classes

    static func isSpace(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: true
        default: false
        }
    }

    static func isLineBreak(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    static func isDigit(_ unit: UInt16) -> Bool { unit &- 0x30 < 10 }

    static func isOpeningQuote(_ unit: UInt16) -> Bool {
        unit == 0x22 || unit == 0x201C || unit == 0x2018 || unit == 0x27 || unit == 0xAB
    }

    static func kind(ofSymbolAt position: Int, in text: UnsafeBufferPointer<UInt16>) -> TokenKind {
        let unit = text[position]
        if unit < 0x80 { return asciiKinds[Int(unit)] }
        let value: UInt32
        if unit & 0xFC00 == 0xD800, position + 1 < text.count, text[position + 1] & 0xFC00 == 0xDC00 {
            value = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(text[position + 1]) - 0xDC00)
        } else {
            value = UInt32(unit)
        }
        guard let scalar = Unicode.Scalar(value) else { return .symbol }
        return kind(of: scalar)
    }

    /// The kinds of the ASCII characters, looked up once: the general category
    /// lookup costs some 300 instructions, and most symbols are ASCII.
    private static let asciiKinds: [TokenKind] = (0..<0x80).map { kind(of: Unicode.Scalar(UInt8($0))) }

    private static func kind(of scalar: Unicode.Scalar) -> TokenKind {
        switch scalar.properties.generalCategory {
        case .currencySymbol: .currencySymbol
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: .punctuation
        default: .symbol
        }
    }

    /// The capitalized and all-caps flags of a letter token.
    static func shape(_ text: UnsafeBufferPointer<UInt16>, start: Int, end: Int) -> Token.Flags {
        var uppercase = 0
        var lowercase = 0
        var firstIsUpper = false
        for position in start..<end {
            let unit = text[position]
            let isUpper: Bool
            let isLower: Bool
            if unit < 0x80 {
                isUpper = unit &- 0x41 < 26
                isLower = unit &- 0x61 < 26
            } else if let scalar = Unicode.Scalar(unit) {
                isUpper = scalar.properties.isUppercase
                isLower = scalar.properties.isLowercase
            } else {
                isUpper = false
                isLower = false
            }
            if position == start { firstIsUpper = isUpper }
            if isUpper { uppercase += 1 } else if isLower { lowercase += 1 }
            // One lowercase letter rules out all caps; the rest cannot change the flags.
            if lowercase > 0 { break }
        }
        var flags: Token.Flags = []
        if firstIsUpper { flags.insert(.capitalized) }
        if uppercase >= 2 && lowercase == 0 { flags.insert(.allCaps) }
        return flags
    }
}
