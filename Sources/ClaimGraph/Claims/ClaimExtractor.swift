/// Makes the claims of one document, sentence by sentence, remembering which
/// organization, person and product the text is about so that "it", "the
/// company" and passive sentences with no agent find their subject.
///
/// It reads only the document's tokens, sentences and entities. Product names
/// it finds as objects are returned as UTF-16 ranges for the stage to tag.
struct ClaimExtractor {
    /// What the text is about so far: the last organization, person and
    /// product in a subject or object position.
    struct Focus {
        var org: Int?
        var person: Int?
        var product: ClaimDraft.Object?
    }

    /// A finished claim whose object may still be a product range to tag.
    struct Result {
        var claim: Claim
        var product: Range<Int32>?
    }

    let document: Document
    let lexicon: ClaimLexicon
    var scan: SentenceScan
    var focus = Focus()

    /// The first ORG entity that names the document's organization ("Abbott"
    /// for "Abbott Laboratories"), the subject of a filing's "we".
    let filerMention: Int?

    /// Prepares to read `document`, whose tokens have the ids `sharedWords` in the index `words` shares.
    init(document: Document, lexicon: ClaimLexicon, words: StageWords, sharedWords: [SharedWords.TokenWord]) {
        self.document = document
        self.lexicon = lexicon
        scan = SentenceScan(document: document, lexicon: lexicon, words: words, sharedWords: sharedWords)
        filerMention = document.organization.flatMap { organization in
            document.entities.indices.first { index in
                let entity = document.entities[index]
                guard entity.label == .org else { return false }
                return Self.sameOrganization(entity.canonical ?? document.text(in: entity.range), organization)
            }
        }
    }

    /// Whether two names name the same organization: equal ignoring case and
    /// a leading "The", or one is the other's first words ("Abbott", "Abbott
    /// Laboratories").
    static func sameOrganization(_ first: String, _ second: String) -> Bool {
        func words(_ name: String) -> [Substring] {
            let words = name.lowercased().split { !$0.isLetter && !$0.isNumber }
            return words.first == "the" ? Array(words.dropFirst()) : words
        }
        let (a, b) = (words(first), words(second))
        guard !a.isEmpty, !b.isEmpty else { return false }
        return a.starts(with: b) || b.starts(with: a)
    }

    /// Reads every sentence and returns its claims in text order.
    mutating func run() -> [Result] {
        var results: [Result] = []
        var drafts: [ClaimDraft] = []
        for index in document.sentences.indices {
            scan.load(index)
            focus = readSentence(into: &results, drafts: &drafts)
        }
        return results
    }

    /// Adds the claims of the loaded sentence to `results` and returns the
    /// focus after it; `drafts` is scratch space. Not mutating: called from
    /// the mutating loop, the rules received a copy of the extractor each
    /// (the profile showed one per call); from here they read it in place.
    private func readSentence(into results: inout [Result], drafts: inout [ClaimDraft]) -> Focus {
        drafts.removeAll(keepingCapacity: true)
        if !isQuestion() {
            let prices = addEventClaims(to: &drafts)
            addFigureClaims(to: &drafts, skipping: prices)
        }
        drafts.sort { $0.trigger.lowerBound < $1.trigger.lowerBound }
        var subjects: [Int] = []
        for draft in drafts {
            guard let result = finish(draft) else { continue }
            results.append(result)
            if let subject = result.claim.subject { subjects.append(subject) }
        }
        return focus(afterClaimSubjects: subjects, drafts: drafts)
    }

    /// Whether the sentence asks rather than tells: it ends with a question mark.
    private func isQuestion() -> Bool {
        var position = scan.tokens.upperBound - 1
        while position >= scan.tokens.lowerBound, isQuote(position) { position -= 1 }
        return position >= scan.tokens.lowerBound && isCharacter(position, 0x3F)
    }

    /// Whether an entity is followed by words that make it a source: "The
    /// Information earlier reported", "Rau said"; with `hearsayOnly`, only a
    /// source of hearsay ("reported", not "said").
    func isSpeaker(_ entity: Int, hearsayOnly: Bool = false) -> Bool {
        var position = scan.tokens(of: entity).upperBound
        while position < scan.tokens.upperBound, wordClass(position) == .adverb { position += 1 }
        return scan.matches.contains { match in
            guard match.start == position, case .attribution(let hearsay, _) = lexicon.cues[Int(match.cue)] else { return false }
            return hearsay || !hearsayOnly
        }
    }

    /// Turns a draft into a claim: applies the cues, the attribution and the
    /// confidence, or drops it when the sentence does not assert it.
    private func finish(_ draft: ClaimDraft) -> Result? {
        let predicate = draft.predicate.map { lexicon.predicates[$0] }
        if let predicate {
            if predicate.needsObject && draft.object == nil && !draft.hasEventObject { return nil }
            if predicate.needsTime && draft.time == nil { return nil }
        }
        guard draft.subject != nil || draft.impliedSubject != nil else { return nil }
        if case .entity(let object)? = draft.object, object == draft.subject { return nil }
        let cues = readCues(for: draft)
        guard !cues.noClaim else { return nil }
        var modality = cues.modality
        let attribution = self.attribution(for: draft)
        if attribution?.hearsay == true { modality = .reported }
        var object: ClaimObject?
        var product: Range<Int32>?
        switch draft.object {
        case .entity(let index)?: object = .entity(index)
        case .product(let tokens)?:
            let last = document.tokens[tokens.upperBound - 1]
            let possessive = SharedWords.endsInApostropheS(document.utf16[last.range])
            product = document.tokens[tokens.lowerBound].start..<(possessive ? last.end - 2 : last.end)
        case nil: object = nil
        }
        let trigger = document.tokens[draft.trigger.lowerBound].start..<document.tokens[draft.trigger.upperBound - 1].end
        let claim = Claim(subject: draft.subject, impliedSubject: draft.impliedSubject,
                          predicate: predicate?.name ?? "metric", object: object, time: draft.time,
                          qualifiers: draft.qualifiers, attribution: attribution?.range, negated: cues.negated,
                          modality: modality, sentence: scan.sentence, trigger: trigger, rule: draft.rule.rawValue,
                          confidence: lexicon.confidence(draft.rule) * draft.subjectFactor)
        return Result(claim: claim, product: product)
    }

    /// The focus after the loaded sentence, which remembers its subject for
    /// the next sentences' "it" and "the company": its claims' subjects first, else the first organization
    /// or person in a subject position that is not a source of hearsay ("The
    /// Information reported"); and the last product it named.
    private func focus(afterClaimSubjects claimSubjects: [Int], drafts: [ClaimDraft]) -> Focus {
        var focus = self.focus
        var org: Int?
        var person: Int?
        for subject in claimSubjects {
            if kind(subject) == .org { org = subject } else if kind(subject) == .person { person = subject }
        }
        for entity in scan.entities where org == nil || person == nil {
            let isOrg = kind(entity) == .org
            guard isOrg ? org == nil : person == nil && kind(entity) == .person,
                  isSubjectPosition(entity), !isSpeaker(entity, hearsayOnly: true) else { continue }
            if isOrg { org = entity } else { person = entity }
        }
        if let org { focus.org = org }
        if let person { focus.person = person }
        for entity in scan.entities where kind(entity) == .product {
            focus.product = .entity(entity)
        }
        for draft in drafts {
            if case .product? = draft.object { focus.product = draft.object }
            if case .entity(let index)? = draft.object, kind(index) == .product { focus.product = draft.object }
        }
        return focus
    }
}
