import ClaimGraph

/// An evaluation report as Markdown tables, readable in a terminal and
/// pasteable into a report.
struct ReportTable {
    let report: EvaluationReport
    let gold: String
    let system: String

    func text(includesErrors: Bool) -> String {
        var lines = ["Gold: \(gold) (\(report.documents) documents). System: \(system).", ""]
        lines.append("| Label | Gold | System | Strict P | Strict R | Strict F1 | Lenient P | Lenient R | Lenient F1 |")
        lines.append("|-------|-----:|-------:|---------:|---------:|----------:|----------:|----------:|-----------:|")
        for label in report.labels {
            lines.append(row(label.rawValue, report.strict[label] ?? MatchCounts(), report.lenient[label] ?? MatchCounts()))
        }
        lines.append(row("micro", report.strictMicro, report.lenientMicro))
        lines.append("")
        lines.append("| Value accuracy | Correct | Matched | Accuracy |")
        lines.append("|----------------|--------:|--------:|---------:|")
        lines.append(accuracyRow("MONEY (amount, currency, qualifier)", report.moneyValues))
        lines.append(accuracyRow("DATE (timex)", report.dateValues))
        lines.append("")
        let claims = report.claims
        lines.append("| Claims | Gold | System | TP | P | R | F1 | Time accuracy |")
        lines.append("|--------|-----:|-------:|---:|--:|--:|---:|--------------:|")
        lines.append("| all | \(claims.gold) | \(claims.predicted) | \(claims.truePositives) | \(Self.decimal(claims.precision)) | "
                     + "\(Self.decimal(claims.recall)) | \(Self.decimal(claims.f1)) | "
                     + "\(Self.decimal(report.claimTimes.value)) (\(report.claimTimes.correct)/\(report.claimTimes.total)) |")
        if includesErrors {
            lines.append("")
            lines.append("Errors (\(report.errors.count)): KIND DOCUMENT START-END LABEL 'TEXT' [RULE] DETAIL / SENTENCE")
            for error in report.errors {
                lines.append("\(error.kind.rawValue)\t\(error.documentID)\t\(error.start)-\(error.end)\t\(error.label)\t'\(error.text)'\t"
                             + "[\(error.rule ?? "-")]\t\(error.detail)")
                lines.append("\t\(error.sentence)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func row(_ name: String, _ strict: MatchCounts, _ lenient: MatchCounts) -> String {
        "| \(name) | \(strict.gold) | \(strict.predicted) | \(Self.decimal(strict.precision)) | \(Self.decimal(strict.recall)) | "
            + "\(Self.decimal(strict.f1)) | \(Self.decimal(lenient.precision)) | \(Self.decimal(lenient.recall)) | \(Self.decimal(lenient.f1)) |"
    }

    private func accuracyRow(_ name: String, _ accuracy: Accuracy) -> String {
        "| \(name) | \(accuracy.correct) | \(accuracy.total) | \(Self.decimal(accuracy.value)) |"
    }

    /// A ratio with three decimals ("0.857"), or "-" when undefined.
    static func decimal(_ value: Double?) -> String {
        guard let value else { return "-" }
        let thousandths = Int((value * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }
}
