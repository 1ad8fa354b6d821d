extension Document {
    /// Whether no entity yet covers any part of the UTF-16 `range`.
    public func isFree(_ range: Range<Int>) -> Bool {
        let index = entityInsertionIndex(for: Int32(range.lowerBound))
        if index > 0, entities[index - 1].overlaps(range) { return false }
        return index == entities.count || !entities[index].overlaps(range)
    }

    /// Adds an entity in text order, unless it overlaps one an earlier rule
    /// or stage added (the first one wins). Returns whether it was added.
    @discardableResult
    public mutating func add(_ entity: Entity) -> Bool {
        guard entity.start < entity.end, isFree(entity.range) else { return false }
        // Append, then move the later entities up one slot and put the new one
        // in the gap: `insert(_:at:)` goes through a generic `replaceSubrange`
        // that costs a few hundred instructions a call, and `swapAt` copies
        // (retains) both entities of every swap.
        let index = entityInsertionIndex(for: entity.start)
        entities.append(entity)
        entities.withUnsafeMutableBufferPointer { buffer in
            let base = buffer.baseAddress!
            let last = buffer.count - 1
            guard index < last else { return }
            let added = (base + last).move()
            (base + index + 1).moveInitialize(from: base + index, count: last - index)
            (base + index).initialize(to: added)
        }
        return true
    }

    /// The index of the first entity that starts at or after `start`.
    func entityInsertionIndex(for start: Int32) -> Int {
        var low = 0
        var high = entities.count
        while low < high {
            let middle = (low + high) / 2
            if entities[middle].start < start { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
