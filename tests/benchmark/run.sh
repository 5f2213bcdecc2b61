#!/usr/bin/env bash
# Import benchmark: generates N realistic articles, imports them end to end (extraction, merging, SQLite) with a
# Release build of the CLI into a fresh database, and runs chrono-node merely finding dates in the same texts.
# Both are measured two ways: in-process (what each tool reports, without its runtime's start) and as the whole
# process (wall clock from the shell, runtime start and module loading included).
# Usage: bash tests/benchmark/run.sh [N=2000] [RUNS=3]
set -euo pipefail
cd "$(dirname "$0")/../.."
n="${1:-2000}"
runs="${2:-3}"
work="${TMPDIR:-/tmp}/timeline-bench"
rm -rf "$work" && mkdir -p "$work"

# The shipped way to run the CLI at speed: a Release publish, precompiled (ReadyToRun) so the run is not spent in the JIT.
dotnet publish src/Timeline.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true --nologo -v q -o "$work/cli" >/dev/null
dotnet "$work/cli/timeline.dll" generate --count "$n" --out "$work/articles"
(cd tests/benchmark && npm install --no-audit --no-fund --silent >/dev/null)

ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
for run in $(seq "$runs"); do
  start=$(date +%s%N)
  chrono_ms=$(node tests/benchmark/chrono.mjs "$work/articles" | sed 's/.*"ms":\([0-9]*\).*/\1/')
  chrono_wall=$(ms_since "$start")

  rm -f "$work"/bench.db*
  start=$(date +%s%N)
  out=$(dotnet "$work/cli/timeline.dll" import "$work/articles" --db "$work/bench.db")
  timeline_wall=$(ms_since "$start")
  # "took 1.23 s for N files; peak working set M MB"
  timeline_ms=$(echo "$out" | sed -n 's/^took \([0-9.]*\) s.*/\1/p' | awk '{ printf "%d", $1 * 1000 }')
  peak_mb=$(echo "$out" | sed -n 's/.*peak working set \([0-9]*\) MB.*/\1/p')

  echo "$out" | head -n 1
  awk -v run="$run" -v cm="$chrono_ms" -v cw="$chrono_wall" -v tm="$timeline_ms" -v tw="$timeline_wall" -v mb="$peak_mb" -v n="$n" 'BEGIN {
    printf "{\"run\":%d,\"files\":%d,\"chrono_ms\":%d,\"chrono_process_ms\":%d,\"timeline_ms\":%d,\"timeline_process_ms\":%d,", run, n, cm, cw, tm, tw
    printf "\"ratio_in_process\":%.2f,\"ratio_process\":%.2f,\"timeline_peak_mb\":%d}\n", tm / cm, tw / cw, mb }'
done
