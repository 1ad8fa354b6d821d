/// Day, week and month arithmetic for resolving relative dates ("yesterday",
/// "last week", "six months ago") against a document's date.
extension CalendarDate {
    /// Creates the date `dayNumber` days after 1970-01-01 (negative: before).
    init(dayNumber: Int) {
        // Howard Hinnant's civil_from_days: exact over the proleptic Gregorian calendar.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self = CalendarDate(unchecked: year, month, day)
    }

    /// Builds a date from parts the caller has already checked.
    init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The number of days from 1970-01-01 to this date.
    var dayNumber: Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The ISO weekday: 1 for Monday through 7 for Sunday.
    var weekday: Int {
        let days = dayNumber + 3 // 1970-01-01 was a Thursday (ISO 4).
        return ((days % 7) + 7) % 7 + 1
    }

    /// The ISO 8601 week-numbering year and week (1...53) the date falls in.
    var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - weekday)
        let firstOfYear = CalendarDate(unchecked: thursday.year, 1, 1)
        return (thursday.year, (thursday.dayNumber - firstOfYear.dayNumber) / 7 + 1)
    }

    /// The date `days` days later (earlier when negative).
    func adding(days: Int) -> CalendarDate {
        CalendarDate(dayNumber: dayNumber + days)
    }

    /// The same day `months` months later, clamped to the month's last day.
    func adding(months: Int) -> CalendarDate {
        let index = year * 12 + (month - 1) + months
        let newYear = index >= 0 ? index / 12 : (index - 11) / 12
        let newMonth = index - newYear * 12 + 1
        return CalendarDate(unchecked: newYear, newMonth, min(day, CalendarDate.daysIn(month: newMonth, year: newYear)))
    }

    /// The last day of `month` in `year`.
    static func lastDay(ofMonth month: Int, year: Int) -> CalendarDate {
        CalendarDate(unchecked: year, month, daysIn(month: month, year: year))
    }
}
