/// An open-addressing map from nonzero 64-bit keys to ids, for lookups on the
/// hot path of a tagger, where a `Dictionary` would hash each key with SipHash.
struct IDTable: Sendable {
    private var keys = [UInt64](repeating: 0, count: 16)
    private var ids = [Int32](repeating: -1, count: 16)
    private var count = 0
    /// How far a key's hash is shifted right to give a slot: 64 minus the
    /// binary logarithm of the capacity.
    private var shift: UInt64 = 60

    /// The id of `key`, or -1.
    @inline(__always)
    subscript(key: UInt64) -> Int32 {
        let mask = keys.count - 1
        var slot = Self.slot(of: key, shift: shift)
        while true {
            let found = keys[slot]
            if found == key { return ids[slot] }
            if found == 0 { return -1 }
            slot = (slot + 1) & mask
        }
    }

    /// Maps `key` to `id`, replacing any id it had.
    mutating func insert(_ key: UInt64, id: Int32) {
        precondition(key != 0, "IDTable keys must not be 0")
        if (count + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var slot = Self.slot(of: key, shift: shift)
        while keys[slot] != 0, keys[slot] != key { slot = (slot + 1) & mask }
        if keys[slot] == 0 { count += 1 }
        keys[slot] = key
        ids[slot] = id
    }

    private mutating func grow() {
        let (oldKeys, oldIDs) = (keys, ids)
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        ids = [Int32](repeating: -1, count: oldKeys.count * 2)
        shift -= 1
        count = 0
        for (key, id) in zip(oldKeys, oldIDs) where key != 0 { insert(key, id: id) }
    }

    /// Fibonacci hashing: the high bits of the key times 2^64 divided by the golden ratio.
    private static func slot(of key: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> shift)
    }
}
