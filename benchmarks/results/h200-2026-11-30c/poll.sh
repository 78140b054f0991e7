end=$(( $(date +%s) + $1 ))
while [ $(date +%s) -lt $end ] && ! grep -q "all done" /tmp/res9/steps.log 2>/dev/null; do sleep 5; done
cd /tmp && tar czf $OUT/res9.tgz --exclude=artifacts res9 2>/dev/null
cat /tmp/res9/steps.log
for f in /tmp/res9/pruning/*.log; do [ -f "$f" ] && echo "$(basename $f): $(grep -c -- '-> validation' $f) trials, $(grep -o 'epochs [0-9]*/[0-9]*' $f | tail -1)"; done
tail -12 /tmp/res9/pruning/benchmark.log 2>/dev/null
grep -h "Error\|error" /tmp/res9/det/*.log 2>/dev/null | sort | uniq -c | head -5
