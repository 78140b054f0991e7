# 2026-11-30 (afternoon) on 2 x H200: pruning with a constant learning rate after warm-up and epochs 1-6.
# A: the pruning benchmark, the three searches one process each (reproducible order), side by side on the GPUs.
# B: the default command with the same space and schedule, median (GPU 0) and asha (GPU 1), side by side.
export PYTHONPATH=/tmp/site:/tmp/repo PYTHONUNBUFFERED=1
M=/tmp/model/SmolLM2-135M-Instruct.Q4_1.gguf
R=/tmp/res8
cd /tmp/repo
mkdir -p $R
step() { echo "$(date -u +%H:%M:%S) $*" >> /tmp/steps8.log; }
step "start"
nvidia-smi --query-gpu=timestamp,index,utilization.gpu,memory.used --format=csv,noheader -l 1 > $R/gpu-util.csv 2>&1 &
SMI=$!
[ -d /root/.cache/sqltune/models ] || CUDA_VISIBLE_DEVICES=0 python3 -c "from training.model import ModelConfig, resolve_model_path; print(resolve_model_path(ModelConfig(name_or_path='$M')))" > $R/convert.log 2>&1
step "converted"
s=$(date +%s)
python3 -m benchmarks.pruning --trials 12 --pruners median asha --gpus 0 1 --studies $R/pruning --out $R/pruning.json -- --model $M --workers-per-gpu 1 --epochs-range 1 6 --lr-schedule constant > $R/pruning.log 2>&1
step "pruning rc=$? $(( $(date +%s) - s )) s"
one() {  # gpu cores name extra...
  local gpu=$1 cores=$2 name=$3; shift 3
  local s=$(date +%s)
  step "gpu$gpu $name begin"
  CUDA_VISIBLE_DEVICES=$gpu taskset -c $cores python3 -m search.run --trials 12 --model $M "$@" --storage sqlite:///$R/$name.db --artifacts /tmp/art-$name --no-progress > $R/$name.log 2>&1
  step "gpu$gpu $name rc=$? $(( $(date +%s) - s )) s"
}
one 0 0-15 default-median --epochs-range 1 6 --lr-schedule constant &
P0=$!
one 1 16-31 default-asha --epochs-range 1 6 --lr-schedule constant --pruner asha &
P1=$!
wait $P0 $P1
kill $SMI
step "all done"
