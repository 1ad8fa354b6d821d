#!/usr/bin/env bash
# Counts the instructions `claimgraph extract --jobs 1` spends per word, in all
# and per stage, with callgrind: unlike wall time, the counts do not depend on
# the machine's load. Results and how to read them: Evaluation/BENCHMARKS.md.
#
#   Evaluation/profile.sh                 # the first 1000 documents of the Reuters pool
#   Evaluation/profile.sh 2000 FILE.jsonl
set -euo pipefail
cd "$(dirname "$0")/.."
documents=${1:-1000}
input=${2:-../shared/texts/reuters-pool.jsonl}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

swift build -c release --product claimgraph >&2
# Valgrind 3.19 cannot read the DWARF 5 Swift writes: profile a copy without
# debug sections (function names stay).
objcopy --strip-debug "$(swift build -c release --show-bin-path)/claimgraph" "$work/claimgraph"
head -n "$documents" "$input" > "$work/input.jsonl"
words=$(python3 -c 'import json, sys; print(sum(len(json.loads(l)["text"].split()) for l in open(sys.argv[1]) if l.strip()))' "$work/input.jsonl")
profile() {
    valgrind --tool=callgrind --callgrind-out-file="$work/$1.out" "$work/claimgraph" extract --jobs 1 \
        < "$2" > /dev/null 2> "$work/$1.log"
    callgrind_annotate --inclusive=yes "$work/$1.out" | swift demangle --simplified > "$work/$1.txt"
}
count() { grep -F -m1 "$2" "$work/$1.txt" | awk '{gsub(",", "", $1); print $1}'; }
# Start-up (loading the lexicons, partly on a second thread) is what a run over no input costs.
profile startup /dev/null
profile run "$work/input.jsonl"
total=$(count run "PROGRAM TOTALS")
startup=$(count startup "PROGRAM TOTALS")
echo "$documents documents, $words words: $total instructions, $startup of them start-up"
echo "per word, start-up left out: $(( (total - startup) / words ))"
for part in "Document.init<A>(jsonLine:" "Segmenter.segment(" "MoneyTagger.process(" "DateTagger.process(" \
            "NameTagger.process(" "ClaimStage.process(" "Document.writeJSON("; do
    echo "  $part $(( $(count run "$part") / words ))"
done
