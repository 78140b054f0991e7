# 1. Spider, 12 trials, both GPUs, 4 workers, with --candidates 4 (same flags as the 2026-11-29 run otherwise).
# 2. GPU 0: the same study's final phase again with --candidates 1 and 8 (same adapter), then a 4-worker default
#    search, then the generation benchmark. GPU 1, beside it: a one-worker default search, then its final phase
#    with --candidates 4. Each side on its own 16 cores.
export PYTHONPATH=/tmp/site:/tmp/repo PYTHONUNBUFFERED=1
M=/tmp/model/SmolLM2-135M-Instruct.Q4_1.gguf
S=/tmp/spiderdata
SP="--train $S/train.jsonl --validation $S/dev.jsonl --test $S/test.jsonl --databases $S/databases"
cd /tmp/repo
step() { echo "$(date -u +%H:%M:%S) $*" >> /tmp/steps.log; }
mkdir -p /tmp/spider /tmp/out
step "spider start"
python3 -m search.run --trials 12 --study-name spider --storage journal:/tmp/spider/study.log --gpus 0,0,1,1 $SP \
  --model $M --artifacts /tmp/spider/artifacts --keep-epoch best --epochs-range 1 2 --candidates 4 --no-progress > /tmp/spider/run.log 2>&1
step "spider end rc=$?"
cp /tmp/spider/study.log /tmp/spider/study-search.log
run() {  # name cores gpus
  mkdir -p /tmp/$1; step "$1 start (cores $2, --gpus $3)"; s=$(date +%s)
  taskset -c $2 python3 -m search.run --trials 12 --model $M --gpus $3 --storage journal:/tmp/$1/study.log \
    --artifacts /tmp/$1/artifacts --no-progress > /tmp/$1/run.log 2>&1
  step "$1 end rc=$? $(( $(date +%s) - s )) s"
}
(
  for k in 1 8; do
    step "spider final k=$k start"
    CUDA_VISIBLE_DEVICES=0 taskset -c 0-15 python3 -m search.run --phase final --study-name spider --storage journal:/tmp/spider/study.log $SP \
      --model $M --artifacts /tmp/spider/artifacts --candidates $k --db /tmp/spider/final-k$k.db --no-progress > /tmp/spider/final-k$k.log 2>&1
    step "spider final k=$k end rc=$?"
  done
  run default-4workers 0-15 0,0,0,0
  step "generation start"
  CUDA_VISIBLE_DEVICES=0 taskset -c 0-15 python3 -m benchmarks.generation --n 64 --batch-size 64 --weights merged --candidates 4 \
    --model $M --out /tmp/out/generation.json > /tmp/out/generation.log 2>&1
  step "generation end rc=$?"
) &
(
  run default-1worker 16-31 1
  step "default-1worker final k=4 start"
  CUDA_VISIBLE_DEVICES=1 taskset -c 16-31 python3 -m search.run --phase final --model $M --storage journal:/tmp/default-1worker/study.log \
    --artifacts /tmp/default-1worker/artifacts --candidates 4 --db /tmp/default-1worker/final-k4.db --no-progress > /tmp/default-1worker/final-k4.log 2>&1
  step "default-1worker final k=4 end rc=$?"
) &
wait
step "all done"
