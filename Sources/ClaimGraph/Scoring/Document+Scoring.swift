/// What the scorer and the corpus check need of a document.
extension Document {
    /// Sets each claim's sentence to the one holding its trigger.
    mutating func assignClaimSentences() {
        for index in claims.indices {
            claims[index].sentence = sentenceIndex(containing: Int(claims[index].trigger.lowerBound))
        }
    }

    /// The index of the sentence that holds `offset`, or of the last one
    /// starting before it (0 for an empty document).
    func sentenceIndex(containing offset: Int) -> Int {
        var low = 0
        var high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if Int(sentences[middle].start) <= offset { low = middle + 1 } else { high = middle }
        }
        return max(0, low - 1)
    }

    /// Pairs of entities (indices, earlier first) of one label that share a
    /// character, which the guidelines forbid (gold that overlaps itself
    /// makes lenient matching depend on tie-breaking).
    func overlappingEntities() -> [(earlier: Int, later: Int)] {
        var pairs: [(earlier: Int, later: Int)] = []
        var open: [EntityLabel: Int] = [:]
        for (index, entity) in entities.enumerated() {
            if let previous = open[entity.label], entities[previous].end > entity.start {
                pairs.append((previous, index))
                if entities[previous].end >= entity.end { continue }
            }
            open[entity.label] = index
        }
        return pairs
    }

    /// The overlaps of ``overlappingEntities()`` as problems at `line` of `source`.
    func overlapProblems(source: String, line: Int) -> [ClaimGraphError] {
        overlappingEntities().map { pair in
            let earlier = codePointRange(entities[pair.earlier].range)
            let later = codePointRange(entities[pair.later].range)
            return .malformedInput(source: source, line: line, column: nil,
                reason: "\(entities[pair.later].label) \(later.lowerBound)-\(later.upperBound) overlaps \(earlier.lowerBound)-\(earlier.upperBound) of the same label")
        }
    }
}
