import Foundation

/// The claim graph: the claims of many documents merged, with nodes for the
/// organizations, people and products they name and edges for what is
/// claimed about them, each edge with its evidence.
///
/// Nodes are canonical entities: every mention whose canonical name is
/// "Meta", in any document, is one node. An edge joins a subject node to an
/// object (another node, an amount or words of the text) under a predicate,
/// for a period; claims that say the same thing are one edge with several
/// pieces of evidence. Claims that give different amounts for the same
/// subject, predicate and period (and both per share, or both not) are kept
/// as separate edges, side by side, and marked ``Edge/isConflicting``;
/// amounts without a period are not compared, as nothing says they are for
/// the same one.
///
///     var graph = ClaimNetwork()
///     for document in documents { graph.add(try pipeline.process(document)) }
///     for edge in graph.edges where edge.isConflicting { print(graph.nodes[edge.subject].name, edge.predicate) }
public struct ClaimNetwork: Sendable {
    /// An organization, person or product that claims are about.
    public struct Node: Sendable, Hashable {
        /// The canonical name: "Meta", "Mark Zuckerberg".
        public var name: String
        /// The entity label: ORG, PERSON or PRODUCT.
        public var label: EntityLabel
        /// The ids of the documents that make claims about or with it.
        public var documents: [String]
    }

    /// What an edge points to.
    public enum Object: Sendable, Hashable {
        /// A node: the acquired company, the delayed product.
        case node(Int)
        /// An amount: the value of a capex or revenue claim.
        case money(MoneyValue)
        /// Words of the text that no entity covers.
        case text(String)
    }

    /// One claim behind an edge: where it was said and how.
    public struct Evidence: Sendable, Hashable {
        /// The document's id.
        public var document: String
        /// The sentence that makes the claim.
        public var sentence: String
        /// The sentence's code point offsets in its document.
        public var start: Int
        /// The end of the sentence (code point offset, exclusive).
        public var end: Int
        /// The words that express the predicate: "capital expenditures".
        public var trigger: String
        /// Who says so, when the sentence names someone: "people familiar with the matter".
        public var attribution: String?
        /// The rule that made the claim.
        public var rule: String
        /// The claim's confidence, from 0 to 1.
        public var confidence: Double
    }

    /// A claim about a subject, merged over every document that makes it.
    public struct Edge: Sendable, Hashable {
        /// The subject's node.
        public var subject: Int
        /// The predicate: "capex", "acquisition".
        public var predicate: String
        /// The object, if the claim has one.
        public var object: Object?
        /// The period, as the TIMEX3 value of the claim's date ("2025", "2025-FA").
        public var period: String?
        /// How the amount and the time are qualified.
        public var qualifiers: ClaimQualifiers
        /// How the claim is put.
        public var modality: Modality
        /// Whether the text says it did not happen.
        public var negated: Bool
        /// Every claim merged into this edge, in the order the documents were added.
        public var evidence: [Evidence]
        /// Whether another edge gives a different amount for the same subject,
        /// predicate and (known) period.
        public var isConflicting: Bool

        /// The highest confidence among the edge's evidence.
        public var confidence: Double { evidence.map(\.confidence).max() ?? 0 }
    }

    /// The nodes, in the order they were first seen.
    public private(set) var nodes: [Node] = []
    /// The edges, in the order they were first seen.
    public private(set) var edges: [Edge] = []
    private var nodeIndex: [NodeKey: Int] = [:]
    private var edgeIndex: [EdgeKey: Int] = [:]
    /// Edges with amounts, by subject, predicate and period: where conflicts are looked for.
    private var amountEdges: [SlotKey: [Int]] = [:]

    private struct NodeKey: Hashable {
        var label: EntityLabel
        var name: String
    }

    private struct EdgeKey: Hashable {
        var subject: Int
        var predicate: String
        var object: Object?
        var period: String?
        var qualifiers: ClaimQualifiers
        var modality: Modality
        var negated: Bool
    }

    private struct SlotKey: Hashable {
        var subject: Int
        var predicate: String
        var period: String?
        var perShare: Bool
    }

    /// Creates an empty graph.
    public init() {}

    /// Adds the claims of a processed document.
    public mutating func add(_ document: Document) {
        for claim in document.claims {
            guard let subject = subjectNode(claim, in: document) else { continue }
            var object: Object?
            switch claim.object {
            case .entity(let index)?:
                let entity = document.entities[index]
                if let money = entity.money {
                    object = .money(money)
                } else {
                    object = .node(node(named: Self.name(of: entity, in: document), label: entity.label, document: document.id))
                }
            case .literal(let range)?:
                object = .text(document.text(in: Int(range.lowerBound)..<Int(range.upperBound)))
            case nil:
                object = nil
            }
            let period = claim.time.flatMap { document.entities[$0].date?.timex }
            let key = EdgeKey(subject: subject, predicate: claim.predicate, object: object, period: period,
                              qualifiers: claim.qualifiers, modality: claim.modality, negated: claim.negated)
            let evidence = Self.evidence(of: claim, in: document)
            if let index = edgeIndex[key] {
                edges[index].evidence.append(evidence)
                continue
            }
            edgeIndex[key] = edges.count
            edges.append(Edge(subject: subject, predicate: claim.predicate, object: object, period: period,
                              qualifiers: claim.qualifiers, modality: claim.modality, negated: claim.negated,
                              evidence: [evidence], isConflicting: false))
            if case .money = object, !claim.negated, period != nil {
                markConflicts(SlotKey(subject: subject, predicate: claim.predicate, period: period, perShare: claim.qualifiers.perShare),
                              adding: edges.count - 1)
            }
        }
    }

    /// The part of the graph around the node named `name` (ignoring case):
    /// the node, the edges from or to it, and the nodes at their other ends.
    public func neighborhood(of name: String) -> ClaimNetwork {
        let wanted = Evaluator.fold(name)
        let centers = Set(nodes.indices.filter { Evaluator.fold(nodes[$0].name) == wanted })
        var result = ClaimNetwork()
        for edge in edges {
            var touches = centers.contains(edge.subject)
            if case .node(let object)? = edge.object, centers.contains(object) { touches = true }
            guard touches else { continue }
            result.copy(edge, from: self)
        }
        return result
    }

    /// The graph without the edges whose best evidence has a confidence below `minimum`.
    public func filtered(minimumConfidence minimum: Double) -> ClaimNetwork {
        var result = ClaimNetwork()
        for edge in edges where edge.confidence >= minimum { result.copy(edge, from: self) }
        return result
    }

    private mutating func copy(_ edge: Edge, from graph: ClaimNetwork) {
        func copyNode(_ index: Int) -> Int {
            let node = graph.nodes[index]
            let key = NodeKey(label: node.label, name: Evaluator.fold(node.name))
            if let existing = nodeIndex[key] { return existing }
            nodeIndex[key] = nodes.count
            nodes.append(node)
            return nodes.count - 1
        }
        var copied = edge
        copied.subject = copyNode(edge.subject)
        if case .node(let object)? = edge.object { copied.object = .node(copyNode(object)) }
        edgeIndex[EdgeKey(subject: copied.subject, predicate: copied.predicate, object: copied.object, period: copied.period,
                          qualifiers: copied.qualifiers, modality: copied.modality, negated: copied.negated)] = edges.count
        edges.append(copied)
    }

    /// Marks every amount edge of a slot as conflicting once the slot holds
    /// two different amounts.
    private mutating func markConflicts(_ slot: SlotKey, adding edge: Int) {
        amountEdges[slot, default: []].append(edge)
        let members = amountEdges[slot]!
        guard members.count > 1 else { return }
        let amounts = Set(members.compactMap { index -> MoneyValue? in
            if case .money(let money)? = edges[index].object { return money }
            return nil
        })
        guard amounts.count > 1 else { return }
        for member in members { edges[member].isConflicting = true }
    }

    private mutating func subjectNode(_ claim: Claim, in document: Document) -> Int? {
        if let subject = claim.subject {
            let entity = document.entities[subject]
            return node(named: Self.name(of: entity, in: document), label: entity.label, document: document.id)
        }
        return claim.impliedSubject.map { node(named: $0, label: .org, document: document.id) }
    }

    private mutating func node(named name: String, label: EntityLabel, document: String) -> Int {
        let key = NodeKey(label: label, name: Evaluator.fold(name))
        if let index = nodeIndex[key] {
            if nodes[index].documents.last != document { nodes[index].documents.append(document) }
            return index
        }
        nodeIndex[key] = nodes.count
        nodes.append(Node(name: name, label: label, documents: [document]))
        return nodes.count - 1
    }

    private static func name(of entity: Entity, in document: Document) -> String {
        entity.canonical ?? document.text(in: entity.range)
    }

    private static func evidence(of claim: Claim, in document: Document) -> Evidence {
        let sentence = document.sentences[claim.sentence].range
        let text = document.text(in: sentence).split(whereSeparator: \.isNewline).joined(separator: " ")
        return Evidence(document: document.id, sentence: text,
                        start: document.codePointOffset(sentence.lowerBound), end: document.codePointOffset(sentence.upperBound),
                        trigger: document.text(in: Int(claim.trigger.lowerBound)..<Int(claim.trigger.upperBound)),
                        attribution: claim.attribution.map { document.text(in: Int($0.lowerBound)..<Int($0.upperBound)) },
                        rule: claim.rule, confidence: claim.confidence)
    }
}
