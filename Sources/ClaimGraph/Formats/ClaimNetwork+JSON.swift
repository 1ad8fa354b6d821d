/// Writing a claim graph as one JSON object (`claimgraph graph --format json`).
extension ClaimNetwork {
    /// Writes the graph: `{"nodes": [...], "edges": [...]}`. Nodes have an
    /// `id` ("n1"), `label`, `name` and `documents`; edges a `subject` node id,
    /// `predicate`, `object` (a node id, a money value object, or `{"text"}`),
    /// `period`, `qualifiers`, `modality`, `negated`, `conflict`,
    /// `confidence` and `evidence` (document, sentence and its code point
    /// offsets, trigger, attribution, rule, confidence).
    public func writeJSON(to json: inout JSONWriter) {
        json.beginObject()
        json.beginArray("nodes")
        for (index, node) in nodes.enumerated() {
            json.beginObject()
            json.string(Self.nodeID(index), key: "id")
            json.string(node.label.rawValue, key: "label")
            json.string(node.name, key: "name")
            json.beginArray("documents")
            for document in node.documents { json.string(document) }
            json.endArray()
            json.endObject()
        }
        json.endArray()
        json.beginArray("edges")
        for edge in edges { write(edge, to: &json) }
        json.endArray()
        json.endObject()
    }

    /// The JSON and DOT id of the node at `index`: "n1" for the first.
    static func nodeID(_ index: Int) -> String { "n\(index + 1)" }

    private func write(_ edge: Edge, to json: inout JSONWriter) {
        json.beginObject()
        json.string(Self.nodeID(edge.subject), key: "subject")
        json.string(edge.predicate, key: "predicate")
        switch edge.object {
        case .node(let index)?: json.string(Self.nodeID(index), key: "object")
        case .money(let money)?:
            json.beginObject("object")
            money.writeJSONFields(to: &json)
            json.endObject()
        case .text(let text)?:
            json.beginObject("object")
            json.string(text, key: "text")
            json.endObject()
        case nil: json.null(key: "object")
        }
        if let period = edge.period { json.string(period, key: "period") } else { json.null(key: "period") }
        edge.qualifiers.writeJSON(to: &json)
        json.string(edge.modality.rawValue, key: "modality")
        json.bool(edge.negated, key: "negated")
        json.bool(edge.isConflicting, key: "conflict")
        json.number((edge.confidence * 1000).rounded() / 1000, key: "confidence")
        json.beginArray("evidence")
        for evidence in edge.evidence {
            json.beginObject()
            json.string(evidence.document, key: "document")
            json.string(evidence.sentence, key: "sentence")
            json.number(evidence.start, key: "start")
            json.number(evidence.end, key: "end")
            json.string(evidence.trigger, key: "trigger")
            if let attribution = evidence.attribution { json.string(attribution, key: "attribution") }
            json.string(evidence.rule, key: "rule")
            json.number((evidence.confidence * 1000).rounded() / 1000, key: "confidence")
            json.endObject()
        }
        json.endArray()
        json.endObject()
    }
}
