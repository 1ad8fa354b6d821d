/// The rules of the DATE tagger, by the id each writes into an entity's `rule`.
enum DateRule: String, Sendable {
    /// A day: "May 15, 2025", "15 May 2025", "2025-05-15", "Jan. 5", "the fourth of March".
    case absoluteDay = "date.absolute-day"
    /// A month: "June 2025", "April", "February last year", "May-September".
    case absoluteMonth = "date.absolute-month"
    /// A year: "2024", "calendar 1986", "the year 2025", "1985-89".
    case absoluteYear = "date.absolute-year"
    /// A fiscal year: "fiscal 2025", "1986/87", "FY2025", "the 1988 financial year".
    case fiscalYear = "date.fiscal-year"
    /// A quarter: "Q3 2025", "the fourth quarter of 1986", "last quarter 1986".
    case quarter = "date.quarter"
    /// A half: "the first half", "H1 2025".
    case half = "date.half"
    /// A season: "fall", "this fall", "fall 2025", "the autumn".
    case season = "date.season"
    /// A decade: "the 1990s", "the '90s".
    case decade = "date.decade"
    /// A century: "the 20th century".
    case century = "date.century"
    /// A holiday on a fixed day: "Christmas".
    case holiday = "date.holiday"
    /// A day relative to the document date: "yesterday", "today", "the last day of the month".
    case relativeDay = "date.relative-day"
    /// A day of the week: "Tuesday", "last Friday", "the third Friday of the month".
    case relativeWeekday = "date.relative-weekday"
    /// A week relative to the document date: "this week", "last week", "the weekend".
    case relativeWeek = "date.relative-week"
    /// A month relative to the document date: "next month", "earlier this month".
    case relativeMonth = "date.relative-month"
    /// A quarter relative to the document date: "last quarter", "this quarter".
    case relativeQuarter = "date.relative-quarter"
    /// A half relative to the document date: "this half".
    case relativeHalf = "date.relative-half"
    /// A year relative to the document date: "this year", "last year", "the current fiscal year".
    case relativeYear = "date.relative-year"
    /// A decade relative to the document date: "the next decade".
    case relativeDecade = "date.relative-decade"
    /// A century relative to the document date: "this century".
    case relativeCentury = "date.relative-century"
    /// A time counted back or forward from the document date: "two years ago".
    case ago = "date.ago"
    /// A year relative to the one the text speaks of: "the year", "the prior year", "year-end", "a year earlier".
    case anaphoric = "date.anaphoric"
    /// A length of time: "two years", "30-59 days", "five-year", "more than two years".
    case duration = "date.duration"
    /// A stretch reaching from the document date or a part of a year: "the past six months", "the first nine months of 1986".
    case span = "date.span"
    /// How often: "annual", "quarterly", "every six months".
    case frequency = "date.frequency"
    /// A period named by the day it ends: "the year ended December 31, 2020", "week ended March 4".
    case periodEnded = "date.period-ended"
    /// A year listed after a day or fiscal year: "2019" in "December 31, 2020 and 2019".
    case enumeration = "date.enumeration"
    /// A vague reference: "recent years", "to date", "the week before".
    case reference = "date.reference"

    /// The rule for a period relative to the document date, by its unit.
    static func relative(_ unit: DateGrain) -> DateRule {
        switch unit {
        case .day: .relativeDay
        case .week: .relativeWeek
        case .month: .relativeMonth
        case .quarter: .relativeQuarter
        case .half: .relativeHalf
        case .decade: .relativeDecade
        case .century: .relativeCentury
        default: .relativeYear
        }
    }
}
