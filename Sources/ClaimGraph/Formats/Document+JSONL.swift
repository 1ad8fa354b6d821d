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

    private static let entityIDPrefix: Unicode.Scalar = "e"

    /// Writes the document as one JSON object, offsets in code points.
    public func writeJSON(to json: inout JSONWriter, options: JSONOptions = JSONOptions()) {
        // The spans of text written (tokens, entities, triggers) are read in
        // place, without an `ArraySlice` (a retain and release) for each.
        utf16.withUnsafeBufferPointer { text in
            json.beginObject()
            json.string(id, key: .id)
            if let date { json.string(date.description, key: .date) } else { json.null(key: .date) }
            if let organization { json.string(organization, key: .org) }
            json.beginArray(.sentences)
            for sentence in sentences {
                json.beginObject()
                writeOffsets(sentence.range, to: &json)
                json.endObject()
            }
            json.endArray()
            if options.includesTokens {
                json.beginArray(.tokens)
                for token in tokens {
                    json.beginObject()
                    writeOffsets(token.range, to: &json)
                    json.string(utf16: UnsafeBufferPointer(rebasing: text[token.range]), key: .text)
                    json.string(token.kind.description, key: .kind)
                    json.endObject()
                }
                json.endArray()
            }
            json.beginArray(.entities)
            // Borrowed from the span: taking each entity out of the array
            // copies it, a retain and release of each of its strings.
            let entities = self.entities.span
            for index in entities.indices {
                writeEntity(entities[index], at: index, text: text, to: &json)
            }
            json.endArray()
            json.beginArray(.claims)
            let claims = self.claims.span
            for index in claims.indices {
                writeClaim(claims[index], text: text, to: &json)
            }
            json.endArray()
            json.endObject()
        }
    }

    private func writeOffsets(_ range: Range<Int>, to json: inout JSONWriter) {
        json.number(codePointOffset(range.lowerBound), key: .start)
        json.number(codePointOffset(range.upperBound), key: .end)
    }

    /// Writes `{"start", "end", "text"}` for a span of the text, as the value of `key`.
    private func writeSpan(_ range: Range<Int32>, key: JSONWriter.Key, text: UnsafeBufferPointer<UInt16>, to json: inout JSONWriter) {
        let range = Int(range.lowerBound)..<Int(range.upperBound)
        json.beginObject(key)
        writeOffsets(range, to: &json)
        json.string(utf16: UnsafeBufferPointer(rebasing: text[range]), key: .text)
        json.endObject()
    }

    private func writeEntity(_ entity: borrowing Entity, at index: Int, text: UnsafeBufferPointer<UInt16>, to json: inout JSONWriter) {
        json.beginObject()
        json.string(prefix: Self.entityIDPrefix, number: index + 1, key: .id)
        json.string(entity.label.rawValue, key: .label)
        writeOffsets(entity.range, to: &json)
        json.string(utf16: UnsafeBufferPointer(rebasing: text[entity.range]), key: .text)
        if let canonical = entity.canonical { json.string(canonical, key: .canonical) }
        json.string(entity.rule, key: .rule)
        if let money = entity.money {
            json.beginObject(.value)
            money.writeJSONFields(to: &json)
            json.endObject()
        }
        if let date = entity.date {
            json.beginObject(.value)
            json.string(date.timex, key: .timex)
            if let start = date.start { json.string(start.description, key: .start) }
            if let end = date.end { json.string(end.description, key: .end) }
            json.string(date.grain.rawValue, key: .grain)
            if date.fiscal { json.bool(true, key: .fiscal) }
            json.endObject()
        }
        json.endObject()
    }

    private func writeClaim(_ claim: borrowing Claim, text: UnsafeBufferPointer<UInt16>, to json: inout JSONWriter) {
        json.beginObject()
        if let subject = claim.subject { writeEntityID(subject, key: .subject, to: &json) } else { json.null(key: .subject) }
        if let implied = claim.impliedSubject { json.string(implied, key: .impliedSubject) }
        json.string(claim.predicate, key: .predicate)
        switch claim.object {
        case .entity(let index)?: writeEntityID(index, key: .object, to: &json)
        case .literal(let range)?: writeSpan(range, key: .object, text: text, to: &json)
        case nil: json.null(key: .object)
        }
        if let time = claim.time { writeEntityID(time, key: .time, to: &json) } else { json.null(key: .time) }
        claim.qualifiers.writeJSON(to: &json)
        json.string(claim.modality.rawValue, key: .modality)
        json.bool(claim.negated, key: .negated)
        if let attribution = claim.attribution {
            writeSpan(attribution, key: .attribution, text: text, to: &json)
        } else {
            json.null(key: .attribution)
        }
        json.number(claim.sentence, key: .sentence)
        writeSpan(claim.trigger, key: .trigger, text: text, to: &json)
        if claim.sentence < sentences.count {
            json.beginObject(.evidence)
            writeOffsets(sentences[claim.sentence].range, to: &json)
            json.endObject()
        }
        json.string(claim.rule, key: .rule)
        json.number((claim.confidence * 1000).rounded() / 1000, key: .confidence)
        json.endObject()
    }

    /// Writes ``entityID(_:)`` of `index` without making the string.
    private func writeEntityID(_ index: Int, key: JSONWriter.Key, to json: inout JSONWriter) {
        json.string(prefix: Self.entityIDPrefix, number: index + 1, key: key)
    }
}

/// The member names of a document's record.
extension JSONWriter.Key {
    fileprivate static let attribution = Self("attribution")
    fileprivate static let canonical = Self("canonical")
    fileprivate static let claims = Self("claims")
    fileprivate static let confidence = Self("confidence")
    fileprivate static let date = Self("date")
    fileprivate static let end = Self("end")
    fileprivate static let entities = Self("entities")
    fileprivate static let evidence = Self("evidence")
    fileprivate static let fiscal = Self("fiscal")
    fileprivate static let grain = Self("grain")
    fileprivate static let id = Self("id")
    fileprivate static let impliedSubject = Self("impliedSubject")
    fileprivate static let kind = Self("kind")
    fileprivate static let label = Self("label")
    fileprivate static let modality = Self("modality")
    fileprivate static let negated = Self("negated")
    fileprivate static let object = Self("object")
    fileprivate static let org = Self("org")
    fileprivate static let predicate = Self("predicate")
    fileprivate static let rule = Self("rule")
    fileprivate static let sentence = Self("sentence")
    fileprivate static let sentences = Self("sentences")
    fileprivate static let start = Self("start")
    fileprivate static let subject = Self("subject")
    fileprivate static let text = Self("text")
    fileprivate static let time = Self("time")
    fileprivate static let timex = Self("timex")
    fileprivate static let tokens = Self("tokens")
    fileprivate static let trigger = Self("trigger")
    fileprivate static let value = Self("value")
}
