/// Event claims: "Meta is delaying the release of Behemoth", "Fujitsu agreed to
/// acquire Fairchild for $200 million", "Lennox will retire March 31".
extension ClaimExtractor {
    /// Adds a claim for every event phrase of the sentence that finds its
    /// subject (and its object, where the predicate needs one), and a price
    /// claim for an acquisition or sale "for" an amount. Returns the amounts
    /// used as prices, which get no figure claim.
    func addEventClaims(to drafts: inout [ClaimDraft]) -> [Int] {
        var prices: [Int] = []
        var consumed = scan.tokens.lowerBound
        for (index, match) in scan.matches.enumerated() where match.start >= consumed {
            guard case .trigger(let predicate, let drops) = lexicon.cues[Int(match.cue)],
                  lexicon.predicates[predicate].frame == .event, !isGluedByHyphen(match.start),
                  !scan.matches[(index + 1)...].contains(where: { $0.start == match.start && isEvent($0) }) else { continue }
            var draft = ClaimDraft(predicate: predicate, rule: .event, trigger: match.start..<(drops ? match.end - 1 : match.end),
                                   core: match.start..<match.end)
            var objectStart = match.end
            if let chained = chainedEvent(after: match.end) {
                draft.trigger = match.start..<chained.end - 1
                draft.hasEventObject = true
                objectStart = chained.end
                consumed = chained.end
            } else {
                consumed = match.end
            }
            guard fillRoles(of: &draft, predicate: lexicon.predicates[predicate], objectStart: objectStart) else { continue }
            if let stake = lexicon.stakePredicate, isShare(of: draft) { draft.predicate = stake }
            let time = eventTime(draft)
            draft.time = time.entity
            draft.qualifiers.time = time.qualifier
            drafts.append(draft)
            if let price = priceClaim(for: draft) {
                drafts.append(price)
                if case .entity(let amount)? = price.object { prices.append(amount) }
            }
        }
        return prices
    }

    /// Whether `token` is the second half of a hyphenated adjective: "state-owned".
    private func isGluedByHyphen(_ token: Int) -> Bool {
        token > scan.tokens.lowerBound && isCharacter(token - 1, 0x2D) && !document.tokens[token].flags.contains(.spaceBefore)
    }

    private func isEvent(_ match: SentenceScan.Match) -> Bool {
        guard case .trigger(let predicate, _) = lexicon.cues[Int(match.cue)] else { return false }
        return lexicon.predicates[predicate].frame == .event
    }

    /// An event noun with its preposition right after an event verb: "the
    /// release of" in "delaying the release of Behemoth".
    private func chainedEvent(after end: Int) -> SentenceScan.Match? {
        var position = end
        while position < scan.tokens.upperBound, wordClass(position) == .determiner { position += 1 }
        guard position > end else { return nil }
        return scan.matches.last { match in
            guard match.start == position, case .trigger(_, let drops) = lexicon.cues[Int(match.cue)], drops else { return false }
            return isEvent(match)
        }
    }

    /// Fills subject and object. Predicates whose subject is a person
    /// (departure, appointment, hire) take roles by label; the others by
    /// position, reversed in the passive ("was acquired by Fujitsu", "90 pct
    /// owned by Ford Motor Co"). An event noun may name its agent with "by"
    /// before its object ("a takeover by Fujitsu of Fairchild").
    private func fillRoles(of draft: inout ClaimDraft, predicate: ClaimLexicon.Predicate, objectStart: Int) -> Bool {
        if !predicate.subjectLabels.contains(.org) {
            guard let person = nearestEntity(to: draft.trigger, labels: predicate.subjectLabels) else {
                return resolveSubject(of: &draft, labels: predicate.subjectLabels, phraseStart: nil, allowsFocus: false)
            }
            draft.subject = person
            // "Comstock Group Inc said John Halecky Jr resigned": the organization may come first.
            draft.object = object(from: objectStart, labels: predicate.objectLabels, toClauseEnd: true)
                ?? scan.entities.last { predicate.objectLabels.contains(label($0)) && scan.tokens(of: $0).upperBound <= draft.trigger.lowerBound }
                    .map { .entity($0) }
            return true
        }
        let byAgent = draft.hasEventObject ? nil : agent(after: objectStart, labels: predicate.subjectLabels)
        if isPassive(draft.trigger) || (byAgent != nil && isParticiple(draft.trigger.upperBound - 1)) {
            draft.rule = .eventPassive
            draft.passive = true
            guard let object = objectBefore(draft.trigger.lowerBound, labels: predicate.objectLabels) else { return false }
            draft.object = object
            if let agent = byAgent ?? agent(after: draft.trigger.upperBound, labels: predicate.subjectLabels) {
                draft.subject = agent
            } else if predicate.subjectLabels.contains(.org), let org = antecedent(before: draft.trigger.lowerBound, label: .org) ?? focus.org {
                draft.subject = org
                draft.subjectFactor = scan.entities.contains(org) ? 0.9 : 0.7
            } else {
                return false
            }
            return true
        }
        if let byAgent {
            draft.subject = byAgent
            draft.object = object(from: scan.tokens(of: byAgent).upperBound, labels: predicate.objectLabels)
            return true
        }
        draft.object = object(from: objectStart, labels: predicate.objectLabels)
        if case .entity(let entity)? = draft.object, scan.entities.contains(entity) {
            draft.core = draft.core.lowerBound..<max(draft.core.upperBound, scan.tokens(of: entity).upperBound)
        }
        return resolveSubject(of: &draft, labels: predicate.subjectLabels, phraseStart: nil, allowsFocus: false)
    }

    /// Whether `token` looks like a past participle: "acquired", "owned",
    /// "taken", "bought", "sold".
    private func isParticiple(_ token: Int) -> Bool {
        let units = document.utf16[document.tokens[token].range]
        return ["ed", "en", "ght"].contains { units.count > $0.utf16.count + 1 && units.suffix($0.utf16.count).elementsEqual($0.utf16) }
            || ["sold", "held", "left"].contains { units.elementsEqual($0.utf16) }
    }

    /// Whether an event verb is passive: a form of "to be" right before it
    /// ("was acquired", "has not been released"), and it is not an -ing form.
    private func isPassive(_ trigger: Range<Int>) -> Bool {
        let units = document.utf16[document.tokens[trigger.lowerBound].range]
        if units.count > 3, units.suffix(3).elementsEqual("ing".utf16) { return false }
        var position = trigger.lowerBound - 1
        while position >= scan.tokens.lowerBound, wordClass(position) == .adverb { position -= 1 }
        return position >= scan.tokens.lowerBound && wordClass(position) == .be
    }

    /// The entity nearest to the trigger with one of `labels`: before it
    /// first, else after it.
    private func nearestEntity(to trigger: Range<Int>, labels: [EntityLabel]) -> Int? {
        scan.entities.last { labels.contains(label($0)) && scan.tokens(of: $0).upperBound <= trigger.lowerBound }
            ?? scan.entities.first { labels.contains(label($0)) && scan.tokens(of: $0).lowerBound >= trigger.upperBound }
    }

    /// The object after an active event: the first entity with one of
    /// `labels` before the next verb, comma or clause (with `toClauseEnd`,
    /// anywhere before the next comma: "resigned as president and chief
    /// executive officer of its First National Bank subsidiary"), a product
    /// name, or a word that refers to one.
    private func object(from start: Int, labels: [EntityLabel], toClauseEnd: Bool = false) -> ClaimDraft.Object? {
        var position = start
        let titled = labels.contains(.product) && isTitleCase()
        while position < min(scan.tokens.upperBound, toClauseEnd ? scan.tokens.upperBound : start + 10) {
            // The object is in the event's own phrase: a verb or a new clause ends it
            // ("the purchase of AMC would undercut ... Chrysler").
            if isClauseBreak(position) || isCharacter(position, 0x2C)
                || (!toClauseEnd && [.verb, .be, .link, .conjunction].contains(wordClass(position))) {
                return nil
            }
            if let entity = scan.entity(at: position) {
                let possessive = scan.isPossessive(scan.tokens(of: entity).upperBound - 1)
                // "acquired from Imasco", "through Kean Securities": not what the event acts on.
                let keywords = lexicon.keywords
                let governed = position > start && wordClass(position - 1) == .preposition
                    && ![keywords.of, keywords.in, keywords.for].contains(scan.word(position - 1))
                if labels.contains(label(entity)), !possessive || kind(entity) == .product, !governed { return .entity(entity) }
                if kind(entity) == .money || kind(entity) == .date { return nil }
                position = scan.tokens(of: entity).upperBound
                continue
            }
            if labels.contains(.product), !titled, let name = productName(at: position) { return .product(name) }
            if let referent = objectReference(at: position, labels: labels) { return referent }
            position += 1
        }
        return nil
    }

    /// The object of a passive event, before it: "it's been delayed", "That
    /// heftier version still hasn't been released", "Fairchild was acquired".
    private func objectBefore(_ trigger: Int, labels: [EntityLabel]) -> ClaimDraft.Object? {
        var position = trigger - 1
        while position >= scan.tokens.lowerBound, wordClass(position) == .be || wordClass(position) == .adverb || isNegation(position) {
            position -= 1
        }
        // "the model that was released": the object belongs to another clause.
        if position >= scan.tokens.lowerBound, wordClass(position) == .conjunction || isWord(position, lexicon.keywords.that) { return nil }
        while position >= scan.tokens.lowerBound, position >= trigger - 8 {
            if isClauseBreak(position) || isCharacter(position, 0x2C) { return nil }
            if let entity = scan.entity(at: position) {
                return labels.contains(label(entity)) ? .entity(entity) : nil
            }
            for match in scan.matches where match.end == position + 1 {
                guard case .reference(let referent, let isNoun) = lexicon.cues[Int(match.cue)] else { continue }
                if isNoun, determinerStart(before: match.start) == nil { continue }
                if let object = referredObject(referent, at: match.start, labels: labels) { return object }
            }
            position -= 1
        }
        return nil
    }

    /// A reference word at `token` standing for an object: "it", "the model".
    private func objectReference(at token: Int, labels: [EntityLabel]) -> ClaimDraft.Object? {
        guard wordClass(token) != .determiner else { return nil }
        for match in scan.matches where match.start == token {
            guard case .reference(let referent, let isNoun) = lexicon.cues[Int(match.cue)], !isNoun || determinerStart(before: token) != nil else { continue }
            if let object = referredObject(referent, at: token, labels: labels) { return object }
        }
        return nil
    }

    private func referredObject(_ referent: ClaimLexicon.Referent, at token: Int, labels: [EntityLabel]) -> ClaimDraft.Object? {
        if labels.contains(.product), referent == .product || referent == .any { return focus.product }
        if labels.contains(.org), referent == .org || referent == .any {
            return (antecedent(before: token, label: .org) ?? focus.org).map { .entity($0) }
        }
        return nil
    }

    /// Whether `token` starts a negation cue ("not", "hasn't").
    private func isNegation(_ token: Int) -> Bool {
        scan.matches.contains { match in
            guard match.start == token, case .negation(true) = lexicon.cues[Int(match.cue)] else { return false }
            return true
        }
    }

    /// The agent named with "by" right after `end`: "by Fujitsu", "by Japan's
    /// Fujitsu company".
    private func agent(after end: Int, labels: [EntityLabel]) -> Int? {
        guard end < scan.tokens.upperBound, isWord(end, lexicon.keywords.by) else { return nil }
        var position = end + 1
        while position < min(scan.tokens.upperBound, end + 4) {
            if let entity = scan.entity(at: position) { return labels.contains(label(entity)) ? entity : nil }
            guard scan.isPossessive(position) || wordClass(position) == .determiner else { return nil }
            position += 1
        }
        return nil
    }

    /// A product name at `token`: a capitalized word that is not a common
    /// capitalized word and does not start the sentence, with the capitalized
    /// words and numbers after it ("Claude 3.5 Opus", "GPT-4.5", "Llama").
    private func productName(at token: Int) -> Range<Int>? {
        guard token > scan.tokens.lowerBound, isCapitalizedName(token) else { return nil }
        var end = token + 1
        while end < scan.tokens.upperBound, !scan.isPossessive(end - 1) {
            if isCapitalizedName(end) || (document.tokens[end].kind == .number && scan.entity(at: end) == nil) {
                end += 1
            } else if end + 1 < scan.tokens.upperBound, isCharacter(end, 0x2D),
                      document.tokens[end + 1].kind == .number || isCapitalizedName(end + 1), !document.tokens[end].flags.contains(.spaceBefore) {
                end += 2
            } else {
                break
            }
        }
        return token..<end
    }

    private func isCapitalizedName(_ token: Int) -> Bool {
        let value = document.tokens[token]
        return value.kind == .word && value.flags.contains(.capitalized) && scan.entity(at: token) == nil && wordClass(token) == nil
    }

    /// Whether most of the sentence's longer words are capitalized, as in a
    /// headline, where capitals do not mark names.
    private func isTitleCase() -> Bool {
        var words = 0
        var capitalized = 0
        for token in scan.tokens where document.tokens[token].kind == .word && document.tokens[token].length > 3 && scan.entity(at: token) == nil {
            words += 1
            if document.tokens[token].flags.contains(.capitalized) { capitalized += 1 }
        }
        return words > 0 && capitalized * 2 > words
    }

    /// The time of an event: the first date after its words in the clause, else
    /// the nearest date before them in the sentence.
    private func eventTime(_ draft: ClaimDraft) -> Time {
        var position = draft.trigger.upperBound
        while position < scan.tokens.upperBound, !isClauseBreak(position),
              !(isCharacter(position, 0x2C) && position + 1 < scan.tokens.upperBound && wordClass(position + 1) == .conjunction) {
            if let entity = scan.entity(at: position), kind(entity) == .date { return time(of: entity) }
            position += 1
        }
        return time(of: scan.entities.last { kind($0) == .date && scan.tokens(of: $0).upperBound <= draft.trigger.lowerBound })
    }

    /// Whether an event's organization object follows a percentage: "acquired
    /// nearly six pct of TRE" is a stake, not an acquisition.
    private func isShare(of draft: ClaimDraft) -> Bool {
        guard let object = draft.objectEntity, scan.entities.contains(object), kind(object) == .org else { return false }
        var position = scan.tokens(of: object).lowerBound - 1
        guard position > draft.trigger.upperBound, isWord(position, lexicon.keywords.of) else { return false }
        position -= 1
        return isWord(position, lexicon.keywords.pct) || isWord(position, lexicon.keywords.percent) || isCharacter(position, 0x25)
    }

    /// The price of an acquisition or sale of an organization: "acquire
    /// Fairchild for $200 million", "sold its Star Oil and Gas Ltd unit to
    /// United Coal (Canada) Ltd for about 57 mln dlrs".
    private func priceClaim(for draft: ClaimDraft) -> ClaimDraft? {
        guard let price = lexicon.pricePredicate, let object = draft.objectEntity, scan.entities.contains(object),
              kind(object) == .org else { return nil }
        var position = scan.tokens(of: object).upperBound
        let limit = min(scan.tokens.upperBound - 1, position + 12)
        while position < limit, !isWord(position, lexicon.keywords.for) {
            if isClauseBreak(position) || scan.entity(at: position).map({ kind($0) == .money }) == true { return nil }
            position += 1
        }
        guard position < limit, let amount = scan.entity(at: position + 1), kind(amount) == .money else { return nil }
        var claim = draft
        claim.predicate = price
        claim.rule = .price
        claim.object = .entity(amount)
        let amountTokens = scan.tokens(of: amount)
        claim.core = min(draft.core.lowerBound, amountTokens.lowerBound)..<max(draft.core.upperBound, amountTokens.upperBound)
        claim.qualifiers = ClaimQualifiers(amount: document.entities[amount].money?.qualifier,
                                           per: document.entities[amount].money?.per, time: draft.qualifiers.time)
        return claim
    }
}
