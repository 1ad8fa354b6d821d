/// Scores system documents against gold documents and accumulates an
/// ``EvaluationReport``.
///
/// Entities are compared per label, in each document separately; only the
/// labels given are scored (others, such as PRODUCT, are ignored).
///
/// - **Strict** (CoNLL, seqeval): a system entity is a true positive when a
///   gold entity has the same label, start and end. Each gold entity matches
///   at most one system entity, so a duplicate prediction is a false positive.
/// - **Lenient** (nervaluate's `ent_type` schema, GATE's lenient): a system
///   entity is a true positive when it overlaps (shares at least one
///   character with) a gold entity of the same label. Matching is one-to-one
///   and greedy: all overlapping pairs are taken in order of decreasing
///   overlap (ties: earlier gold, then earlier system entity), and a pair is
///   kept when neither side is matched yet. Unmatched system entities are
///   false positives, unmatched gold entities false negatives.
/// - **Value accuracy**, over strictly matched pairs whose gold entity has a
///   value: MONEY is right when amount, currency and qualifier are all equal
///   (a system entity without a value is wrong); DATE when the timex is equal.
///
/// Claims are matched one-to-one within a document. A system claim matches
/// a gold claim when all three agree:
///
/// - **subject**: the subject names, compared ignoring case and runs of white
///   space. A gold claim's subject name is its Subject entity's canonical name
///   (its text when it has none) or, without a Subject, the document's
///   organization (``Document/organization``, from documents.tsv). A system
///   claim's is its subject entity's canonical name (or text), or its
///   ``Claim/impliedSubject``. A claim with no subject name matches nothing.
/// - **predicate**: equal.
/// - **object**: both absent; or, for a gold MONEY object, a system MONEY
///   object with an equal amount; or, for any other gold object, a system
///   object entity with the same canonical name (or text), or a system object
///   (entity or literal) whose span overlaps the gold one.
///
/// Gold claims are taken in order, each paired with the unmatched matching
/// system claim whose trigger starts nearest to its own. **Time accuracy**
/// is then judged over matched pairs: right when neither has a time, or both
/// do and their timex values are equal (or, when either lacks a value, their
/// spans overlap). Modality and negation are not scored.
public struct Evaluator: Sendable {
    /// The scores so far.
    public private(set) var report: EvaluationReport

    /// Creates an evaluator for `labels`.
    public init(labels: [EntityLabel] = EntityLabel.core) {
        report = EvaluationReport(labels: labels)
    }

    /// Scores one document: `system` must have the same text as `gold`.
    public mutating func add(gold: Document, system: Document) {
        report.documents += 1
        for label in report.labels {
            scoreEntities(label: label, gold: gold, system: system)
        }
        scoreClaims(gold: gold, system: system)
    }

    // MARK: Entities

    private mutating func scoreEntities(label: EntityLabel, gold: Document, system: Document) {
        let goldIndices = gold.entities.indices.filter { gold.entities[$0].label == label }
        let systemIndices = system.entities.indices.filter { system.entities[$0].label == label }

        var strictGold: [Int: Int] = [:]
        var strictSystem: Set<Int> = []
        for s in systemIndices {
            let entity = system.entities[s]
            if let g = goldIndices.first(where: { strictGold[$0] == nil && gold.entities[$0].range == entity.range }) {
                strictGold[g] = s
                strictSystem.insert(s)
            }
        }
        report.strict[label, default: MatchCounts()] += MatchCounts(
            truePositives: strictGold.count,
            falsePositives: systemIndices.count - strictGold.count,
            falseNegatives: goldIndices.count - strictGold.count)

        var candidates: [(overlap: Int, gold: Int, system: Int)] = []
        for g in goldIndices {
            let goldRange = gold.entities[g].range
            for s in systemIndices {
                let overlap = goldRange.clamped(to: system.entities[s].range).count
                if overlap > 0 { candidates.append((overlap, g, s)) }
            }
        }
        candidates.sort { ($1.overlap, $0.gold, $0.system) < ($0.overlap, $1.gold, $1.system) }
        var lenientGold: Set<Int> = []
        var lenientSystem: Set<Int> = []
        for candidate in candidates where !lenientGold.contains(candidate.gold) && !lenientSystem.contains(candidate.system) {
            lenientGold.insert(candidate.gold)
            lenientSystem.insert(candidate.system)
        }
        report.lenient[label, default: MatchCounts()] += MatchCounts(
            truePositives: lenientGold.count,
            falsePositives: systemIndices.count - lenientGold.count,
            falseNegatives: goldIndices.count - lenientGold.count)

        for (g, s) in strictGold.sorted(by: { $0.key < $1.key }) {
            scoreValue(gold.entities[g], system.entities[s], in: gold)
        }
        for s in systemIndices where !strictSystem.contains(s) {
            let entity = system.entities[s]
            let overlapping = gold.entities.first { $0.label == label && $0.overlaps(entity.range) }
                ?? gold.entities.first { report.labels.contains($0.label) && $0.overlaps(entity.range) }
            let detail = overlapping.map { other in
                other.label == label ? "boundary: gold is '\(gold.text(in: other.range))'"
                    : "label: gold \(other.label) '\(gold.text(in: other.range))'"
            } ?? "no gold entity here"
            report.errors.append(Self.error(in: gold, .falsePositive, label: label.rawValue, range: entity.range, rule: entity.rule, detail: detail))
        }
        for g in goldIndices where strictGold[g] == nil {
            let entity = gold.entities[g]
            let overlapping = system.entities.first { $0.label == label && $0.overlaps(entity.range) }
                ?? system.entities.first { $0.overlaps(entity.range) }
            let detail = overlapping.map { "system has \($0.label) '\(system.text(in: $0.range))'" } ?? "missed"
            report.errors.append(Self.error(in: gold, .falseNegative, label: label.rawValue, range: entity.range,
                                               rule: overlapping?.rule, detail: detail + " (gold \(entity.rule))"))
        }
    }

    private mutating func scoreValue(_ gold: Entity, _ system: Entity, in document: Document) {
        let isCorrect: Bool
        let describe: (Entity) -> String
        switch gold.label {
        case .money where gold.money != nil:
            let expected = gold.money!
            isCorrect = system.money.map { $0.amount == expected.amount && $0.currency == expected.currency && $0.qualifier == expected.qualifier } ?? false
            describe = { $0.money.map { "\($0.amount) \($0.currency) \($0.qualifier.rawValue)" } ?? "no value" }
            report.moneyValues.record(isCorrect)
        case .date where gold.date != nil:
            isCorrect = system.date?.timex == gold.date!.timex
            describe = { $0.date.map { "timex \($0.timex)" } ?? "no value" }
            report.dateValues.record(isCorrect)
        default:
            return
        }
        if !isCorrect {
            report.errors.append(Self.error(in: document, .wrongValue, label: gold.label.rawValue, range: gold.range, rule: system.rule,
                                               detail: "system \(describe(system)), gold \(describe(gold))"))
        }
    }

    // MARK: Claims

    private mutating func scoreClaims(gold: Document, system: Document) {
        let systemSubjects = system.claims.map { Self.subjectName($0, in: system, fallback: $0.impliedSubject) }
        var matchedSystem: [Int: Int] = [:]
        var matchedGold: Set<Int> = []
        for (g, goldClaim) in gold.claims.enumerated() {
            guard let subject = Self.subjectName(goldClaim, in: gold, fallback: gold.organization) else { continue }
            func distance(_ s: Int) -> Int32 { abs(system.claims[s].trigger.lowerBound - goldClaim.trigger.lowerBound) }
            let best = system.claims.indices
                .filter { s in
                    matchedSystem[s] == nil && systemSubjects[s] == subject && system.claims[s].predicate == goldClaim.predicate
                        && Self.objectsMatch(goldClaim.object, in: gold, system.claims[s].object, in: system)
                }
                .min { distance($0) < distance($1) }
            if let best {
                matchedSystem[best] = g
                matchedGold.insert(g)
            }
        }
        report.claims += MatchCounts(truePositives: matchedGold.count,
                                     falsePositives: system.claims.count - matchedGold.count,
                                     falseNegatives: gold.claims.count - matchedGold.count)
        for (s, g) in matchedSystem.sorted(by: { $0.value < $1.value }) {
            let isCorrect = Self.timesMatch(gold.claims[g].time, in: gold, system.claims[s].time, in: system)
            report.claimTimes.record(isCorrect)
            if !isCorrect {
                report.errors.append(Self.error(in: gold, .wrongValue, label: "claim", range: Self.range(of: system.claims[s]), rule: system.claims[s].rule,
                                                   detail: "time: system \(Self.timeText(system.claims[s], in: system)), gold \(Self.timeText(gold.claims[g], in: gold))"))
            }
        }
        for (s, claim) in system.claims.enumerated() where matchedSystem[s] == nil {
            report.errors.append(Self.error(in: gold, .falsePositive, label: "claim", range: Self.range(of: claim), rule: claim.rule,
                                               detail: Self.describe(claim, in: system, subject: systemSubjects[s])))
        }
        for (g, claim) in gold.claims.enumerated() where !matchedGold.contains(g) {
            let subject = Self.subjectName(claim, in: gold, fallback: gold.organization)
            report.errors.append(Self.error(in: gold, .falseNegative, label: "claim", range: Self.range(of: claim), rule: nil,
                                               detail: Self.describe(claim, in: gold, subject: subject) + " (gold \(claim.rule))"))
        }
    }

    /// The folded name of a claim's subject: its entity's canonical name or
    /// text, else `fallback`.
    static func subjectName(_ claim: Claim, in document: Document, fallback: String?) -> String? {
        if let subject = claim.subject { return name(of: document.entities[subject], in: document) }
        return fallback.map(fold)
    }

    static func name(of entity: Entity, in document: Document) -> String {
        fold(entity.canonical ?? document.text(in: entity.range))
    }

    /// Lowercased, with each run of white space one space.
    static func fold(_ name: String) -> String { foldSpace(name.lowercased()) }

    /// The text with each run of white space made one space.
    static func foldSpace(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func objectsMatch(_ gold: ClaimObject?, in goldDocument: Document, _ system: ClaimObject?, in systemDocument: Document) -> Bool {
        switch (gold, system) {
        case (nil, nil):
            return true
        case (.entity(let g)?, .entity(let s)?):
            let goldEntity = goldDocument.entities[g]
            let systemEntity = systemDocument.entities[s]
            if goldEntity.label == .money, let amount = goldEntity.money?.amount {
                return systemEntity.money?.amount == amount
            }
            return name(of: goldEntity, in: goldDocument) == name(of: systemEntity, in: systemDocument) || goldEntity.overlaps(systemEntity.range)
        case (.some(let g), .some(let s)):
            return objectRange(g, in: goldDocument).overlaps(objectRange(s, in: systemDocument))
        default:
            return false
        }
    }

    static func timesMatch(_ gold: Int?, in goldDocument: Document, _ system: Int?, in systemDocument: Document) -> Bool {
        switch (gold, system) {
        case (nil, nil): return true
        case (let g?, let s?):
            if let goldTimex = goldDocument.entities[g].date?.timex, let systemTimex = systemDocument.entities[s].date?.timex {
                return goldTimex == systemTimex
            }
            return goldDocument.entities[g].overlaps(systemDocument.entities[s].range)
        default: return false
        }
    }

    static func objectRange(_ object: ClaimObject, in document: Document) -> Range<Int> {
        switch object {
        case .entity(let index): document.entities[index].range
        case .literal(let range): Int(range.lowerBound)..<Int(range.upperBound)
        }
    }

    static func range(of claim: Claim) -> Range<Int> { Int(claim.trigger.lowerBound)..<Int(claim.trigger.upperBound) }

    static func timeText(_ claim: Claim, in document: Document) -> String {
        guard let time = claim.time else { return "none" }
        let entity = document.entities[time]
        return "'\(document.text(in: entity.range))'" + (entity.date.map { " (\($0.timex))" } ?? "")
    }

    /// "meta --capex--> 'up to $72 billion' @ 'this year'".
    static func describe(_ claim: Claim, in document: Document, subject: String?) -> String {
        let object = claim.object.map { "'\(document.text(in: objectRange($0, in: document)))'" } ?? "none"
        return "\(subject ?? "(no subject)") --\(claim.predicate)--> \(object) @ \(timeText(claim, in: document))"
    }

    /// An error record with code point offsets and the gold sentence around `range`.
    static func error(in gold: Document, _ kind: EvaluationError.Kind, label: String, range: Range<Int>,
                      rule: String?, detail: String) -> EvaluationError {
        let codePoints = gold.codePointRange(range)
        let sentence = gold.sentences.isEmpty ? range : gold.sentences[gold.sentenceIndex(containing: range.lowerBound)].range
        return EvaluationError(kind: kind, documentID: gold.id, label: label,
                               start: codePoints.lowerBound, end: codePoints.upperBound,
                               text: gold.text(in: range), sentence: foldSpace(gold.text(in: sentence)),
                               rule: rule, detail: detail)
    }
}
