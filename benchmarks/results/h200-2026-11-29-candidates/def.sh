# One H200, 16 cores: warm the model cache, time the default search (4 workers, new GPU defaults: 8 candidates),
# then a Spider baseline with 16 candidates x 256 prompts, which ran out of memory before the halving retry.
export PYTHONPATH=/tmp/site:/tmp/repo PYTHONUNBUFFERED=1
M=/tmp/model/SmolLM2-135M-Instruct.Q4_1.gguf
S=/tmp/spiderdata
cd /tmp/repo
step() { echo "$(date -u +%H:%M:%S) $*" >> /tmp/steps.log; }
mkdir -p /tmp/warmup /tmp/def4 /tmp/oom
python3 -m search.run --phase baseline --limit 1 --model $M --storage sqlite:////tmp/warmup/w.db --no-progress > /tmp/warmup/run.log 2>&1
step "warm-up rc=$?"
s=$(date +%s); step "default-4workers start"
python3 -m search.run --trials 12 --model $M --gpus 0,0,0,0 --storage journal:/tmp/def4/study.log --artifacts /tmp/def4/artifacts --no-progress > /tmp/def4/run.log 2>&1
step "default-4workers end rc=$? $(( $(date +%s) - s )) s"
s=$(date +%s)
python3 -m search.run --phase baseline --study-name oom --storage sqlite:////tmp/oom/oom.db --validation $S/dev.jsonl --test $S/test.jsonl \
  --databases $S/databases --validation-limit 256 --test-limit 8 --candidates 16 --batch-size 256 --model $M --no-progress > /tmp/oom/run.log 2>&1
step "oom baseline end rc=$? $(( $(date +%s) - s )) s"
step "all done"
