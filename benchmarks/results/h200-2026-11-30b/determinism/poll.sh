end=$(( $(date +%s) + $1 ))
while [ $(date +%s) -lt $end ] && ! grep -q "all done" /tmp/resd/steps.log 2>/dev/null; do sleep 3; done
cat /tmp/resd/steps.log; cp /tmp/resd/steps.log $OUT/ 2>/dev/null; cd /tmp && tar czf $OUT/resd.tgz resd 2>/dev/null
grep -h "Warning\|warn" /tmp/resd/d0.log | sort | uniq -c | head -5
