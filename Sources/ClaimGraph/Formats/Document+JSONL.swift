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
            // Read through a pointer: taking each entity out of the array
            // (even from a span, to a borrowing parameter) copies it, a
            // retain and release of each of its strings.
            entities.withUnsafeBufferPointer { entities in
                for index in entities.indices {
                    writeEntity(entities.baseAddress! + index, at: index, text: text, to: &json)
                }
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

    private func writeEntity(_ entity: UnsafePointer<Entity>, at index: Int, text: UnsafeBufferPointer<UInt16>, to json: inout JSONWriter) {
        let range = entity.pointee.range
        json.beginObject()
        json.string(prefix: Self.entityIDPrefix, number: index + 1, key: .id)
        json.string(entity.pointee.label.rawValue, key: .label)
        writeOffsets(range, to: &json)
        json.string(utf16: UnsafeBufferPointer(rebasing: text[range]), key: .text)
        if let canonical = entity.pointee.canonical { json.string(canonical, key: .canonical) }
        json.string(entity.pointee.rule, key: .rule)
        if let money = entity.pointee.money {
            json.beginObject(.value)
            money.writeJSONFields(to: &json)
            json.endObject()
        }
        if let date = entity.pointee.date {
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
    fileprivate static var attribution: Self { Self("attribution") }
    fileprivate static var canonical: Self { Self("canonical") }
    fileprivate static var claims: Self { Self("claims") }
    fileprivate static var confidence: Self { Self("confidence") }
    fileprivate static var date: Self { Self("date") }
    fileprivate static var end: Self { Self("end") }
    fileprivate static var entities: Self { Self("entities") }
    fileprivate static var evidence: Self { Self("evidence") }
    fileprivate static var fiscal: Self { Self("fiscal") }
    fileprivate static var grain: Self { Self("grain") }
    fileprivate static var id: Self { Self("id") }
    fileprivate static var impliedSubject: Self { Self("impliedSubject") }
    fileprivate static var kind: Self { Self("kind") }
    fileprivate static var label: Self { Self("label") }
    fileprivate static var modality: Self { Self("modality") }
    fileprivate static var negated: Self { Self("negated") }
    fileprivate static var object: Self { Self("object") }
    fileprivate static var org: Self { Self("org") }
    fileprivate static var predicate: Self { Self("predicate") }
    fileprivate static var rule: Self { Self("rule") }
    fileprivate static var sentence: Self { Self("sentence") }
    fileprivate static var sentences: Self { Self("sentences") }
    fileprivate static var start: Self { Self("start") }
    fileprivate static var subject: Self { Self("subject") }
    fileprivate static var text: Self { Self("text") }
    fileprivate static var time: Self { Self("time") }
    fileprivate static var timex: Self { Self("timex") }
    fileprivate static var tokens: Self { Self("tokens") }
    fileprivate static var trigger: Self { Self("trigger") }
    fileprivate static var value: Self { Self("value") }
}
