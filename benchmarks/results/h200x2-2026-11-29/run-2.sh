# Default search, 4 workers on one GPU: a fresh cache (GGUF conversion included) on GPU 0, and on GPU 1 a cache
# warmed by a 1-question baseline first. Each on its own 16 cores.
export PYTHONPATH=/tmp/site:/tmp/repo PYTHONUNBUFFERED=1
M=/tmp/model/SmolLM2-135M-Instruct.Q4_1.gguf
cd /tmp/repo
step() { echo "$(date -u +%H:%M:%S) $*" >> /tmp/steps.log; }
run() {  # name cores gpus cache
  mkdir -p /tmp/$1; step "$1 start (cores $2, --gpus $3, cache $4)"; s=$(date +%s)
  taskset -c $2 python3 -m search.run --trials 12 --model $M --gpus $3 --storage journal:/tmp/$1/study.log \
    --artifacts /tmp/$1/artifacts --cache-dir $4 --no-progress > /tmp/$1/run.log 2>&1
  step "$1 end rc=$? $(( $(date +%s) - s )) s"
}
run cold-gpus0000 0-15 0,0,0,0 /tmp/cold-cache &
( mkdir -p /tmp/warmup; step "warm-up start"
  CUDA_VISIBLE_DEVICES=1 taskset -c 16-31 python3 -m search.run --phase baseline --limit 1 --model $M --cache-dir /tmp/warm-cache \
    --storage sqlite:////tmp/warmup/w.db --no-progress > /tmp/warmup/run.log 2>&1; step "warm-up end rc=$?"
  run warm-gpus1111 16-31 1,1,1,1 /tmp/warm-cache ) &
wait
step "early done"
