# 2 x H200. GPU 1 (cores 16-31): random Mistral-7B, torch vs Liger kernels with the untimed warm-up run, profile.
# GPU 0 (cores 0-15): the same 3-trial search (same seed, same trials) with --kernels torch, then --kernels liger.
export PYTHONPATH=/tmp/site:/tmp/repo PYTHONUNBUFFERED=1
M=/tmp/model/SmolLM2-135M-Instruct.Q4_1.gguf
R=/tmp/res2
cd /tmp/repo
mkdir -p $R
step() { echo "$(date -u +%H:%M:%S) $*" >> /tmp/steps2.log; }
step "start"
(
  export CUDA_VISIBLE_DEVICES=1
  s=$(date +%s)
  taskset -c 16-31 python3 -m benchmarks.train --model mistral-7b-random --model-path $M --modes padded --loops plain --kernels torch liger --steps 10 --warmup 2 --profile $R/profile-7b-torch.txt --out $R/train-7b-liger.json > $R/train-7b-liger.log 2>&1
  step "gpu1 train-7b-liger rc=$? $(( $(date +%s) - s )) s"
) &
(
  export CUDA_VISIBLE_DEVICES=0
  for k in torch liger; do
    s=$(date +%s)
    taskset -c 0-15 python3 -m search.run --trials 3 --epochs-range 2 2 --lora-ranks 16 --no-pruning --kernels $k --model $M --storage sqlite:///$R/study-$k.db --artifacts /tmp/art-$k --no-progress > $R/search-$k.log 2>&1
    step "gpu0 search-$k rc=$? $(( $(date +%s) - s )) s"
  done
) &
wait
step "all done"
