# Round 2 of 2026-11-30 on 2 x H200: the plain default command with this session's changes (workers start before
# transformers is imported; the final phase starts once the study is done; LoRA made on the GPU; adapter saved from
# its own tensors). Three runs on each GPU, side by side.
export PYTHONPATH=/tmp/site:/tmp/repo PYTHONUNBUFFERED=1
M=/tmp/model/SmolLM2-135M-Instruct.Q4_1.gguf
R=/tmp/res7
cd /tmp/repo
mkdir -p $R
step() { echo "$(date -u +%H:%M:%S) $*" >> /tmp/steps7.log; }
step "start"
nvidia-smi --query-gpu=timestamp,index,utilization.gpu,memory.used --format=csv,noheader -l 1 > $R/gpu-util.csv 2>&1 &
SMI=$!
[ -d /root/.cache/sqltune/models ] || CUDA_VISIBLE_DEVICES=0 python3 -c "from training.model import ModelConfig, resolve_model_path; print(resolve_model_path(ModelConfig(name_or_path='$M')))" > $R/convert.log 2>&1
step "converted"
one() {  # gpu cores name extra...
  local gpu=$1 cores=$2 name=$3; shift 3
  local s=$(date +%s)
  step "gpu$gpu $name begin"
  CUDA_VISIBLE_DEVICES=$gpu taskset -c $cores python3 -m search.run --trials 12 --model $M "$@" --storage sqlite:///$R/$name.db --artifacts /tmp/art-$name --no-progress > $R/$name.log 2>&1
  step "gpu$gpu $name rc=$? $(( $(date +%s) - s )) s"
}
( one 0 0-15 default-1; one 0 0-15 default-3; one 0 0-15 default-5 ) &
P0=$!
( one 1 16-31 default-2; one 1 16-31 default-4; one 1 16-31 default-6 ) &
P1=$!
wait $P0 $P1
kill $SMI
step "all done"
