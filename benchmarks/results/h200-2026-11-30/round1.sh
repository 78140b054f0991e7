# Round 1 of 2026-11-30 on 2 x H200: parent start-up timings; GPU 0: the plain command under MPS (if the binary is
# there); GPU 1: the plain command with every process profiled (cProfile). Then both plain, GPU 0 MPS again.
export PYTHONPATH=/tmp/site:/tmp/repo PYTHONUNBUFFERED=1
M=/tmp/model/SmolLM2-135M-Instruct.Q4_1.gguf
R=/tmp/res6
cd /tmp/repo
mkdir -p $R $R/prof
step() { echo "$(date -u +%H:%M:%S) $*" >> /tmp/steps6.log; }
step "start"
nvidia-smi --query-gpu=timestamp,index,utilization.gpu,memory.used --format=csv,noheader -l 1 > $R/gpu-util.csv 2>&1 &
SMI=$!
[ -d /root/.cache/sqltune/models ] || CUDA_VISIBLE_DEVICES=0 python3 -c "from training.model import ModelConfig, resolve_model_path; print(resolve_model_path(ModelConfig(name_or_path='$M')))" > $R/convert.log 2>&1
step "converted"
(which nvidia-cuda-mps-control; ls -la $(dirname $(which nvidia-smi)) | grep -i mps; nvidia-smi -q | grep -i "compute mode") > $R/mps-check.log 2>&1
CUDA_VISIBLE_DEVICES=1 taskset -c 16-31 python3 /tmp/startup.py $M > $R/startup.log 2>&1
step "startup timed"
MPS=0
if which nvidia-cuda-mps-control >/dev/null 2>&1; then
  mkdir -p /tmp/mps-pipe /tmp/mps-log
  CUDA_VISIBLE_DEVICES=0 CUDA_MPS_PIPE_DIRECTORY=/tmp/mps-pipe CUDA_MPS_LOG_DIRECTORY=/tmp/mps-log nvidia-cuda-mps-control -d && MPS=1
fi
step "mps=$MPS"
one() {  # gpu cores name extra...
  local gpu=$1 cores=$2 name=$3; shift 3
  local s=$(date +%s)
  step "gpu$gpu $name begin"
  CUDA_VISIBLE_DEVICES=$gpu taskset -c $cores python3 -m search.run --trials 12 --model $M "$@" --storage sqlite:///$R/$name.db --artifacts /tmp/art-$name --no-progress > $R/$name.log 2>&1
  step "gpu$gpu $name rc=$? $(( $(date +%s) - s )) s"
}
( export CUDA_MPS_PIPE_DIRECTORY=/tmp/mps-pipe CUDA_MPS_LOG_DIRECTORY=/tmp/mps-log; one 0 0-15 default-mps-1; one 0 0-15 default-mps-2 ) &
P0=$!
( (export PROF_DIR=$R/prof PYTHONPATH=/tmp/prof:$PYTHONPATH; one 1 16-31 default-profiled); one 1 16-31 default-plain ) &
P1=$!
wait $P0 $P1
[ $MPS = 1 ] && (echo quit | CUDA_MPS_PIPE_DIRECTORY=/tmp/mps-pipe nvidia-cuda-mps-control) && cp /tmp/mps-log/* $R/ 2>/dev/null
kill $SMI
step "all done"
