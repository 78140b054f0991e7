# 2 x H200: GPU 0 (cores 0-15): generation at the search's batch, SmolLM2 training variants, 4-worker default search;
# GPU 1 (cores 16-31): random Mistral-7B training variants + profile, then the plain 1-worker default search.
export PYTHONPATH=/tmp/site:/tmp/repo PYTHONUNBUFFERED=1
M=/tmp/model/SmolLM2-135M-Instruct.Q4_1.gguf
R=/tmp/res
cd /tmp/repo
mkdir -p $R /tmp/warmup /tmp/def4 /tmp/def1
step() { echo "$(date -u +%H:%M:%S) $*" >> /tmp/steps.log; }
step "start"
CUDA_VISIBLE_DEVICES=0 python3 -m search.run --phase baseline --limit 1 --model $M --storage sqlite:////tmp/warmup/w.db --no-progress > /tmp/warmup/run.log 2>&1
step "warm-up rc=$?"
(
  export CUDA_VISIBLE_DEVICES=0
  s=$(date +%s)
  taskset -c 0-15 python3 -m benchmarks.generation --n 161 --batch-size 256 --weights merged --model $M --out $R/generation-161.json > $R/generation-161.log 2>&1
  step "gpu0 generation-161 rc=$? $(( $(date +%s) - s )) s"
  s=$(date +%s)
  taskset -c 0-15 python3 -m benchmarks.train --model-path $M --modes padded --loops plain --kernels torch liger --logging-steps 1 16 --steps 20 --warmup 3 --profile $R/profile-smollm2.txt --out $R/train-smollm2.json > $R/train-smollm2.log 2>&1
  step "gpu0 train-smollm2 rc=$? $(( $(date +%s) - s )) s"
  s=$(date +%s); step "gpu0 default-4workers start"
  taskset -c 0-15 python3 -m search.run --trials 12 --model $M --gpus 0,0,0,0 --storage journal:/tmp/def4/study.log --artifacts /tmp/def4/artifacts --no-progress > /tmp/def4/run.log 2>&1
  step "gpu0 default-4workers end rc=$? $(( $(date +%s) - s )) s"
  step "gpu0 done"
) &
(
  export CUDA_VISIBLE_DEVICES=1
  s=$(date +%s)
  taskset -c 16-31 python3 -m benchmarks.train --model mistral-7b-random --modes padded --loops plain --kernels torch liger --logging-steps 1 16 --steps 10 --warmup 2 --profile $R/profile-7b-b16.txt --out $R/train-7b-b16.json > $R/train-7b-b16.log 2>&1
  step "gpu1 train-7b-b16 rc=$? $(( $(date +%s) - s )) s"
  s=$(date +%s)
  taskset -c 16-31 python3 -m benchmarks.train --model mistral-7b-random --batch-size 32 --modes padded --loops plain --kernels torch liger --logging-steps 16 --steps 10 --warmup 2 --out $R/train-7b-b32.json > $R/train-7b-b32.log 2>&1
  step "gpu1 train-7b-b32 rc=$? $(( $(date +%s) - s )) s"
  s=$(date +%s); step "gpu1 default-1worker start"
  taskset -c 16-31 python3 -m search.run --trials 12 --model $M --storage sqlite:////tmp/def1/study.db --artifacts /tmp/def1/artifacts --no-progress > /tmp/def1/run.log 2>&1
  step "gpu1 default-1worker end rc=$? $(( $(date +%s) - s )) s"
  step "gpu1 done"
) &
wait
step "all done"
