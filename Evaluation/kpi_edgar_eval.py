#!/usr/bin/env python3
"""Claim precision, recall and F1 of `claimgraph extract` on KPI-EDGAR sentences.

KPI-EDGAR (Deußer et al., 2022) labels, in sentences of 10-K filings, key
performance indicators ("Amortization expense") and their values ("322"), with
the period each value belongs to. Each sentence is run through ClaimGraph as a
document of its own, with the filer's ticker as the document's `org` (the
filing's "we"); every ClaimGraph claim whose object is a MONEY amount is a
prediction.

Match rule (a gold claim and a system claim match when all three agree):

- value: the system claim's MONEY span overlaps the gold value span (the
  gold value is the number alone, "322" of "$322 million");
- period: the year of the system claim's DATE (its TIMEX3 value, the end
  year of an interval) equals the gold period's year (the last year of a
  range such as "2019..2020"); a system claim without a DATE takes the
  filing's fiscal year, the period an undated figure in a 10-K belongs to;
- metric words: the gold metric's head (its last word before any "of", "for",
  "related to", ... phrase) is one of the trigger's words, or the trigger's
  head is one of the gold metric's content words, or at least half of the gold
  metric's content words are the trigger's (words compared in lower case
  without a plural -s; content words leave out "of", "the", "net", "total" and
  the like).

Each gold claim matches at most one system claim (greedy, in text order).
The strict variant also asks that the trigger span equal the gold metric span
exactly, as KPI-BERT's relation F1 does (metric span and value span both exact).

KPI-EDGAR labels only the figures its annotators counted as KPIs, so a
correct claim about another figure of the sentence counts as a false positive.

Usage:
    python3 Evaluation/kpi_edgar_eval.py [--data ../shared/texts/kpi-edgar-valid.jsonl]
        [--claimgraph .build/debug/claimgraph] [--errors]
"""

import argparse
import json
import os
import re
import subprocess
import sys

STOP = {"of", "the", "and", "for", "in", "to", "a", "an", "on", "by", "with", "related", "from", "at", "as", "or",
        "its", "our", "their", "net", "total", "other"}
POST = {"of", "for", "related", "from", "in", "on", "at", "under", "due", "including", "excluding", "with", "to"}


def words(text):
    result = []
    for word in re.findall(r"[a-z0-9]+", text.lower()):
        if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        result.append(word)
    return result


def head(metric):
    tokens = words(metric)
    for index, word in enumerate(tokens):
        if index > 0 and word in POST:
            tokens = tokens[:index]
            break
    return tokens[-1] if tokens else ""


def metric_agrees(gold_metric, trigger):
    trigger_words = set(words(trigger))
    content = [w for w in words(gold_metric) if w not in STOP]
    if head(gold_metric) in trigger_words or (head(trigger) not in STOP and head(trigger) in content):
        return True
    return bool(content) and sum(w in trigger_words for w in content) * 2 >= len(content)


def period_year(period):
    years = re.findall(r"\d{4}", period or "")
    return int(years[-1]) if years else None


def claim_year(document, claim, fiscal_year):
    if claim.get("time") is None:
        return fiscal_year
    entity = next(e for e in document["entities"] if e["id"] == claim["time"])
    value = entity.get("value") or {}
    years = re.findall(r"\d{4}", value.get("end") or value.get("timex") or "")
    return int(years[-1]) if years else None


def run_claimgraph(binary, rows):
    lines = "".join(json.dumps({"id": row["id"], "text": row["text"], "org": row["ticker"]}) + "\n" for row in rows)
    result = subprocess.run([binary, "extract", "--input", "jsonl"], input=lines, capture_output=True, text=True, check=False)
    if result.returncode not in (0, 1):
        sys.exit(f"claimgraph failed: {result.stderr}")
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=os.path.join(here, "..", "..", "shared", "texts", "kpi-edgar-valid.jsonl"))
    parser.add_argument("--claimgraph", default=None, help="the claimgraph binary (default: release build, else debug)")
    parser.add_argument("--errors", action="store_true", help="list every false positive and false negative")
    args = parser.parse_args()
    binary = args.claimgraph
    if binary is None:
        root = os.path.join(here, "..")
        candidates = [os.path.join(root, ".build", kind, "claimgraph") for kind in ("release", "debug")]
        binary = next((path for path in candidates if os.path.exists(path)), None)
        if binary is None:
            sys.exit("build claimgraph first (swift build)")

    rows = [json.loads(line) for line in open(args.data, encoding="utf-8") if line.strip()]
    documents = run_claimgraph(binary, rows)
    counts = {"lenient": [0, 0, 0], "strict": [0, 0, 0]}
    for row, document in zip(rows, documents):
        assert row["id"] == document["id"]
        entities = {entity["id"]: entity for entity in document["entities"]}
        system = [claim for claim in document["claims"]
                  if isinstance(claim.get("object"), str) and entities[claim["object"]]["label"] == "MONEY"]
        gold = row["claims"]
        for variant in counts:
            used = set()
            matched = 0
            for g in gold:
                gold_metric = g["metric"]
                metric_spans = [(e["start"], e["end"]) for e in row["entities"]
                                if e["label"] not in ("cy", "py", "py1", "increase", "decrease", "decrease_py", "increase_py", "attr")
                                and e["text"] == gold_metric]
                for index, claim in enumerate(system):
                    if index in used:
                        continue
                    money = entities[claim["object"]]
                    if not (money["start"] < g["value_end"] and g["value_start"] < money["end"]):
                        continue
                    if claim_year(document, claim, row["fiscal_year"]) != period_year(g["period"]):
                        continue
                    trigger = claim["trigger"]
                    if not metric_agrees(gold_metric, trigger["text"]):
                        continue
                    if variant == "strict" and (trigger["start"], trigger["end"]) not in metric_spans:
                        continue
                    used.add(index)
                    matched += 1
                    break
                else:
                    if args.errors and variant == "lenient":
                        print(f"FN {row['id']}: {gold_metric} = {g['value_expanded']} ({g['period']})  «{row['text']}»")
            if args.errors and variant == "lenient":
                for index, claim in enumerate(system):
                    if index not in used:
                        money = entities[claim["object"]]
                        print(f"FP {row['id']}: {claim['predicate']} '{claim['trigger']['text']}' = {money['text']} "
                              f"({claim_year(document, claim, row['fiscal_year'])})  «{row['text']}»")
            counts[variant][0] += matched
            counts[variant][1] += len(system)
            counts[variant][2] += len(gold)

    print(f"KPI-EDGAR {os.path.basename(args.data)}: {len(rows)} sentences")
    print("| Match | Gold | System | TP | P | R | F1 |")
    print("|-------|-----:|-------:|---:|--:|--:|---:|")
    for variant, (tp, system_count, gold_count) in counts.items():
        precision = tp / system_count if system_count else 0
        recall = tp / gold_count if gold_count else 0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0
        print(f"| {variant} | {gold_count} | {system_count} | {tp} | {precision:.3f} | {recall:.3f} | {f1:.3f} |")


if __name__ == "__main__":
    main()
