/// Choosing among proposals, and in-document coreference: later, shorter
/// mentions of a name ("Zuckerberg", "Jefferies", "SEC", "REUTERS" in a
/// headline) take the label and canonical name of the full one.
extension NameScan {
    /// What a group of mentions refers to. Its canonical name is the one a
    /// user's gazetteer gives, else the fullest name the document uses for it
    /// (as the annotation guidelines ask), else a bundled lexicon's.
    struct Referent {
        var label: EntityLabel
        var lexiconCanonical: String?
        var userCanonical: String?
        var longest: Range<Int32>?
        var longestIsShouting = true
    }

    /// A chosen name and the referent it belongs to.
    struct Mention {
        var candidate: NameCandidate
        var referent: Int?
    }

    /// The names of a document, chosen, linked and given canonical names.
    func names() -> [Entity] {
        let weak = proposeNames()
        var occupied = [Bool](repeating: false, count: tokens.count)
        var mentions = choose(candidates, occupied: &occupied).map { Mention(candidate: $0) }
        var referents = [Referent]()
        var forms = NameForms(lexiconWords: lexicon.cues.vocabulary)
        if let organization = document.organization, !organization.isEmpty {
            referents.append(Referent(label: .org, lexiconCanonical: organization))
            forms.registerOrganization(organization, referent: 0, lexicon: lexicon)
        }
        link(&mentions, referents: &referents, forms: &forms)
        findAliases(&mentions, referents: &referents, forms: &forms, occupied: &occupied)
        // Weak names of several words go first, so that "Bangor Hydro said" makes "Bangor said" its alias.
        for pass in [weak.filter { $0.tokens.count > 1 }, weak.filter { $0.tokens.count == 1 }] {
            let chosen = choose(pass, occupied: &occupied)
            guard !chosen.isEmpty else { continue }
            mentions += chosen.map { Mention(candidate: $0) }
            link(&mentions, referents: &referents, forms: &forms)
            findAliases(&mentions, referents: &referents, forms: &forms, occupied: &occupied)
        }
        let canonicals = referents.map { referent in
            referent.userCanonical
                ?? referent.longest.map { string(Int($0.lowerBound)..<Int($0.upperBound)) }
                ?? referent.lexiconCanonical
        }
        return mentions.compactMap { mention -> Entity? in
            let candidate = mention.candidate
            guard let label = candidate.label else { return nil }
            let canonical = mention.referent.map { canonicals[$0] } ?? candidate.canonical
            return Entity(label: label, start: candidate.start, end: candidate.end, rule: candidate.rule, canonical: canonical)
        }
    }

    /// The text of a UTF-16 range. Names are nearly always ASCII, whose bytes
    /// are written straight into the string: `String(decoding:as:)` of UTF-16
    /// takes a generic path that costs hundreds of instructions a character.
    func string(_ range: Range<Int>) -> String {
        text.withUnsafeBufferPointer { text in
            let units = UnsafeBufferPointer(rebasing: text[range])
            guard units.allSatisfy({ $0 < 0x80 }) else { return String(decoding: units, as: UTF16.self) }
            return String(unsafeUninitializedCapacity: units.count) { bytes in
                for (offset, unit) in units.enumerated() { bytes[offset] = UInt8(truncatingIfNeeded: unit) }
                return units.count
            }
        }
    }

    /// Keeps the longest proposals, then the strongest, that overlap no kept one.
    func choose(_ proposals: [NameCandidate], occupied: inout [Bool]) -> [NameCandidate] {
        // Sorting indices by keys without strings moves no reference counts around.
        let keys = proposals.map { (length: $0.tokens.count, priority: $0.priority, start: $0.start) }
        let ordered = keys.indices.sorted {
            let (first, second) = (keys[$0], keys[$1])
            if first.length != second.length { return first.length > second.length }
            if first.priority != second.priority { return first.priority > second.priority }
            return first.start < second.start
        }
        var kept = [NameCandidate]()
        for candidate in ordered.lazy.map({ proposals[$0] }) where !candidate.tokens.contains(where: { occupied[$0] }) {
            for index in candidate.tokens { occupied[index] = true }
            kept.append(candidate)
        }
        return kept
    }

    /// Gives each ORG and PERSON mention without a referent one: the referent
    /// its words already name, or a new one. Longer mentions go first, so
    /// that "Zuckerberg" joins "Mark Zuckerberg" wherever each stands.
    func link(_ mentions: inout [Mention], referents: inout [Referent], forms: inout NameForms) {
        let order = mentions.indices.filter { mentions[$0].referent == nil && (mentions[$0].candidate.label == .org || mentions[$0].candidate.label == .person) }
            .sorted { mentions[$0].candidate.tokens.count > mentions[$1].candidate.tokens.count }
        for index in order {
            let candidate = mentions[index].candidate
            guard let label = candidate.label else { continue }
            let referent: Int
            if let known = forms.referent(of: candidate, in: self, referents: referents) {
                referent = known
            } else {
                referents.append(Referent(label: label, lexiconCanonical: candidate.gazetteerCanonical))
                referent = referents.count - 1
            }
            mentions[index].referent = referent
            if candidate.rule.hasPrefix("gazetteer.") { referents[referent].userCanonical = candidate.canonical }
            note(candidate, in: &referents[referent])
            forms.register(candidate, referent: referent, in: self)
        }
        mentions.sort { $0.candidate.start < $1.candidate.start }
    }

    private func note(_ candidate: NameCandidate, in referent: inout Referent) {
        let span = candidate.start..<candidate.end
        let isShouting = marks[candidate.tokens.lowerBound].shouting
        if let longest = referent.longest, !(referent.longestIsShouting && !isShouting), longest.count >= span.count { return }
        referent.longest = span
        referent.longestIsShouting = isShouting
    }

    /// Tags the free words that spell a registered form of a name: a
    /// surname, a short form, an acronym, the same name in a headline.
    func findAliases(_ mentions: inout [Mention], referents: inout [Referent], forms: inout NameForms, occupied: inout [Bool]) {
        var found = [Mention]()
        for mention in mentions {
            // "Securities and Exchange Commission (SEC)", "London and Scottish Marine Oil Plc (Lasmo)":
            // a capitalized word in parentheses names the same organization.
            let last = mention.candidate.tokens.upperBound
            guard mention.candidate.label == .org, let referent = mention.referent, last + 2 < tokens.count,
                  unit(last) == 0x28, tokens[last + 2].length == 1, unit(last + 2) == 0x29,
                  isCapitalized(last + 1), !occupied[last + 1], !marks[last + 1].taken else { continue }
            let acronym = NameCandidate(tokens: (last + 1)..<(last + 2), start: tokens[last + 1].start, end: tokens[last + 1].end,
                                        label: .org, rule: "org.parenthesis", canonical: nil, priority: .strong)
            occupied[last + 1] = true
            forms.register(acronym, referent: referent, in: self)
            found.append(Mention(candidate: acronym, referent: referent))
        }
        mentions += found
        found = []
        // A longer form of a name may take the place of shorter names inside it: "Ford Canada" over "Ford" and "Canada".
        var owner = [Int](repeating: -1, count: tokens.count)
        for (number, mention) in mentions.enumerated() {
            for index in mention.candidate.tokens { owner[index] = number }
        }
        var replaced = Set<Int>()
        // Read once: through `forms`, each token's look-up copied the matcher.
        let matcher = forms.matcher
        var index = 0
        while index < tokens.count {
            guard !marks[index].taken, isCapitalized(index),
                  let match = matcher.longestMatch(at: index, limit: marks[index].sentenceEnd, ids: ids, in: document,
                                                         checksCase: true, relaxesCase: marks[index].shouting),
                  match.tokens.allSatisfy({ !marks[$0].taken && (!occupied[$0] || replaceable(mentions[owner[$0]], by: match.tokens)) }) else {
                index += 1
                continue
            }
            for covered in match.tokens where occupied[covered] { replaced.insert(owner[covered]) }
            let referent = forms.referents[Int(match.phrase)]
            let label = referents[referent].label
            let candidate = NameCandidate(tokens: match.tokens, start: tokens[index].start, end: match.end, label: label,
                                          rule: label == .person ? "person.alias" : "org.alias", canonical: nil, priority: .strong)
            for covered in match.tokens { occupied[covered] = true }
            note(candidate, in: &referents[referent])
            found.append(Mention(candidate: candidate, referent: referent))
            index = match.tokens.upperBound
        }
        if !replaced.isEmpty { mentions = mentions.enumerated().filter { !replaced.contains($0.offset) }.map(\.element) }
        mentions += found
        mentions.sort { $0.candidate.start < $1.candidate.start }
    }

    /// Whether a mention lies inside a longer match of a registered form and
    /// may give way to it: a place, or a shorter ORG or PERSON.
    private func replaceable(_ mention: Mention, by match: Range<Int>) -> Bool {
        let tokens = mention.candidate.tokens
        guard match.count > tokens.count, tokens.lowerBound >= match.lowerBound, tokens.upperBound <= match.upperBound else { return false }
        return mention.candidate.rule == "place" || mention.candidate.label == .org || mention.candidate.label == .person
    }
}
