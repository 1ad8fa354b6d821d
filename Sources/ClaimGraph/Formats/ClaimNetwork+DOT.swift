import Foundation

/// Writing a claim graph in GraphViz DOT (`claimgraph graph --format dot`),
/// to render with `dot -Tsvg graph.dot > graph.svg`.
extension ClaimNetwork {
    /// The graph as a DOT digraph. Organizations are rounded boxes, people
    /// ellipses, products folders; each amount is its own small note. An
    /// edge is labeled with its predicate, period and modality; conflicting
    /// amounts are red, negated claims dashed; hovering an edge in an SVG
    /// shows its first evidence sentence.
    public func dot() -> String {
        var lines = [
            "digraph claims {",
            "  graph [rankdir=LR, fontname=\"Helvetica\", nodesep=0.3, ranksep=0.6];",
            "  node [fontname=\"Helvetica\", fontsize=11];",
            "  edge [fontname=\"Helvetica\", fontsize=9, color=\"#555555\"];",
        ]
        for (index, node) in nodes.enumerated() {
            let shape: String
            switch node.label {
            case .org: shape = "shape=box, style=\"rounded,filled\", fillcolor=\"#dbe9f6\""
            case .person: shape = "shape=ellipse, style=filled, fillcolor=\"#def2de\""
            default: shape = "shape=folder, style=filled, fillcolor=\"#fbf1d0\""
            }
            lines.append("  \(Self.nodeID(index)) [label=\(Self.quoted(node.name)), \(shape)];")
        }
        // Edges of one subject and predicate sit together, so a drawing reads by predicate.
        let order = edges.indices.sorted { (edges[$0].subject, edges[$0].predicate, $0) < (edges[$1].subject, edges[$1].predicate, $1) }
        for index in order {
            let edge = edges[index]
            var target: String
            switch edge.object {
            case .node(let object)?:
                target = Self.nodeID(object)
            case .money(let money)?:
                target = "v\(index + 1)"
                lines.append("  \(target) [label=\(Self.quoted(Self.display(money, qualifiers: edge.qualifiers))), shape=note, style=filled, fillcolor=\"#f2f2f2\", fontsize=10];")
            case .text(let text)?:
                target = "v\(index + 1)"
                lines.append("  \(target) [label=\(Self.quoted(text)), shape=plaintext, fontsize=10];")
            case nil:
                target = "v\(index + 1)"
                lines.append("  \(target) [label=\"\", shape=point, width=0.05];")
            }
            var label = (edge.negated ? "not " : "") + edge.predicate
            if let period = edge.period {
                label += " · " + period + (edge.qualifiers.time == .orLater ? " or later" : edge.qualifiers.time == .orEarlier ? " or earlier" : "")
            }
            if edge.modality != .asserted { label += " (\(edge.modality.rawValue))" }
            if edge.evidence.count > 1 { label += " ×\(edge.evidence.count)" }
            var attributes = ["label=\(Self.quoted(label))"]
            if edge.isConflicting { attributes += ["color=\"#c0392b\"", "fontcolor=\"#c0392b\"", "penwidth=1.6"] }
            if edge.negated { attributes.append("style=dashed") }
            if let evidence = edge.evidence.first {
                let sentence = evidence.sentence.count > 300 ? String(evidence.sentence.prefix(300)) + "…" : evidence.sentence
                attributes.append("tooltip=\(Self.quoted("\(sentence) [\(evidence.document)]"))")
            }
            lines.append("  \(Self.nodeID(edge.subject)) -> \(target) [\(attributes.joined(separator: ", "))];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A DOT string literal.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for character in text {
            switch character {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n", "\r\n", "\r": result += "\\n"
            default: result.append(character)
            }
        }
        return result + "\""
    }

    /// An amount as a short label: "≤ $72B", "> $64B / year", "$60B–$65B".
    static func display(_ money: MoneyValue, qualifiers: ClaimQualifiers) -> String {
        let symbols = ["USD": "$", "GBP": "£", "EUR": "€", "JPY": "¥"]
        func amount(_ value: Decimal) -> String {
            let number = NSDecimalNumber(decimal: value).doubleValue
            let scales: [(Double, String)] = [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")]
            let (divisor, suffix) = scales.first { abs(number) >= $0.0 } ?? (1, "")
            var digits = String(format: "%.3f", number / divisor)
            while digits.hasSuffix("0") { digits.removeLast() }
            if digits.hasSuffix(".") { digits.removeLast() }
            if let symbol = symbols[money.currency] { return symbol + digits + suffix }
            return digits + suffix + " " + money.currency
        }
        var text: String
        switch money.qualifier {
        case .range:
            text = amount(money.min ?? money.amount) + "–" + amount(money.max ?? money.amount)
        default:
            let prefixes: [MoneyQualifier: String] = [.about: "~ ", .atLeast: "≥ ", .moreThan: "> ", .atMost: "≤ ", .lessThan: "< ", .upTo: "≤ "]
            text = (prefixes[money.qualifier] ?? "") + amount(money.amount)
        }
        if let per = money.per ?? qualifiers.per { text += " / " + per.rawValue }
        if qualifiers.perShare { text += " / share" }
        return text
    }
}
