end=$(( $(date +%s) + $1 ))
while [ $(date +%s) -lt $end ] && ! grep -q "all done" /tmp/res11/steps.log 2>/dev/null; do sleep 5; done
cd /tmp && tar czf $OUT/res11.tgz --exclude="*.safetensors" res11 2>/dev/null
cat /tmp/res11/steps.log
for f in /tmp/res11/unpruned/*.log; do [ -f "$f" ] && echo "$(basename $f): $(grep -c -- '-> validation' $f) trials"; done
grep -h "Error" /tmp/res11/*/*.log 2>/dev/null | sort | uniq -c | head -5
