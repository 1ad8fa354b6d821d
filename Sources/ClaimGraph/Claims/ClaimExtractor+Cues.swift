/// Modality, negation and attribution: how a sentence puts its claim.
extension ClaimExtractor {
    /// What the cues before a claim say about it.
    struct Cues {
        var modality = Modality.asserted
        var negated = false
        var noClaim = false
    }

    /// Who a claim is attributed to, and whether that makes it hearsay.
    struct Attribution {
        var range: Range<Int32>
        var hearsay: Bool
    }

    /// Reads the modality and negation cues between the claim's subject (or
    /// the sentence start) and the end of its core, and the no-claim cues
    /// anywhere in the sentence ("plans to invest $4 million if the deal is
    /// completed"). A forecast ("could", "expects") outranks an intention
    /// ("decide to"): "could ultimately decide to release" is expected. A
    /// figure for a period that ended before the document's date is a fact
    /// whatever the cues ("expects ... up from 74 mln dlrs a year ago"); an
    /// event keeps them ("In January, Loral said it planned to acquire").
    func readCues(for draft: ClaimDraft) -> Cues {
        var cues = Cues()
        var windowStart = scan.tokens.lowerBound
        for case let entity? in [draft.subject, draft.passive ? draft.objectEntity : nil]
        where scan.entities.contains(entity) && scan.tokens(of: entity).upperBound <= draft.core.lowerBound {
            windowStart = max(windowStart, scan.tokens(of: entity).upperBound)
        }
        var negationEnd = -1
        for (index, match) in scan.matches.enumerated() {
            if match.start < draft.trigger.upperBound, match.end > draft.trigger.lowerBound { continue }
            if case .modality(.noClaim) = lexicon.cues[Int(match.cue)] {
                cues.noClaim = true
                continue
            }
            guard match.end <= draft.core.upperBound else { continue }
            let longest = !scan.matches[(index + 1)...].contains { $0.start == match.start && sameKind($0, match) }
            switch lexicon.cues[Int(match.cue)] {
            case .modality(.expected) where match.start >= windowStart:
                cues.modality = .expected
            case .modality(.planned) where match.start >= windowStart && cues.modality != .expected:
                cues.modality = .planned
            case .negation(let negates) where longest && match.start >= windowStart && match.end <= draft.trigger.lowerBound:
                if match.start >= negationEnd {
                    cues.negated = cues.negated || negates
                    negationEnd = match.end
                }
            default:
                break
            }
        }
        if cues.modality != .asserted, draft.rule != .price, draft.objectEntity.map({ kind($0) == .money }) == true, isPast(draft.time) {
            cues.modality = .asserted
        }
        return cues
    }

    /// Whether a DATE entity's period ended before the document's date.
    private func isPast(_ time: Int?) -> Bool {
        guard let time, let end = document.entities[time].date?.end, let date = document.date else { return false }
        return end < date
    }

    private func sameKind(_ first: SentenceScan.Match, _ second: SentenceScan.Match) -> Bool {
        switch (lexicon.cues[Int(first.cue)], lexicon.cues[Int(second.cue)]) {
        case (.negation, .negation), (.attribution, .attribution), (.modality, .modality): return true
        default: return false
        }
    }

    /// The attribution of a claim: the sentence's attribution cue nearest to
    /// the claim (hearsay first), and the words naming its speaker. None when
    /// the speaker is the claim's own subject ("Meta said its revenue rose").
    func attribution(for draft: ClaimDraft) -> Attribution? {
        var best: (match: SentenceScan.Match, hearsay: Bool, speaker: ClaimLexicon.SpeakerPosition)?
        for (index, match) in scan.matches.enumerated() {
            guard case .attribution(let hearsay, let speaker) = lexicon.cues[Int(match.cue)],
                  match.end <= draft.core.lowerBound || match.start >= draft.core.upperBound,
                  !scan.matches[(index + 1)...].contains(where: { $0.start == match.start && sameKind($0, match) }) else { continue }
            if let current = best {
                if current.hearsay && !hearsay { continue }
                if current.hearsay == hearsay, distance(current.match, draft) <= distance(match, draft) { continue }
            }
            best = (match, hearsay, speaker)
        }
        guard let best, let speaker = speakerTokens(of: best.match, position: best.speaker) else { return nil }
        // Hearsay needs a source that is named ("The Information reported"); other words before
        // "reported" are what was reported ("the 164.7 mln dlrs reported for February 1986").
        if best.hearsay, best.speaker == .before, scan.entity(at: speaker.lowerBound) == nil { return nil }
        if let entity = scan.entity(at: speaker.lowerBound), let subject = draft.subject,
           entity == subject || document.entities[entity].canonical.map({ $0 == document.entities[subject].canonical }) == true {
            return nil
        }
        if speaker.count <= 2, subjectReference(endingAt: speaker.upperBound) != nil { return nil }
        return Attribution(range: document.tokens[speaker.lowerBound].start..<document.tokens[speaker.upperBound - 1].end,
                           hearsay: best.hearsay)
    }

    private func distance(_ match: SentenceScan.Match, _ draft: ClaimDraft) -> Int {
        match.end <= draft.core.lowerBound ? draft.core.lowerBound - match.end : match.start - draft.core.upperBound
    }

    /// The tokens that name who says so: the cue itself, the words after
    /// "according to", or the name or noun phrase before "said" (after it in
    /// ", said Ravid Shwartz-Ziv").
    private func speakerTokens(of match: SentenceScan.Match, position: ClaimLexicon.SpeakerPosition) -> Range<Int>? {
        switch position {
        case .self, .none:
            return match.start..<match.end
        case .after:
            var end = match.end
            while end < scan.tokens.upperBound, end < match.end + 12, !isCharacter(end, 0x2C), !isClauseBreak(end),
                  document.tokens[end].kind != .punctuation || isJoiner(end) {
                end += 1
            }
            return end > match.end ? match.end..<end : nil
        case .before:
            if match.start > scan.tokens.lowerBound, isCharacter(match.start - 1, 0x2C) || isQuote(match.start - 1),
               match.end < scan.tokens.upperBound, let entity = scan.entity(at: match.end) {
                return scan.tokens(of: entity)
            }
            var end = match.start
            while end > scan.tokens.lowerBound, wordClass(end - 1) == .adverb { end -= 1 }
            guard end > scan.tokens.lowerBound else { return nil }
            if let entity = scan.entity(at: end - 1) {
                return kind(entity) == .org || kind(entity) == .person ? scan.tokens(of: entity) : nil
            }
            var start = end
            while start > max(scan.tokens.lowerBound, end - 6), isNominal(start - 1) || wordClass(start - 1) == .pronoun { start -= 1 }
            if start > scan.tokens.lowerBound, wordClass(start - 1) == .determiner { start -= 1 }
            return start < end ? start..<end : nil
        }
    }
}
