/// The forms under which a document may mention each of its names again:
/// the full name, its leading words ("Jefferies" for "Jefferies Group Inc"),
/// its initials ("SEC"), a person's surname ("Zuckerberg").
///
/// Forms are keyed by their words' ids in the lexicons' vocabulary, which the
/// document's tokens have already (``NameScan/ids``): only the words the
/// lexicons lack are hashed again, into the matcher's own vocabulary.
struct NameForms {
    /// The forms, matched like a gazetteer with the document's ``NameScan/ids``;
    /// `referents[phrase]` is what a form names.
    private(set) var matcher: PhraseMatcher
    private(set) var referents: [Int] = []
    /// How many words each form leaves out of the name it was taken from: of
    /// two names that share a form, the closer one keeps it.
    private var omitted: [Int] = []
    /// The first referent of each lexicon name: a document has a handful,
    /// and a scan of an array costs less than a `Dictionary` hashing strings.
    private var lexiconReferents: [(name: LexiconName, referent: Int)] = []
    /// The lexicons' vocabulary, whose ids key the forms.
    private let lexiconWords: Vocabulary

    /// A lexicon's canonical name under one label.
    private struct LexiconName: Equatable {
        var label: EntityLabel
        var canonical: String
    }

    init(lexiconWords: Vocabulary) {
        self.lexiconWords = lexiconWords
        matcher = PhraseMatcher(extending: lexiconWords.count)
        // A document registers a few dozen forms: room for them at once, not by doubling from one.
        matcher.reserveCapacity(phrases: 32, tokens: 64, units: 512)
        referents.reserveCapacity(32)
        omitted.reserveCapacity(32)
    }

    /// The referent a new mention joins: the one its lexicon canonical name
    /// or its words already stand for, with the same label.
    func referent(of candidate: NameCandidate, in scan: NameScan, referents all: [NameScan.Referent]) -> Int? {
        guard let label = candidate.label else { return nil }
        if let lexiconCanonical = candidate.gazetteerCanonical,
           let known = lexiconReferents.first(where: { $0.name == LexiconName(label: label, canonical: lexiconCanonical) }) {
            return known.referent
        }
        guard let phrase = matcher.phrase(of: candidate.tokens, ids: scan.ids, in: scan.document) else { return nil }
        let referent = referents[Int(phrase)]
        return all[referent].label == label ? referent : nil
    }

    /// Registers the forms of a mention of `referent`.
    mutating func register(_ candidate: NameCandidate, referent: Int, in scan: NameScan) {
        guard let label = candidate.label else { return }
        if let canonical = candidate.gazetteerCanonical {
            let name = LexiconName(label: label, canonical: canonical)
            if !lexiconReferents.contains(where: { $0.name == name }) { lexiconReferents.append((name, referent)) }
        }
        let tokens = candidate.tokens
        let all = keys(tokens, in: scan)
        let ids = tokens.map { index in
            index == tokens.upperBound - 1 && scan.isPossessive(index) ? scan.ids.stems[index] : scan.ids.ids[index]
        }
        add(all[...], ids[...], referent, omitting: 0)
        if label == .person {
            guard tokens.count >= 2 else { return }
            var last = tokens.upperBound
            while last - 1 > tokens.lowerBound, Self.isNameSuffix(scan.text[scan.tokens[last - 1].range]) { last -= 1 }
            var surname = last - 1
            while surname - 2 >= tokens.lowerBound, NameScan.isHyphen(scan.unit(surname - 1)),
                  !scan.tokens[surname].flags.contains(.spaceBefore) { surname -= 2 }
            if surname > tokens.lowerBound, !scan.has(surname, [.commonWord, .stop, .never]) {
                let form = (surname - tokens.lowerBound)..<(last - tokens.lowerBound)
                add(all[form], ids[form], referent, omitting: surname - tokens.lowerBound)
            }
            // Family names come first in many Asian names ("Rha Woong Bae" is "Rha").
            if !scan.has(tokens.lowerBound, [.givenName, .commonWord, .stop, .never]), !scan.isInitial(tokens.lowerBound) {
                add(all[0..<1], ids[0..<1], referent, omitting: tokens.count - 1)
            }
            return
        }
        guard label == .org else { return }
        for end in (tokens.lowerBound + 1)..<tokens.upperBound where scan.isNameWord(end - 1) {
            let prefix = tokens.lowerBound..<end
            if prefix.count == 1, scan.has(prefix.lowerBound, [.generic, .commonWord, .never, .designator, .title]) { continue }
            // "Commerce" of "Commerce Department" names a subject, not the department.
            if scan.has(end, [.head, .office]) && !scan.has(end, [.legalDesignator, .suffixDesignator]) { continue }
            if let (place, _) = scan.cueMatch(at: prefix.lowerBound), place.tokens == prefix,
               scan.has(prefix.lowerBound, [.place, .nationality]) || prefix.count > 1 { continue }
            add(all[0..<prefix.count], ids[0..<prefix.count], referent, omitting: tokens.upperBound - end)
        }
        registerInitials(of: tokens, referent: referent, in: scan)
        // "Montagu" for "Samuel Montagu and Co Ltd": a firm named after a person goes by the surname.
        if tokens.count > 2, scan.has(tokens.lowerBound, .givenName), scan.isNameWord(tokens.lowerBound + 1),
           !scan.has(tokens.lowerBound + 1, [.designator, .commonWord, .generic]) {
            add(all[1..<2], ids[1..<2], referent, omitting: tokens.count - 1)
        }
        // "Ford Canada" for "Ford Motor Co of Canada Ltd".
        if let of = tokens.first(where: { scan.isText($0, "of") }), of + 1 < tokens.upperBound, of > tokens.lowerBound,
           let (place, cue) = scan.cueMatch(at: of + 1, limit: tokens.upperBound), cue.contains(.place) {
            let name = (place.tokens.lowerBound - tokens.lowerBound)..<(place.tokens.upperBound - tokens.lowerBound)
            add(([all[0]] + all[name])[...], ([ids[0]] + ids[name])[...], referent, omitting: tokens.count - 1 - place.tokens.count)
        }
    }

    /// Registers the organization a document speaks for (a filing's
    /// company, "Abbott Laboratories"): its words and their leading words.
    mutating func registerOrganization(_ name: String, referent: Int, lexicon: NameLexicon) {
        let words = name.split(separator: " ").map { Array($0.utf16.filter { $0 != 0x2C })[...] }.filter { !$0.isEmpty }
        for count in 1...max(1, words.count) where count <= words.count {
            let last = words[count - 1]
            if let phrase = lexicon.cues.phrase(of: [last]), !lexicon.cueClasses[Int(phrase)].isDisjoint(with: [.designator, .generic, .stop, .commonWord]),
               count == 1 || count < words.count {
                continue
            }
            add(words[0..<count], referent, omitting: words.count - count)
        }
    }

    /// "SEC" for "Securities and Exchange Commission", and "LASMO" for "London
    /// and Scottish Marine Oil Plc", where the connectors' initials count too.
    private mutating func registerInitials(of tokens: Range<Int>, referent: Int, in scan: NameScan) {
        // Most names have fewer than two such words, or nothing else: count before building the arrays.
        let capitals = tokens.count { scan.tokens[$0].kind == .word && scan.isCapitalized($0) && !scan.has($0, .legalDesignator) }
        guard capitals >= 2, capitals < tokens.count else { return }
        var initials = [UInt16]()
        var withConnectors = [UInt16]()
        for index in tokens where scan.tokens[index].kind == .word {
            let first = scan.unit(index)
            if scan.isCapitalized(index), !scan.has(index, .legalDesignator) {
                let upper = first &- 0x61 < 26 ? first - 0x20 : first
                initials.append(upper)
                withConnectors.append(upper)
            } else if scan.isText(index, "and") {
                withConnectors.append(0x41)
            }
        }
        guard initials.count >= 2, initials.count < tokens.count else { return }
        add([initials[...]][...], referent, omitting: 0)
        if withConnectors != initials { add([withConnectors[...]][...], referent, omitting: 0) }
    }

    /// Registers a form whose words are not the document's tokens (initials,
    /// a filing's company name), and so have no ids yet.
    private mutating func add(_ keys: ArraySlice<ArraySlice<UInt16>>, _ referent: Int, omitting: Int) {
        let ids = keys.map { lexiconWords.id(of: $0) ?? -1 }
        add(keys, ids[...], referent, omitting: omitting)
    }

    /// Registers a form given as its words' keys and their ids in the lexicons' vocabulary (-1 for none).
    private mutating func add(_ keys: ArraySlice<ArraySlice<UInt16>>, _ ids: ArraySlice<Int32>, _ referent: Int, omitting: Int) {
        guard !keys.isEmpty else { return }
        // Inserting a form again adds its spelling ("Lasmo" after the initials "LASMO").
        let phrase = Int(matcher.insert(keys, ids: ids))
        if phrase == referents.count {
            referents.append(referent)
            omitted.append(omitting)
        } else if omitted[phrase] > omitting {
            referents[phrase] = referent
            omitted[phrase] = omitting
        }
    }

    /// The tokens' keys, the last one without its possessive ending.
    private func keys(_ tokens: Range<Int>, in scan: NameScan) -> [ArraySlice<UInt16>] {
        tokens.map { index in
            let key = PhraseMatcher.key(of: scan.tokens[index], in: scan.text)
            return index == tokens.upperBound - 1 && scan.isPossessive(index) ? key.dropLast(2) : key
        }
    }

    private static func isNameSuffix(_ units: ArraySlice<UInt16>) -> Bool {
        NameScan.nameSuffixes.contains { units.elementsEqual($0.utf16) }
    }
}
