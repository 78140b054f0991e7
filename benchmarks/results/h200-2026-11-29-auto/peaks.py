"""Peak GPU memory of each process, from nvidia-smi samples (timestamp, gpu_uuid, pid, used_memory), e.g.
python peaks.py memory-round1.csv.gz"""
import csv
import gzip
import sys

for path in sys.argv[1:]:
    peak, first = {}, {}
    with (gzip.open(path, "rt") if path.endswith(".gz") else open(path)) as f:
        for row in csv.reader(f):
            if len(row) < 4 or "MiB" not in row[3]:
                continue
            ts, uuid, pid, mem = (x.strip() for x in row)
            key = (uuid[-12:], int(pid))
            peak[key] = max(peak.get(key, 0), int(mem.split()[0]))
            first.setdefault(key, ts)
    print(f"# {path}: GPU (end of UUID), pid, first seen, peak MiB")
    for key in sorted(peak, key=lambda k: (first[k], k)):
        print(key[0], key[1], first[key], peak[key])
