#!/usr/bin/env python3
"""Chooses the corpus documents and their dev/test split, once, before any tuning.

Run from the project root: python3 Evaluation/select_corpus.py ../shared
It writes Corpus/{dev,test}/NAME.txt and Corpus/documents.tsv. Labels (.ann)
are added by hand afterwards; rerunning overwrites only the .txt files and the
document list, and picks the same documents (fixed seed).
"""
import json, random, re, sys, pathlib

shared = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "../shared")
root = pathlib.Path("Corpus")
rng = random.Random(20261129)

TOPICS = [
    ("acquisition", r"\bacqui|\bmerger|takeover|agreed to buy"),
    ("earnings", r"net income|net profit|earnings per share|\bprofit (rose|fell)"),
    ("capital-spending", r"capital spending|capital expenditure"),
    ("loan", r"\bloans?\b.*\b(mln|billion)|credit facility"),
    ("budget", r"\bbudget\b"),
    ("management", r"\bresign|\bnamed .* (president|chief)|appointed|succeed"),
    ("legal", r"lawsuit|\bfined?\b|court|penalt|settlement"),
]
PER_TOPIC = 7  # 7 topics x 7 = 49 candidates; 45 kept after de-duplication

def narrative(doc):
    lines = [l for l in doc["text"].split("\n") if l.strip()]
    tabular = sum(1 for l in lines if re.search(r"\s{3,}|\bvs\b|\.{3}", l) or len(l.split()) < 6)
    return tabular / max(1, len(lines)) < 0.2

reuters = [json.loads(l) for l in open(shared / "texts/reuters-pool.jsonl")]
pool = [d for d in reuters if 180 <= len(d["text"].split()) <= 420 and narrative(d)]
chosen, seen = [], set()
for topic, pattern in TOPICS:
    matches = [d for d in pool if re.search(pattern, d["text"], re.I) and d["id"] not in seen]
    for d in rng.sample(matches, PER_TOPIC):
        seen.add(d["id"])
        chosen.append((topic, d))
chosen = chosen[:45]

rows = []
def emit(name, split, date, org, topic, source, licence, text):
    (root / split / f"{name}.txt").write_text(text, encoding="utf-8")
    rows.append("\t".join([name, split, date, org, topic, source, licence]))

seed = next((shared / "seeds").glob("*.txt"))
emit("seed-" + seed.stem, "dev", "2025-05-15", "", "ai-capex", f"shared/seeds/{seed.name} (the project's seed article, quoting The Wall Street Journal)", "quoted for research use; see SOURCES.md", seed.read_text(encoding="utf-8"))

by_topic = {}
for topic, d in chosen:
    by_topic.setdefault(topic, []).append(d)
for topic, docs in by_topic.items():
    for i, d in enumerate(docs):
        split = "test" if i % 5 in (1, 3) else "dev"  # 60/40 within each topic
        text = d["title"].strip() + "\n" + d["text"].strip() + "\n"
        emit(d["id"].replace("reuters21578", "reuters"), split, d["date"], "", topic,
             f"Reuters-21578, Distribution 1.0, NEWID {d['id'].split('-')[1]}", "Reuters-21578 research use", text)

COMPANIES = {"ABT": "Abbott Laboratories", "BAC": "Bank of America", "NKE": "Nike", "JPM": "JPMorgan Chase",
             "KO": "The Coca-Cola Company", "TMO": "Thermo Fisher Scientific", "CMCSA": "Comcast", "CVX": "Chevron"}
edgar = [json.loads(l) for l in open(shared / "texts/kpi-edgar-train.jsonl")]
for i, (ticker, org) in enumerate(COMPANIES.items()):
    counts = {}
    for s in edgar:
        if s["ticker"] == ticker:
            counts[s["source_file"]] = counts.get(s["source_file"], 0) + 1
    files = sorted(counts, key=lambda f: (-counts[f], f))  # the filing with the most sentences
    unique = {}
    for s in edgar:
        if s["source_file"] == files[0]:
            unique.setdefault(s["text"].strip(), s)
    sentences = list(unique.values())[:12]
    split = "test" if i in (2, 5, 7) else "dev"
    year = str(sentences[0]["fiscal_year"])
    emit(f"edgar-{ticker.lower()}-{year}", split, "", org, "10-K",
         f"KPI-EDGAR train split (Deußer et al., 2022), {files[0]}, sentences {', '.join(s['id'].split('#', 1)[1] for s in sentences)}",
         "MIT; text from public SEC filings", "\n".join(s["text"] for s in sentences) + "\n")

(root / "documents.tsv").write_text("name\tsplit\tdate\torg\ttopic\tsource\tlicence\n" + "\n".join(rows) + "\n", encoding="utf-8")

# A second test batch, drawn after rule tuning had begun on dev: random
# narrative articles from the rest of the pool, any topic, test split only, so
# the test scores also cover text unlike anything the rules were tuned on.
if "--second-test-batch" in sys.argv:
    taken = {d["id"] for _, d in chosen}
    rest = [d for d in pool if d["id"] not in taken]
    batch_rng = random.Random(20261130)
    for d in batch_rng.sample(rest, 16):
        text = d["title"].strip() + "\n" + d["text"].strip() + "\n"
        emit(d["id"].replace("reuters21578", "reuters"), "test", d["date"], "", "random",
             f"Reuters-21578, Distribution 1.0, NEWID {d['id'].split('-')[1]}", "Reuters-21578 research use", text)
    with open(root / "documents.tsv", "a", encoding="utf-8") as table:
        table.write("\n".join(rows[-16:]) + "\n")
