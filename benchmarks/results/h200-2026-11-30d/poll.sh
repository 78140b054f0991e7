end=$(( $(date +%s) + $1 ))
while [ $(date +%s) -lt $end ] && ! grep -q "all done" /tmp/res10/steps.log 2>/dev/null; do sleep 5; done
cd /tmp && tar czf $OUT/res10.tgz --exclude=artifacts --exclude="*.safetensors" res10 2>/dev/null
cat /tmp/res10/steps.log
for f in /tmp/res10/pruning/*.log; do [ -f "$f" ] && echo "$(basename $f): $(grep -c -- '-> validation' $f) trials, $(grep -o 'epochs [0-9]*/[0-9]*' $f | tail -1)"; done
tail -12 /tmp/res10/pruning/benchmark.log 2>/dev/null
grep -h "Error" /tmp/res10/*/*.log 2>/dev/null | sort | uniq -c | head -5
