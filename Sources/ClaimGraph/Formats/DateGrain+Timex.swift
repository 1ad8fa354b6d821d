extension DateGrain {
    /// The grain a TIMEX3 value is stated in: "2025" year, "2025-Q3" quarter,
    /// "198X" decade, "P6M" duration, "PAST_REF" reference.
    init(timex: String) {
        let parts = timex.split(separator: "-")
        if timex.hasPrefix("P") && !timex.hasSuffix("_REF") { self = .duration; return }
        if timex.hasSuffix("_REF") { self = .reference; return }
        if parts.count >= 3 { self = parts[1].hasPrefix("W") ? .week : .day; return }
        if parts.count == 2 {
            let second = parts[1]
            if second.hasPrefix("Q") { self = .quarter }
            else if second.hasPrefix("H") { self = .half }
            else if second.hasPrefix("W") { self = .week }
            else if ["SP", "SU", "FA", "WI"].contains(second) { self = .season }
            else { self = .month }
            return
        }
        if timex.count == 4, timex.first != "X", timex.last == "X" {
            self = timex.hasSuffix("XX") ? .century : .decade
        } else {
            self = .year
        }
    }
}
