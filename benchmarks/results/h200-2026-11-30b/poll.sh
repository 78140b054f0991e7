end=$(( $(date +%s) + $1 ))
while [ $(date +%s) -lt $end ] && ! grep -q "all done" /tmp/steps8.log 2>/dev/null; do sleep 5; done
cp /tmp/steps8.log $OUT/ 2>/dev/null
cd /tmp && rm -rf res8/pruning/artifacts && tar czf $OUT/results8.tgz --ignore-failed-read res8 2>/dev/null
cat /tmp/steps8.log; tail -5 /tmp/res8/pruning.log; grep -h "epoch.*-> validation" /tmp/res8/pruning/*.log 2>/dev/null | tail -3
grep -h "this run)\|on test (\|overhead" /tmp/res8/default-*.log 2>/dev/null
