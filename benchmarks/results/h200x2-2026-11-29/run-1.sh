# Spider (both GPUs, 4 workers), then two default searches side by side (one GPU and 16 cores each).
export PYTHONPATH=/tmp/site:/tmp/repo PYTHONUNBUFFERED=1
M=/tmp/model/SmolLM2-135M-Instruct.Q4_1.gguf
S=/tmp/spiderdata
cd /tmp/repo
step() { echo "$(date -u +%H:%M:%S) $*" >> /tmp/steps.log; }
mkdir -p /tmp/spider
step "spider start"
python3 -m search.run --trials 12 --study-name spider --storage journal:/tmp/spider/study.log --gpus 0,0,1,1 \
  --train $S/train.jsonl --validation $S/dev.jsonl --test $S/test.jsonl --databases $S/databases \
  --model $M --artifacts /tmp/spider/artifacts --keep-epoch best --epochs-range 1 2 --no-progress > /tmp/spider/run.log 2>&1
step "spider end rc=$?"
run() {  # name cores gpus
  mkdir -p /tmp/$1; step "$1 start (cores $2, --gpus $3)"; s=$(date +%s)
  taskset -c $2 python3 -m search.run --trials 12 --model $M --gpus $3 --storage journal:/tmp/$1/study.log \
    --artifacts /tmp/$1/artifacts --cache-dir /tmp/$1/cache --no-progress > /tmp/$1/run.log 2>&1
  step "$1 end rc=$? $(( $(date +%s) - s )) s"
}
run default-gpus00 0-15 0,0 &
run default-gpus111 16-31 1,1,1 &
wait
step "all done"
