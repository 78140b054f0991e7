cd /work/main
for s in 1 2 3 4; do
  start=$(date +%s)
  .venv/bin/python -m search.run --trials 12 --seed $s --no-pruning --phase trials --validation-loss \
    --train /tmp/small/train.jsonl --validation /tmp/small/validation.jsonl --test /tmp/small/test.jsonl \
    --databases /tmp/small/databases --train-limit 24 --validation-limit 14 --test-limit 8 --max-new-tokens 48 \
    --epochs-range 1 6 --lr-schedule constant --storage sqlite:////tmp/cpuloss/u-seed$s.db \
    --artifacts /tmp/cpuloss/art-$s --no-progress > /tmp/cpuloss/u-seed$s.log 2>&1
  echo "seed $s rc=$? $(( $(date +%s) - start )) s" >> /tmp/cpuloss/steps.log
done
echo "all done" >> /tmp/cpuloss/steps.log
