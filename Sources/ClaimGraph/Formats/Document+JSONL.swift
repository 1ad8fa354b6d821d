import Foundation

/// Writing a processed document as one JSONL record (the `extract --format jsonl` output).
extension Document {
    /// Options for ``writeJSON(to:options:)``.
    public struct JSONOptions: Sendable, Hashable {
        /// Include every token with its offsets and kind.
        public var includesTokens: Bool
        /// Creates options.
        public init(includesTokens: Bool = false) { self.includesTokens = includesTokens }
    }

    /// The JSON id of the entity at `index`: "e1" for the first.
    public static func entityID(_ index: Int) -> String { "\(entityIDPrefix)\(index + 1)" }

    private static let entityIDPrefix = "e"

    /// Writes ``entityID(_:)`` of `index` without making the string.
    private static func writeEntityID(_ index: Int, key: String, to json: inout JSONWriter) {
        json.string(prefix: entityIDPrefix, number: index + 1, key: key)
    }

    /// Writes the document as one JSON object, offsets in code points.
    public func writeJSON(to json: inout JSONWriter, options: JSONOptions = JSONOptions()) {
        json.beginObject()
        json.string(id, key: "id")
        if let date { json.string(date.description, key: "date") } else { json.null(key: "date") }
        if let organization { json.string(organization, key: "org") }
        json.beginArray("sentences")
        for sentence in sentences {
            json.beginObject()
            writeOffsets(sentence.range, to: &json)
            json.endObject()
        }
        json.endArray()
        if options.includesTokens {
            json.beginArray("tokens")
            for token in tokens {
                json.beginObject()
                writeOffsets(token.range, to: &json)
                json.string(utf16: utf16[token.range], key: "text")
                json.string(token.kind.description, key: "kind")
                json.endObject()
            }
            json.endArray()
        }
        json.beginArray("entities")
        for index in entities.indices {
            writeEntity(at: index, to: &json)
        }
        json.endArray()
        json.beginArray("claims")
        for claim in claims {
            writeClaim(claim, to: &json)
        }
        json.endArray()
        json.endObject()
    }

    private func writeOffsets(_ range: Range<Int>, to json: inout JSONWriter) {
        json.number(codePointOffset(range.lowerBound), key: "start")
        json.number(codePointOffset(range.upperBound), key: "end")
    }

    private func writeEntity(at index: Int, to json: inout JSONWriter) {
        let entity = entities[index]
        json.beginObject()
        Self.writeEntityID(index, key: "id", to: &json)
        json.string(entity.label.rawValue, key: "label")
        writeOffsets(entity.range, to: &json)
        json.string(utf16: utf16[entity.range], key: "text")
        if let canonical = entity.canonical { json.string(canonical, key: "canonical") }
        json.string(entity.rule, key: "rule")
        if let money = entity.money {
            json.beginObject("value")
            money.writeJSONFields(to: &json)
            json.endObject()
        }
        if let date = entity.date {
            json.beginObject("value")
            json.string(date.timex, key: "timex")
            if let start = date.start { json.string(start.description, key: "start") }
            if let end = date.end { json.string(end.description, key: "end") }
            json.string(date.grain.rawValue, key: "grain")
            if date.fiscal { json.bool(true, key: "fiscal") }
            json.endObject()
        }
        json.endObject()
    }

    private func writeClaim(_ claim: Claim, to json: inout JSONWriter) {
        json.beginObject()
        if let subject = claim.subject { Self.writeEntityID(subject, key: "subject", to: &json) } else { json.null(key: "subject") }
        if let implied = claim.impliedSubject { json.string(implied, key: "impliedSubject") }
        json.string(claim.predicate, key: "predicate")
        switch claim.object {
        case .entity(let index)?: Self.writeEntityID(index, key: "object", to: &json)
        case .literal(let range)?:
            json.beginObject("object")
            writeOffsets(Int(range.lowerBound)..<Int(range.upperBound), to: &json)
            json.string(utf16: utf16[Int(range.lowerBound)..<Int(range.upperBound)], key: "text")
            json.endObject()
        case nil: json.null(key: "object")
        }
        if let time = claim.time { Self.writeEntityID(time, key: "time", to: &json) } else { json.null(key: "time") }
        claim.qualifiers.writeJSON(to: &json, key: "qualifiers")
        json.string(claim.modality.rawValue, key: "modality")
        json.bool(claim.negated, key: "negated")
        if let attribution = claim.attribution {
            json.beginObject("attribution")
            writeOffsets(Int(attribution.lowerBound)..<Int(attribution.upperBound), to: &json)
            json.string(utf16: utf16[Int(attribution.lowerBound)..<Int(attribution.upperBound)], key: "text")
            json.endObject()
        } else {
            json.null(key: "attribution")
        }
        json.number(claim.sentence, key: "sentence")
        json.beginObject("trigger")
        writeOffsets(Int(claim.trigger.lowerBound)..<Int(claim.trigger.upperBound), to: &json)
        json.string(utf16: utf16[Int(claim.trigger.lowerBound)..<Int(claim.trigger.upperBound)], key: "text")
        json.endObject()
        if claim.sentence < sentences.count {
            json.beginObject("evidence")
            writeOffsets(sentences[claim.sentence].range, to: &json)
            json.endObject()
        }
        json.string(claim.rule, key: "rule")
        json.number((claim.confidence * 1000).rounded() / 1000, key: "confidence")
        json.endObject()
    }
}
