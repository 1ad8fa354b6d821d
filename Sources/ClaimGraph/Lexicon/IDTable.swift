/// An open-addressing map from nonzero 64-bit keys to ids, for lookups on the
/// hot path of a tagger, where a `Dictionary` would hash each key with SipHash.
struct IDTable: Sendable {
    /// A key next to its id, so that a probe reads one cache line: the names
    /// vocabulary's table, probed for every token, is larger than the L2 cache.
    private struct Entry {
        var key: UInt64
        var id: Int32
    }

    private var entries = [Entry](repeating: Entry(key: 0, id: -1), count: 16)
    private var count = 0
    /// How far a key's hash is shifted right to give a slot: 64 minus the
    /// binary logarithm of the capacity.
    private var shift: UInt64 = 60

    /// The id of `key`, or -1.
    @inline(__always)
    subscript(key: UInt64) -> Int32 {
        let mask = entries.count - 1
        var slot = Self.slot(of: key, shift: shift)
        while true {
            let entry = entries[slot]
            if entry.key == key { return entry.id }
            if entry.key == 0 { return -1 }
            slot = (slot + 1) & mask
        }
    }

    /// Maps `key` to `id`, replacing any id it had.
    mutating func insert(_ key: UInt64, id: Int32) {
        precondition(key != 0, "IDTable keys must not be 0")
        if (count + 1) * 2 > entries.count { grow() }
        let mask = entries.count - 1
        var slot = Self.slot(of: key, shift: shift)
        while entries[slot].key != 0, entries[slot].key != key { slot = (slot + 1) & mask }
        if entries[slot].key == 0 { count += 1 }
        entries[slot] = Entry(key: key, id: id)
    }

    private mutating func grow() {
        let old = entries
        entries = [Entry](repeating: Entry(key: 0, id: -1), count: old.count * 2)
        shift -= 1
        count = 0
        for entry in old where entry.key != 0 { insert(entry.key, id: entry.id) }
    }

    /// Fibonacci hashing: the high bits of the key times 2^64 divided by the golden ratio.
    private static func slot(of key: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> shift)
    }
}
