# 2 x H200. GPU 0 (cores 0-15): the plain default command (auto: workers sharing the GPU) twice, then with
# --workers-per-gpu 1. GPU 1 (cores 16-31): benchmarks.pruning, median and asha against no pruning, default flags.
# nvidia-smi samples every process's GPU memory every second throughout.
export PYTHONPATH=/tmp/site:/tmp/repo PYTHONUNBUFFERED=1
M=/tmp/model/SmolLM2-135M-Instruct.Q4_1.gguf
R=/tmp/res3
cd /tmp/repo
mkdir -p $R
step() { echo "$(date -u +%H:%M:%S) $*" >> /tmp/steps3.log; }
step "start"
nvidia-smi -L > $R/gpus.txt
nvidia-smi --query-compute-apps=timestamp,gpu_uuid,pid,used_memory --format=csv,noheader -l 1 > $R/memory.csv 2>&1 &
SMI=$!
# The GGUF conversion happens once per machine; done first so that every timed run below is "warm".
CUDA_VISIBLE_DEVICES=0 python3 -c "from training.model import ModelConfig, resolve_model_path; print(resolve_model_path(ModelConfig(name_or_path='$M')))" > $R/convert.log 2>&1
step "converted rc=$?"
(
  export CUDA_VISIBLE_DEVICES=0
  for run in auto-1 auto-2 one-worker; do
    extra=""; [ $run = one-worker ] && extra="--workers-per-gpu 1"
    s=$(date +%s)
    step "gpu0 default-$run begin"
    taskset -c 0-15 python3 -m search.run --trials 12 --model $M $extra --storage sqlite:///$R/default-$run.db --artifacts /tmp/art-$run --no-progress > $R/default-$run.log 2>&1
    step "gpu0 default-$run rc=$? $(( $(date +%s) - s )) s"
  done
) &
P0=$!
(
  export CUDA_VISIBLE_DEVICES=1
  s=$(date +%s)
  step "gpu1 pruning begin"
  taskset -c 16-31 python3 -m benchmarks.pruning --trials 12 --pruners median asha --out $R/pruning-h200.json -- --model $M > $R/pruning.log 2>&1
  step "gpu1 pruning rc=$? $(( $(date +%s) - s )) s"
) &
P1=$!
wait $P0 $P1
kill $SMI
step "all done"
