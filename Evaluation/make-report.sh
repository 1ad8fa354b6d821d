#!/usr/bin/env bash
# Writes Evaluation/REPORT.md: ClaimGraph's scores on Corpus/dev and Corpus/test
# (strict and lenient P/R/F1 per label, value accuracy, claim scores), with a
# spaCy column where Evaluation/peers/spacy-SPLIT.jsonl exists (made by
# Evaluation/peers/spacy_predict.py; see Evaluation/peers/README.md).
#
# Run from anywhere: Evaluation/make-report.sh
set -euo pipefail
cd "$(dirname "$0")/.."

swift build -c release --product claimgraph
claimgraph="$(swift build -c release --show-bin-path)/claimgraph"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# evaluate exits 1 when it reported input problems but still scored; keep going then.
score() {
    local status=0
    "$claimgraph" evaluate "$@" --format json || status=$?
    if [ "$status" -gt 1 ]; then
        echo "make-report.sh: claimgraph evaluate $* failed with status $status" >&2
        exit "$status"
    fi
}

"$claimgraph" corpus check Corpus > "$work/corpus-check.txt"
for split in dev test; do
    score --gold "Corpus/$split" > "$work/claimgraph-$split.json"
    if [ -f "Evaluation/peers/spacy-$split.jsonl" ]; then
        score --gold "Corpus/$split" --system "Evaluation/peers/spacy-$split.jsonl" > "$work/spacy-$split.json"
    fi
done
python3 Evaluation/render_report.py "$work" "$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- Sources Lexicons || echo '+changes')" \
    > Evaluation/REPORT.md
echo "wrote Evaluation/REPORT.md"
