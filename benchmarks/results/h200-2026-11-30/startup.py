# Device-only: where the parent's seconds go before it starts workers.
import sys, time, subprocess
t0 = time.perf_counter()
def lap(msg):
    global t0
    t = time.perf_counter(); print(f"{msg}: {t - t0:.2f} s", flush=True); t0 = t
M = sys.argv[1]
import torch; lap("import torch")
print(torch.cuda.is_available()); lap("torch.cuda.is_available")
out = subprocess.run(["nvidia-smi", "--query-gpu=index,uuid,memory.free,memory.total", "--format=csv,noheader,nounits"], capture_output=True, text=True).stdout; lap("nvidia-smi query"); print(out)
try:
    import pynvml; lap("import pynvml"); pynvml.nvmlInit(); h = pynvml.nvmlDeviceGetHandleByIndex(0); print(pynvml.nvmlDeviceGetMemoryInfo(h)); lap("nvml mem")
except Exception as e:
    print("pynvml:", e)
from training.model import ModelConfig, count_parameters, resolve_model_path, load_model, load_tokenizer; lap("import training.model")
c = ModelConfig(name_or_path=M)
p = resolve_model_path(c); lap("resolve_model_path")
print(count_parameters(c)); lap("count_parameters")
print(torch.cuda.mem_get_info()); lap("mem_get_info (CUDA init)")
import optuna; lap("import optuna")
from search.storage import open_storage; lap("import search.storage")
s = open_storage("sqlite:////tmp/startup-test.db", 30, 60); optuna.create_study(study_name="x", storage=s, load_if_exists=True); lap("open storage + create study")
from evaluation.data import load_splits; lap("import evaluation.data")  # noqa: F401 (timed)
model, tok = load_model(c); lap("load_model (after CUDA init)")
t = load_tokenizer(p); print("eos", t.eos_token, t.eos_token_id, "pad", t.pad_token_id, model.config.eos_token_id, model.generation_config.eos_token_id)
import peft, trl, datasets; lap("import peft trl datasets")  # noqa: F401 (timed)
import liger_kernel.transformers; lap("import liger")  # noqa: F401 (timed)
