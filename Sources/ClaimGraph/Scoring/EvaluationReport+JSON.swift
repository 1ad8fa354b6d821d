/// Writing a report as one JSON object (`claimgraph evaluate --format json`).
extension EvaluationReport {
    /// Writes the scores; `includesErrors` adds the error list.
    ///
    ///     {"documents": 32, "labels": {"ORG": {"strict": {"tp": 180, "fp": 20, "fn": 25,
    ///      "precision": 0.9, "recall": 0.878, "f1": 0.889}, "lenient": {...}}, ...},
    ///      "micro": {"strict": {...}, "lenient": {...}},
    ///      "values": {"MONEY": {"correct": 40, "total": 45, "accuracy": 0.889}, "DATE": {...}},
    ///      "claims": {"tp": ..., "time": {"correct": ..., "total": ..., "accuracy": ...}}, "errors": [...]}
    ///
    /// Undefined ratios (see ``MatchCounts``) are `null`.
    public func writeJSON(to json: inout JSONWriter, includesErrors: Bool) {
        json.beginObject()
        json.number(documents, key: "documents")
        json.beginObject("labels")
        for label in labels {
            json.beginObject(label.rawValue)
            Self.write(strict[label] ?? MatchCounts(), key: "strict", to: &json)
            Self.write(lenient[label] ?? MatchCounts(), key: "lenient", to: &json)
            json.endObject()
        }
        json.endObject()
        json.beginObject("micro")
        Self.write(strictMicro, key: "strict", to: &json)
        Self.write(lenientMicro, key: "lenient", to: &json)
        json.endObject()
        json.beginObject("values")
        Self.write(moneyValues, key: EntityLabel.money.rawValue, to: &json)
        Self.write(dateValues, key: EntityLabel.date.rawValue, to: &json)
        json.endObject()
        json.beginObject("claims")
        Self.writeMembers(claims, to: &json)
        Self.write(claimTimes, key: "time", to: &json)
        json.endObject()
        if includesErrors {
            json.beginArray("errors")
            for error in errors {
                json.beginObject()
                json.string(error.kind.rawValue, key: "kind")
                json.string(error.documentID, key: "document")
                json.string(error.label, key: "label")
                json.number(error.start, key: "start")
                json.number(error.end, key: "end")
                json.string(error.text, key: "text")
                if let rule = error.rule { json.string(rule, key: "rule") } else { json.null(key: "rule") }
                json.string(error.detail, key: "detail")
                json.string(error.sentence, key: "sentence")
                json.endObject()
            }
            json.endArray()
        }
        json.endObject()
    }

    private static func write(_ counts: MatchCounts, key: String, to json: inout JSONWriter) {
        json.beginObject(key)
        writeMembers(counts, to: &json)
        json.endObject()
    }

    private static func writeMembers(_ counts: MatchCounts, to json: inout JSONWriter) {
        json.number(counts.truePositives, key: "tp")
        json.number(counts.falsePositives, key: "fp")
        json.number(counts.falseNegatives, key: "fn")
        write(counts.precision, key: "precision", to: &json)
        write(counts.recall, key: "recall", to: &json)
        write(counts.f1, key: "f1", to: &json)
    }

    private static func write(_ accuracy: Accuracy, key: String, to json: inout JSONWriter) {
        json.beginObject(key)
        json.number(accuracy.correct, key: "correct")
        json.number(accuracy.total, key: "total")
        write(accuracy.value, key: "accuracy", to: &json)
        json.endObject()
    }

    private static func write(_ ratio: Double?, key: String, to json: inout JSONWriter) {
        if let ratio { json.number(ratio, key: key) } else { json.null(key: key) }
    }
}
