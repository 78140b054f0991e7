# 2026-11-30 (session 2): (a) which part of --deterministic makes a trial faster: one 2-epoch trial as plain, strict
# deterministic, and cuDNN's SDPA switched off alone, rotated over the two GPUs; (b) the held-out pruning test of the
# reach rule, seeds 4-7, deterministic, one process a search, four searches a GPU; (c) the default search plain vs
# --deterministic side by side, then swapped between the GPUs.
export PYTHONPATH=/tmp/site:/tmp/repo PYTHONUNBUFFERED=1
M=/tmp/model/SmolLM2-135M-Instruct.Q4_1.gguf
R=/tmp/res10
cd /tmp/repo; mkdir -p $R/trial $R/pruning $R/default /tmp/nocudnn
printf 'import torch\ntorch.backends.cuda.enable_cudnn_sdp(False)\n' > /tmp/nocudnn/sitecustomize.py
step() { echo "$(date -u +%H:%M:%S) $*" >> $R/steps.log; }
step start
nvidia-smi --query-gpu=timestamp,index,utilization.gpu,memory.used --format=csv -l 1 > $R/gpu-util.csv 2>&1 &
LOGGER=$!
CUDA_VISIBLE_DEVICES=0 python3 -c "from training.model import ModelConfig, resolve_model_path; print(resolve_model_path(ModelConfig(name_or_path='$M')))" > $R/convert.log 2>&1
step "converted rc=$?"
one() {  # gpu cores name variant: one 2-epoch trial, its adapter's hash and its EX
  gpu=$1; cores=$2; name=$3; variant=$4; pp=$PYTHONPATH; flags=""
  [ $variant = det ] && flags="--deterministic"
  [ $variant = nocudnn ] && pp=/tmp/nocudnn:$PYTHONPATH
  PYTHONPATH=$pp CUDA_VISIBLE_DEVICES=$gpu taskset -c $cores python3 -m search.run --trials 1 --model $M --epochs-range 2 2 \
    --lr-range 1.4e-3 1.5e-3 --lora-ranks 32 --no-pruning --workers-per-gpu 1 --phase trials \
    --storage sqlite:///$R/trial/$name.db --artifacts /tmp/art-$name --no-progress $flags > $R/trial/$name.log 2>&1
  step "$name rc=$? $(sha256sum /tmp/art-$name/sqltune/trial-0/adapter/*.safetensors | cut -c1-16) $(grep -o 'validation EX.*' $R/trial/$name.log | head -1)"
}
( one 0 0-15 plain-g0 plain; one 0 0-15 det-g0 det; one 0 0-15 nocudnn-g0 nocudnn ) &
A=$!
( one 1 16-31 det-g1 det; one 1 16-31 nocudnn-g1 nocudnn; one 1 16-31 plain-g1 plain ) &
B=$!
wait $A $B
step "pruning start"
python3 -m benchmarks.pruning --trials 12 --pruners reach --seeds 4 5 6 7 --gpus 0 1 0 1 0 1 0 1 \
  --studies $R/pruning --out $R/pruning/pruning.json -- --model $M --workers-per-gpu 1 --epochs-range 1 6 \
  --lr-schedule constant --phase trials --deterministic > $R/pruning/benchmark.log 2>&1
step "pruning rc=$?"
def() {  # gpu cores name [flags]: the default search, whole command
  gpu=$1; cores=$2; name=$3; shift 3; s=$(date +%s)
  CUDA_VISIBLE_DEVICES=$gpu taskset -c $cores python3 -m search.run --trials 12 --model $M \
    --storage sqlite:///$R/default/$name.db --artifacts /tmp/art-$name --no-progress "$@" > $R/default/$name.log 2>&1
  step "$name rc=$? $(( $(date +%s) - s )) s"
}
def 0 0-15 plain-1 & A=$!; def 1 16-31 det-1 --deterministic & B=$!; wait $A $B
def 0 0-15 det-2 --deterministic & A=$!; def 1 16-31 plain-2 & B=$!; wait $A $B
kill $LOGGER
step "all done"
