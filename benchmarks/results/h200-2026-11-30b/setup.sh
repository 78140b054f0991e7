set -e
cat /tmp/model/part.aa .device/model-b/part.ab > /tmp/model/SmolLM2-135M-Instruct.Q4_1.gguf
rm -rf /tmp/repo && mkdir -p /tmp/repo
cp -r search training evaluation storage benchmarks pyproject.toml /tmp/repo/
cp .device/run/*.sh .device/run/*.py /tmp/
# pip compiles what it installs; the staging above used --no-compile, so a first run would compile ~2,700 modules.
python3 -m compileall -q -j 8 /tmp/site /tmp/repo > /dev/null 2>&1 || true
nvidia-smi -L; nproc; free -g | head -2
