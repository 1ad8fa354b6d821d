/// Finding a claim's subject: in the sentence, through "it", "its", "the
/// company" or "we", or from what the text is about.
extension ClaimExtractor {
    /// What a reference resolved to: an entity or the document's organization,
    /// and how sure the resolution is.
    struct Referent {
        var entity: Int?
        var implied: String?
        var factor: Double
    }

    /// Fills the subject of `draft`, trying in order: a possessive right before
    /// the figure ("Meta's net income", "its revenue"); the nearest entity with
    /// one of `labels` in a subject position before the claim, or a pronoun or
    /// "the company" there; the nearest such entity in any position a few
    /// words before ("the proposal of Fujitsu to take control of"); a reference
    /// or an entity in a subject position later in the sentence ("Commenting
    /// on the figures, Egan said Jaguar ..."); the organization the document
    /// speaks for; and, when the sentence names no candidate but the claim's
    /// object and opens with the figure ("Net income totalled ..."), the
    /// organization or person the text is about.
    /// Returns false when no subject is found or a pronoun cannot be resolved.
    func resolveSubject(of draft: inout ClaimDraft, labels: [EntityLabel], phraseStart: Int?, allowsFocus: Bool = true) -> Bool {
        if let phraseStart, let referent = possessor(before: phraseStart, labels: labels) ?? possessor(after: draft.trigger.upperBound, labels: labels) {
            return assign(referent, to: &draft)
        }
        var position = draft.core.lowerBound - 1
        while position >= scan.tokens.lowerBound {
            if let entity = scan.entity(at: position) {
                if labels.contains(label(entity)), isSubjectPosition(entity) {
                    draft.subject = entity
                    return true
                }
                position = scan.tokens(of: entity).lowerBound - 1
                continue
            }
            if let (start, referent, isNoun) = subjectReference(endingAt: position + 1) {
                return resolve(referent, isNoun: isNoun, at: start, labels: labels).map { assign($0, to: &draft) } ?? false
            }
            position -= 1
        }
        if let entity = scan.entities.last(where: { entity in
            labels.contains(label(entity)) && entity != draft.objectEntity
                && scan.tokens(of: entity).upperBound <= draft.core.lowerBound && scan.tokens(of: entity).upperBound >= draft.core.lowerBound - 3
        }) {
            return assign(Referent(entity: entity, factor: 0.8), to: &draft)
        }
        for end in draft.core.upperBound..<scan.tokens.upperBound {
            if let entity = scan.entity(at: end), scan.tokens(of: entity).lowerBound == end, labels.contains(label(entity)),
               entity != draft.objectEntity, isSubjectPosition(entity), !scan.isPossessive(scan.tokens(of: entity).upperBound - 1) {
                return assign(Referent(entity: entity, factor: 0.8), to: &draft)
            }
            if let (start, referent, isNoun) = subjectReference(endingAt: end + 1) {
                return resolve(referent, isNoun: isNoun, at: start, labels: labels).map { assign($0, to: &draft) } ?? false
            }
        }
        if labels.contains(.org), let organization = document.organization {
            return assign(filer(organization, factor: 0.9), to: &draft)
        }
        guard allowsFocus, let phraseStart, opensSentence(phraseStart),
              !scan.entities.contains(where: { labels.contains(label($0)) && $0 != draft.objectEntity }) else { return false }
        if labels.contains(.org), let org = focus.org { return assign(Referent(entity: org, factor: 0.6), to: &draft) }
        if labels.contains(.person), let person = focus.person { return assign(Referent(entity: person, factor: 0.6), to: &draft) }
        return false
    }

    /// Whether a figure phrase opens its sentence, after at most a determiner
    /// or a date: "Net income totalled ...", "Fourth quarter profit rose ...".
    /// Such a sentence is about the organization the text is about.
    private func opensSentence(_ token: Int) -> Bool {
        var position = scan.tokens.lowerBound
        while position < token {
            if let entity = scan.entity(at: position), kind(entity) == .date {
                position = scan.tokens(of: entity).upperBound
            } else if wordClass(position) == .determiner || isQuote(position) {
                position += 1
            } else {
                break
            }
        }
        return position == token
    }

    /// Resolves what a reference word at `token` refers to: an antecedent in
    /// a subject position earlier in the sentence, else the text's focus, else
    /// (for organizations) the document's organization.
    func resolve(_ referent: ClaimLexicon.Referent, isNoun: Bool, at token: Int, labels: [EntityLabel]) -> Referent? {
        switch referent {
        case .filer:
            return document.organization.map { filer($0, factor: 0.95) }
        case .org, .any:
            guard labels.contains(.org) else { return nil }
            // In a filing, "the Company" and "the Firm" are the filer.
            if let organization = document.organization, isNoun { return filer(organization, factor: 0.95) }
            if let entity = antecedent(before: token, label: .org) { return Referent(entity: entity, factor: 0.95) }
            if let org = focus.org { return Referent(entity: org, factor: 0.85) }
            return document.organization.map { filer($0, factor: 0.85) }
        case .person:
            guard labels.contains(.person) else { return nil }
            if let entity = antecedent(before: token, label: .person) { return Referent(entity: entity, factor: 0.95) }
            return focus.person.map { Referent(entity: $0, factor: 0.85) }
        case .product:
            return nil
        }
    }

    /// The nearest entity labeled `label` before `token` in a subject position
    /// or saying something ("after Loral said it planned to acquire").
    func antecedent(before token: Int, label wanted: EntityLabel) -> Int? {
        scan.entities.last { entity in
            label(entity) == wanted && scan.tokens(of: entity).upperBound <= token && (isSubjectPosition(entity) || isSpeaker(entity))
        }
    }

    /// A reference that can stand as a subject and ends at `end`: a pronoun
    /// ("it", "we") or a noun after "the", "this" or "that" ("the company", "the
    /// Facebook-parent"); possessives ("its") only mark a figure's owner.
    func subjectReference(endingAt end: Int) -> (start: Int, referent: ClaimLexicon.Referent, isNoun: Bool)? {
        for match in scan.matches where match.end == end {
            guard case .reference(let referent, let isNoun) = lexicon.cues[Int(match.cue)], referent != .product else { continue }
            if isNoun {
                if let start = determinerStart(before: match.start) { return (start, referent, true) }
            } else if wordClass(match.start) == .pronoun || wordClass(match.start) == nil {
                if match.start > scan.tokens.lowerBound, wordClass(match.start - 1) == .preposition { continue }
                return (match.start, referent, false)
            }
        }
        return nil
    }

    /// The "the", "this" or "that" at most four words before a reference noun,
    /// with only modifiers between ("the Facebook-parent"); nil if there is none.
    func determinerStart(before token: Int) -> Int? {
        var position = token - 1
        let keywords = lexicon.keywords
        while position >= max(scan.tokens.lowerBound, token - 5) {
            if [keywords.the, keywords.this, keywords.that].contains(scan.word(position)), scan.entity(at: position) == nil {
                return position
            }
            guard isNominal(position) || isJoiner(position) || scan.entity(at: position).map({ kind($0) == .org }) == true else { return nil }
            position -= 1
        }
        return nil
    }

    /// The owner named right after a figure phrase with "of" or "by":
    /// "Financing requirement of Metropole", "Total investment by the group".
    private func possessor(after end: Int, labels: [EntityLabel]) -> Referent? {
        guard end + 1 < scan.tokens.upperBound, isWord(end, lexicon.keywords.of) || isWord(end, lexicon.keywords.by) else { return nil }
        if let entity = scan.entity(at: end + 1) {
            return labels.contains(label(entity)) ? Referent(entity: entity, factor: 1) : nil
        }
        for match in scan.matches where match.start >= end + 1 && match.start <= end + 2 {
            guard case .reference(let referent, let isNoun) = lexicon.cues[Int(match.cue)], isNoun,
                  determinerStart(before: match.start) == end + 1 else { continue }
            return resolve(referent, isNoun: true, at: end + 1, labels: labels)
        }
        return nil
    }

    /// The owner named right before a figure phrase, skipping a date: "Meta's
    /// capital expenditures", "its 1986 net income", "the company's revenue".
    private func possessor(before phraseStart: Int, labels: [EntityLabel]) -> Referent? {
        var position = phraseStart - 1
        if position >= scan.tokens.lowerBound, let entity = scan.entity(at: position), kind(entity) == .date {
            position = scan.tokens(of: entity).lowerBound - 1
        }
        guard position >= scan.tokens.lowerBound else { return nil }
        if let entity = scan.entity(at: position) {
            guard scan.isPossessive(position), labels.contains(label(entity)) else { return nil }
            return Referent(entity: entity, factor: 1)
        }
        for match in scan.matches where match.end == position + 1 {
            guard case .reference(let referent, let isNoun) = lexicon.cues[Int(match.cue)] else { continue }
            let possessive = isNoun ? scan.isPossessive(position) && determinerStart(before: match.start) != nil
                                    : wordClass(match.start) == .determiner
            if possessive { return resolve(referent, isNoun: isNoun, at: match.start, labels: labels) }
        }
        return nil
    }

    /// The document's organization as a subject: its first mention in the
    /// document when there is one, so that "we" and "Abbott" become one node
    /// of the claim graph; otherwise the name itself.
    private func filer(_ organization: String, factor: Double) -> Referent {
        Referent(entity: filerMention, implied: filerMention == nil ? organization : nil, factor: factor)
    }

    private func assign(_ referent: Referent, to draft: inout ClaimDraft) -> Bool {
        draft.subject = referent.entity
        draft.impliedSubject = referent.implied
        draft.subjectFactor = referent.factor
        return true
    }
}
