#!/usr/bin/env python3
"""Turns the JSON of `claimgraph evaluate --format json` into Evaluation/REPORT.md.

Called by Evaluation/make-report.sh with the folder holding
claimgraph-SPLIT.json (and spacy-SPLIT.json where spaCy's output exists) and
the commit scored; writes Markdown on standard output.
"""
import json
import pathlib
import sys

SPLITS = ["dev", "test"]


def ratio(value):
    return "-" if value is None else f"{value:.3f}"


def load(folder, name):
    path = folder / f"{name}.json"
    return json.loads(path.read_text()) if path.exists() else None


def entity_table(kind, ours, spacy):
    systems = [("ClaimGraph", ours)] + ([("spaCy", spacy)] if spacy else [])
    head = "| Label | Gold | " + " | ".join(f"{name} P | {name} R | {name} F1" for name, _ in systems) + " |"
    rule = "|-------|-----:|" + "|".join("---:|---:|---:" for _ in systems) + "|"
    rows = [head, rule]
    for label in list(ours["labels"]) + ["micro"]:
        cells = []
        for _, report in systems:
            counts = report["micro"][kind] if label == "micro" else report["labels"][label][kind]
            cells += [ratio(counts["precision"]), ratio(counts["recall"]), ratio(counts["f1"])]
        gold = (ours["micro"] if label == "micro" else ours["labels"][label])[kind]
        name = "**micro**" if label == "micro" else label
        rows.append(f"| {name} | {gold['tp'] + gold['fn']} | " + " | ".join(cells) + " |")
    return rows


def value_table(ours, spacy):
    rows = ["| Value | ClaimGraph correct / matched | ClaimGraph accuracy |" + (" spaCy |" if spacy else ""),
            "|-------|---:|---:|" + ("---|" if spacy else "")]
    for label, what in [("MONEY", "amount, currency, qualifier"), ("DATE", "timex")]:
        value = ours["values"][label]
        rows.append(f"| {label} ({what}) | {value['correct']} / {value['total']} | {ratio(value['accuracy'])} |"
                    + (" gives no values |" if spacy else ""))
    return rows


def claim_table(ours):
    claims = ours["claims"]
    time = claims["time"]
    return ["| Claims | Gold | System | TP | P | R | F1 | Time accuracy |",
            "|--------|-----:|-------:|---:|--:|--:|---:|---:|",
            f"| ClaimGraph | {claims['tp'] + claims['fn']} | {claims['tp'] + claims['fp']} | {claims['tp']} | "
            f"{ratio(claims['precision'])} | {ratio(claims['recall'])} | {ratio(claims['f1'])} | "
            f"{ratio(time['accuracy'])} ({time['correct']} / {time['total']}) |"]


def main():
    folder = pathlib.Path(sys.argv[1])
    commit = sys.argv[2]
    check = (folder / "corpus-check.txt").read_text().strip()
    out = ["# Evaluation report", "",
           f"Produced by `Evaluation/make-report.sh` (do not edit by hand) at commit `{commit}`.",
           f"Corpus check: `{check}`.", "",
           "Commands (release build):", "",
           "    claimgraph corpus check Corpus"]
    for split in SPLITS:
        out.append(f"    claimgraph evaluate --gold Corpus/{split} --format json")
        if load(folder, f"spacy-{split}"):
            out.append(f"    claimgraph evaluate --gold Corpus/{split} --system Evaluation/peers/spacy-{split}.jsonl --format json")
    out += ["",
            "Strict: same span and label (CoNLL, seqeval). Lenient: overlapping span and same label, each",
            "entity matched once, greedy by largest overlap (nervaluate's `ent_type`). Value accuracy is over",
            "strictly matched entities. A claim matches when subject name, predicate and object agree; time",
            "accuracy is over matched claims. The exact rules: `Evaluator` in Sources/ClaimGraph/Scoring.",
            "A `-` is a ratio with a zero denominator (for example precision with no predictions).", ""]
    spacy_any = False
    for split in SPLITS:
        ours = load(folder, f"claimgraph-{split}")
        spacy = load(folder, f"spacy-{split}")
        spacy_any = spacy_any or spacy is not None
        out += [f"## Corpus/{split} ({ours['documents']} documents)", "", "### Entities, strict", ""]
        out += entity_table("strict", ours, spacy)
        out += ["", "### Entities, lenient", ""]
        out += entity_table("lenient", ours, spacy)
        out += ["", "### Values", ""]
        out += value_table(ours, spacy)
        out += ["", "### Claims", ""]
        out += claim_table(ours)
        out += [""]
    out += ["## spaCy", ""]
    if spacy_any:
        out += ["The spaCy columns score `Evaluation/peers/spacy-SPLIT.jsonl`, spaCy's own entities mapped to ORG,",
                "PERSON, MONEY and DATE (its other labels dropped), written by `Evaluation/peers/spacy_predict.py`;",
                "see `Evaluation/peers/README.md` for the versions used. spaCy gives no normalized values and no",
                "claims, so only its entity spans are compared.", ""]
    else:
        out += ["No spaCy output in Evaluation/peers/ (spaCy or its model was not installed where the",
                "report was made): run `Evaluation/peers/spacy_predict.py` where it is.", ""]
    print("\n".join(out), end="")


if __name__ == "__main__":
    main()
