#!/usr/bin/env bash
# Import benchmark: generates N realistic articles, imports them end to end (extraction, merging, SQLite)
# with a Release build of the CLI, and runs chrono-node merely finding dates in the same texts.
# Usage: bash tests/benchmark/run.sh [N=2000]
set -euo pipefail
cd "$(dirname "$0")/../.."
n="${1:-2000}"
work="${TMPDIR:-/tmp}/timeline-bench"
rm -rf "$work" && mkdir -p "$work"

# The shipped way to run the CLI at speed: a Release publish, precompiled (ReadyToRun) so the run is not spent in the JIT.
dotnet publish src/Timeline.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true --nologo -v q -o "$work/cli" >/dev/null
dotnet "$work/cli/timeline.dll" generate --count "$n" --out "$work/articles"

(cd tests/benchmark && npm install --no-audit --no-fund --silent >/dev/null)
node tests/benchmark/chrono.mjs "$work/articles"

timer=()
[ -x /usr/bin/time ] && timer=(/usr/bin/time -f '{"tool":"timeline import","wall_s":%e,"peak_rss_mb":%M}')
start=$(date +%s%N)
"${timer[@]}" dotnet "$work/cli/timeline.dll" import "$work/articles" --db "$work/bench.db" 2>"$work/time.txt" | tail -n 2
end=$(date +%s%N)
echo "{\"tool\":\"timeline import\",\"files\":$n,\"ms\":$(( (end - start) / 1000000 ))}"
# GNU time reports KB in %M; shown as-is with the unit fixed here.
[ -s "$work/time.txt" ] && sed 's/"peak_rss_mb":\([0-9]*\)/"peak_rss_kb":\1/' "$work/time.txt" | tail -n 1
