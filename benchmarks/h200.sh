#!/usr/bin/env bash
# The H200 runs that benchmarks/README.md quotes, one device call each (run from the repository root on the device
# machine, after the wheels (into /tmp/site) and the model (into /tmp/model) are staged):
#   bash benchmarks/h200.sh smoke                  # deterministic beam search on a tiny random model (seconds)
#   bash benchmarks/h200.sh default RUN MODEL      # the default search, then pytest tests/test_best_model.py on it,
#                                                  # then benchmarks.reproducible_generation (cost of determinism)
#   bash benchmarks/h200.sh spider RUN MODEL TIMEOUT [flags...]   # a Spider search (resumes; .device/spider carried)
#   bash benchmarks/h200.sh validate RUN           # pytest tests/test_best_model.py on RUN's study
#   bash benchmarks/h200.sh spider-bg RUN MODEL [flags...]    # the same search without --timeout, in its own process
#                                                  # session, so that it outlives the call (the machine stays held
#                                                  # while later calls run); Spider is read from /tmp/spider
#   bash benchmarks/h200.sh wait RUN SECONDS       # until that search ends or SECONDS pass; packs what is there
#   bash benchmarks/h200.sh candidates RUN K...    # RUN's best adapter on Spider dev with K hypotheses each
# Each run lives in /tmp/run/RUN (study, logs, adapters) and comes back as $OUT/RUN.tar.gz (logs, study.db.gz).
set -uo pipefail
export PYTHONPATH=/tmp/site:$PWD PYTHONUNBUFFERED=1
mode=$1
run=/tmp/run/${2:-smoke}
mkdir -p "$run"
stamp() { echo "== $(date -u +%FT%TZ) $*"; }
timed() { local t=$SECONDS; "$@"; local rc=$?; echo "== wall $((SECONDS - t)) s, exit code $rc"; return $rc; }
search() { python3 -m search.run --trials 12 --model "$model" --storage "sqlite:///$run/study.db" \
             --artifacts "$run/artifacts" --cache-dir /tmp/cache "$@"; }
spider_data() { echo --train $1/train.jsonl --validation $1/dev.jsonl --test $1/test.jsonl --databases $1/databases; }
validate() {
  { nvidia-smi -L; python3 -m pytest -p no:cacheprovider tests/test_best_model.py --study-storage "sqlite:///$run/study.db"
  } 2>&1 | tee "$run/test-best-model-h200.log"
}
pack() {
  gzip -c "$run/study.db" > "$run/study.db.gz" 2>/dev/null
  tar -czf "$OUT/$(basename "$run").tar.gz" -C "$run" --exclude artifacts --exclude study.db . 2>/dev/null
}
case $mode in
  smoke)
    python3 - <<'EOF'
import torch
from transformers import Qwen2Config, Qwen2ForCausalLM
from training.model import reproducible_inference
torch.manual_seed(0)
model = Qwen2ForCausalLM(Qwen2Config(vocab_size=256, hidden_size=64, intermediate_size=128, num_hidden_layers=2,
                                     num_attention_heads=4, num_key_value_heads=2)).cuda().to(torch.bfloat16).eval()
ids = torch.randint(3, 256, (4, 37), device="cuda")
mask = torch.ones_like(ids); mask[0, :9] = 0; mask[2, :20] = 0
outs = []
for _ in range(2):
    with reproducible_inference(), torch.inference_mode():
        outs.append(model.generate(input_ids=ids, attention_mask=mask, num_beams=8, num_return_sequences=8,
                                   max_new_tokens=24, do_sample=False, early_stopping=True, pad_token_id=0))
print("smoke: deterministic beam search ran,", "same" if torch.equal(*outs) else "DIFFERENT", "outputs twice")
EOF
    ;;
  default)
    model=$3
    { stamp "default search, $model"; nvidia-smi -L; timed search; } 2>&1 | tee -a "$run/search.log"
    validate
    python3 -m benchmarks.reproducible_generation --storage "sqlite:///$run/study.db" --cache-dir /tmp/cache --rounds 1 \
      2>&1 | tee "$run/reproducible-generation.log"
    pack ;;
  spider)
    model=$3 timeout=$4; shift 4
    s=.device/spider
    { stamp "spider search, $model, --timeout $timeout $*"; nvidia-smi -L
      timed search $(spider_data $s) --timeout "$timeout" "$@"; } 2>&1 | tee -a "$run/search.log"
    pack ;;
  validate)
    validate; pack ;;
  spider-bg)
    model=$3; shift 3
    s=/tmp/spider
    [ -d $s ] || cp -r .device/spider $s
    export -f search stamp timed; export model run
    setsid bash -c "{ stamp 'spider search (background), $model, $*'; nvidia-smi -L
      timed search $(spider_data $s) $*
      echo \$? > $run/rc; } >> $run/search.log 2>&1" < /dev/null > /dev/null 2>&1 &
    sleep 5; tail -n 5 "$run/search.log" ;;
  candidates)
    shift 2
    python3 -m benchmarks.candidates --storage "sqlite:///$run/study.db" --split /tmp/spider/dev.jsonl \
      --cache-dir /tmp/cache --candidates "$@" 2>&1 | grep -v Loading | tee "$run/candidates-dev.log"
    pack ;;
  wait)
    end=$((SECONDS + $3))
    while [ ! -f "$run/rc" ] && [ $SECONDS -lt $end ]; do sleep 5; done
    grep -v Converting "$run/search.log" | tail -n 25
    [ -f "$run/rc" ] && echo "search ended, exit code $(cat "$run/rc")"
    pack ;;
esac
exit 0
