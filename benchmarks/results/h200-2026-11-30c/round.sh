# 2026-11-30 (evening): does --deterministic make a GPU trial reproducible, at what speed; then the pruning pair over
# four seeds, deterministic, one-process searches, two... four searches a GPU.
export PYTHONPATH=/tmp/site:/tmp/repo PYTHONUNBUFFERED=1
M=/tmp/model/SmolLM2-135M-Instruct.Q4_1.gguf
R=/tmp/res9
cd /tmp/repo; mkdir -p $R/det $R/pruning
step() { echo "$(date -u +%H:%M:%S) $*" >> $R/steps.log; }
step start
nvidia-smi --query-gpu=timestamp,index,utilization.gpu,memory.used --format=csv -l 1 > $R/gpu-util.csv 2>&1 &
[ -d /root/.cache/sqltune/models ] || CUDA_VISIBLE_DEVICES=0 python3 -c "from training.model import ModelConfig, resolve_model_path; print(resolve_model_path(ModelConfig(name_or_path='$M')))" > $R/convert.log 2>&1
step converted
one() {  # gpu cores name [search.run flags]: one 2-epoch trial, its adapter's hash and its EX
  gpu=$1; cores=$2; name=$3; shift 3
  CUDA_VISIBLE_DEVICES=$gpu taskset -c $cores python3 -m search.run --trials 1 --model $M --epochs-range 2 2 \
    --lr-range 1.4e-3 1.5e-3 --lora-ranks 32 --no-pruning --workers-per-gpu 1 --phase trials \
    --storage sqlite:///$R/det/$name.db --artifacts /tmp/art-$name --no-progress "$@" > $R/det/$name.log 2>&1
  step "$name rc=$? $(sha256sum /tmp/art-$name/sqltune/trial-0/adapter/*.safetensors | cut -c1-16) $(grep -o 'validation EX.*' $R/det/$name.log | head -1)"
}
hash() { sha256sum /tmp/art-$1/sqltune/trial-0/adapter/*.safetensors 2>/dev/null | cut -c1-64; }
# Four at once, two a GPU: deterministic on each GPU (reproducible across GPUs and processes?) beside plain on each
# (its speed, side by side).
one 0 0-7 det0 --deterministic & one 1 16-23 det1 --deterministic & one 0 8-15 plain0 & one 1 24-31 plain1 & wait
FLAGS="--deterministic"
if [ -z "$(hash det0)" ] && [ -z "$(hash det1)" ]; then step "deterministic trials failed"; step "all done"; exit 1; fi
if [ "$(hash det0)" != "$(hash det1)" ]; then
  one 0 0-15 dtorch0 --deterministic --kernels torch & one 1 16-31 dtorch1 --deterministic --kernels torch & wait
  if [ -n "$(hash dtorch0)" ] && [ "$(hash dtorch0)" = "$(hash dtorch1)" ]; then FLAGS="--deterministic --kernels torch"; fi
fi
step "pruning with: $FLAGS"
python3 -m benchmarks.pruning --trials 12 --pruners median --seeds 0 1 2 3 --gpus 0 1 0 1 0 1 0 1 \
  --studies $R/pruning --out $R/pruning/pruning.json -- --model $M --workers-per-gpu 1 --epochs-range 1 6 \
  --lr-schedule constant --phase trials $FLAGS > $R/pruning/benchmark.log 2>&1
step "pruning rc=$?"
step "all done"
