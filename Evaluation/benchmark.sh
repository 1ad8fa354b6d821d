#!/usr/bin/env bash
# Builds ClaimGraph in release mode and measures its throughput, start-up and
# peak memory on the Reuters pool (../shared/texts/reuters-pool.jsonl), next to
# a plain whitespace split and tokenize-only, then spaCy's on the same input
# when spaCy is installed. Results and how to read them: Evaluation/BENCHMARKS.md.
#
#   Evaluation/benchmark.sh                       # 3 rounds, 1 GB stream for the memory check
#   Evaluation/benchmark.sh --rounds 5 --stream-mb 200 FILE.jsonl
#   SPACY_PYTHON=/tmp/spacy/bin/python Evaluation/benchmark.sh   # a Python that has spaCy (default: python3)
set -euo pipefail
cd "$(dirname "$0")/.."
input=../shared/texts/reuters-pool.jsonl
args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --rounds|--stream-mb) args+=("$1" "$2"); shift 2 ;;
        *) input="$1"; shift ;;
    esac
done
swift build -c release --product claimgraph >&2
swift build -c release --product claimgraph-bench >&2
bin=$(swift build -c release --show-bin-path)
"$bin/claimgraph-bench" "${args[@]}" "$input"
python=${SPACY_PYTHON:-python3}
if "$python" -c "import spacy" 2>/dev/null; then
    echo
    "$python" Evaluation/peers/spacy_speed.py "$input"
else
    echo
    echo "spaCy is not installed for $python (pip install spacy, or set SPACY_PYTHON): no spaCy figures."
fi
