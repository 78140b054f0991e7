#!/usr/bin/env bash
# One H200 session, in device calls of under 10 minutes each (a study resumes between them):
#   bash run.sh trials   # --phase trials with a --timeout: the workers run what fits
#   bash run.sh all      # the same search, whole: baseline (once), the trials left, the final phase
#   bash run.sh validate # pytest tests/test_best_model.py on that study, as a user would
#   DATA=embedded RUN=name MODEL=file.gguf bash run.sh all   # the default search of the embedded set instead
# The model is the official qwen2.5-coder-0.5b-instruct-q4_k_m.gguf (Apache-2.0), staged to /tmp/model; the Spider
# subset is carried in .device/spider. Study, logs and artifacts live in /tmp/run and are copied to $OUT each call.
set -uo pipefail
export PYTHONPATH=/tmp/site:$PWD PYTHONUNBUFFERED=1
model=${MODEL:-/tmp/model/qwen2.5-coder-0.5b-instruct-q4_k_m.gguf}
spider=.device/spider
run=/tmp/run/${RUN:-qwen05-spider}
mkdir -p "$run"
data=(--train $spider/train.jsonl --validation $spider/dev.jsonl --test $spider/test.jsonl --databases $spider/databases)
[ "${DATA:-spider}" = embedded ] && data=()  # the default search: the embedded dataset
search=(python3 -m search.run --trials 12 --model "$model" "${data[@]}" --storage "sqlite:///$run/study.db"
        --artifacts "$run/artifacts" --cache-dir /tmp/cache)
stamp() { echo "== $(date -u +%FT%TZ) $*"; }
timed() { local t=$SECONDS; "$@"; local rc=$?; echo "== wall $((SECONDS - t)) s, exit code $rc"; }
case $1 in
  trials)
    { stamp "run.sh trials"; nvidia-smi -L; timed "${search[@]}" --phase trials --timeout "${2:-300}"; } 2>&1 | tee -a "$run/search.log" ;;
  all)
    { stamp "run.sh all"; timed "${search[@]}" ${2:+--timeout $2}; } 2>&1 | tee -a "$run/search.log" ;;
  validate)
    t=$SECONDS
    { nvidia-smi -L; python3 -m pytest -p no:cacheprovider tests/test_best_model.py --study-storage "sqlite:///$run/study.db"
    } 2>&1 | tee "$run/test-best-model-h200.log"
    echo "== $(date -u +%FT%TZ) validate: wall $((SECONDS - t)) s" >> "$run/search.log" ;;
esac
cp "$run"/*.log "$OUT"/ 2>/dev/null
# The trials' adapters, small beside the model, so that a study can be validated again on a fresh machine.
[ -d "$run/artifacts" ] && tar -czf "$OUT/artifacts.tar.gz" -C / "${run#/}/artifacts" --exclude trainer 2>/dev/null
[ -f "$run/study.db" ] && gzip -c "$run/study.db" > "$OUT/study.db.gz"
nvidia-smi --query-gpu=memory.used,memory.total --format=csv > "$OUT/nvidia-smi.txt" 2>/dev/null
exit 0
