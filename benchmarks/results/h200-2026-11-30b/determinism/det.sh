# Is GPU training reproducible, and does torch's deterministic mode make it so? The same one-trial search (2 epochs)
# twice side by side, with deterministic algorithms (round d), then twice without (round n).
export PYTHONPATH=/tmp/site:/tmp/repo PYTHONUNBUFFERED=1
M=/tmp/model/SmolLM2-135M-Instruct.Q4_1.gguf
R=/tmp/resd
cd /tmp/repo; mkdir -p $R
step() { echo "$(date -u +%H:%M:%S) $*" >> $R/steps.log; }
step start
[ -d /root/.cache/sqltune/models ] || CUDA_VISIBLE_DEVICES=0 python3 -c "from training.model import ModelConfig, resolve_model_path; print(resolve_model_path(ModelConfig(name_or_path='$M')))" > $R/convert.log 2>&1
step converted
one() {  # gpu cores name det
  CUDA_VISIBLE_DEVICES=$1 CUBLAS_WORKSPACE_CONFIG=:4096:8 taskset -c $2 python3 -c "
import sys, torch
if '$4' == '1': torch.use_deterministic_algorithms(True, warn_only=True)
from search.run import main
sys.exit(main(['--trials', '1', '--model', '$M', '--epochs-range', '2', '2', '--lr-range', '1.4e-3', '1.5e-3', '--lora-ranks', '32', '--no-pruning', '--workers-per-gpu', '1', '--phase', 'trials', '--storage', 'sqlite:///$R/$3.db', '--artifacts', '/tmp/art-$3', '--no-progress']))" > $R/$3.log 2>&1
  step "$3 rc=$? $(sha256sum /tmp/art-$3/sqltune/trial-0/adapter/*.safetensors | cut -c1-16) $(grep -o 'validation EX.*' $R/$3.log | head -1)"
}
one 0 0-15 d0 1 & one 1 16-31 d1 1 & wait
one 0 0-15 n0 0 & one 1 16-31 n1 0 & wait
step "all done"
