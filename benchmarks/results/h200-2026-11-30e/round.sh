# Next GPU round (planned 2026-11-30): (a) six unpruned one-process searches with --validation-loss, seeds 8-13,
# deterministic, epochs 1-6 constant, three a GPU: does the validation loss after epoch 1-2 rank the trials where the EX
# does not (python -m benchmarks.pruning_replay sqlite:///u-seedN.db prints both)? Its GPU cost is in each trial's user
# attrs (validation_loss_seconds vs eval_seconds). (b) the default search with cuDNN's attention off vs plain, side by
# side, then swapped.
export PYTHONPATH=/tmp/site:/tmp/repo PYTHONUNBUFFERED=1
M=/tmp/model/SmolLM2-135M-Instruct.Q4_1.gguf
R=/tmp/res11
cd /tmp/repo; mkdir -p $R/unpruned $R/default /tmp/nocudnn
printf 'import torch\ntorch.backends.cuda.enable_cudnn_sdp(False)\n' > /tmp/nocudnn/sitecustomize.py
step() { echo "$(date -u +%H:%M:%S) $*" >> $R/steps.log; }
step start
nvidia-smi --query-gpu=timestamp,index,utilization.gpu,memory.used --format=csv -l 1 > $R/gpu-util.csv 2>&1 &
LOGGER=$!
CUDA_VISIBLE_DEVICES=0 python3 -c "from training.model import ModelConfig, resolve_model_path; print(resolve_model_path(ModelConfig(name_or_path='$M')))" > $R/convert.log 2>&1
step "converted rc=$?"
unpruned() {  # gpu cores seed
  s=$(date +%s)
  CUDA_VISIBLE_DEVICES=$1 taskset -c $2 python3 -m search.run --trials 12 --model $M --seed $3 --no-pruning \
    --workers-per-gpu 1 --epochs-range 1 6 --lr-schedule constant --phase trials --deterministic --validation-loss \
    --storage sqlite:///$R/unpruned/u-seed$3.db --artifacts /tmp/art-u$3 --no-progress > $R/unpruned/u-seed$3.log 2>&1
  step "u-seed$3 rc=$? $(( $(date +%s) - s )) s"
}
PIDS=""
for i in 0 1 2 3 4 5; do
  unpruned $(( i % 2 )) $(( i * 5 ))-$(( i * 5 + 4 )) $(( 8 + i )) & PIDS="$PIDS $!"
done
wait $PIDS
step "unpruned done"
def() {  # gpu cores name variant: the default search, whole command
  gpu=$1; cores=$2; name=$3; pp=$PYTHONPATH; [ $4 = nocudnn ] && pp=/tmp/nocudnn:$PYTHONPATH; s=$(date +%s)
  PYTHONPATH=$pp CUDA_VISIBLE_DEVICES=$gpu taskset -c $cores python3 -m search.run --trials 12 --model $M \
    --storage sqlite:///$R/default/$name.db --artifacts /tmp/art-$name --no-progress > $R/default/$name.log 2>&1
  step "$name rc=$? $(( $(date +%s) - s )) s"
}
def 0 0-15 plain-1 plain & A=$!; def 1 16-31 nocudnn-1 nocudnn & B=$!; wait $A $B
def 0 0-15 nocudnn-2 nocudnn & A=$!; def 1 16-31 plain-2 plain & B=$!; wait $A $B
kill $LOGGER
step "all done"
