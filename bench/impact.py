#!/usr/bin/env python3
"""Times a production's schedule and a change request's impact over HTTP, on a generated plan.

Makes a production of TASKS tasks (default 5,000) through the API, each waiting for one to three earlier
tasks (seeded, so every run builds the same plan) and ending in a delivery milestone, raises a change request
that lengthens a task, then asks REPEAT times (sequentially, one connection at a time) for
GET /productions/{id}/schedule and GET /change-requests/{id}/impact, and prints the median, 90th and 99th
percentile in milliseconds. Run by bench/impact.sh, which starts a fresh server; see docs/benchmarks.md.

  bench/impact.py BASE_URL TOKEN [TASKS] [REPEAT]
"""
import json
import random
import statistics
import sys
import time
import urllib.request


def call(base, token, method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method, headers={
        "Authorization": "Bearer " + token, "Content-Type": "application/json", "Accept": "application/json"})
    with urllib.request.urlopen(req, timeout=120) as r:
        return json.loads(r.read() or b"null")


def timed(base, token, path, repeat):
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        call(base, token, "GET", path)
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.9) - 1], times[int(len(times) * 0.99) - 1]


def main():
    base, token = sys.argv[1], sys.argv[2]
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 5000
    repeat = int(sys.argv[4]) if len(sys.argv) > 4 else 200
    rnd = random.Random(42)
    production = call(base, token, "POST", "/api/v1/productions", {
        "name": "Impact bench %d" % n, "confidentiality": "standard", "startDate": "2027-01-04"})["id"]
    ids = []
    started = time.perf_counter()
    for i in range(n):
        deps = sorted(set(rnd.sample(ids[-50:], min(len(ids[-50:]), rnd.randint(1, 3))))) if ids else []
        ids.append(call(base, token, "POST", "/api/v1/productions/%d/tasks" % production, {
            "title": "Task %d" % i, "estimateHours": rnd.choice([2, 4, 6, 8, 16]), "dependsOn": deps})["id"])
        if i and i % 1000 == 0:
            print("  %d tasks (%.0f s)" % (i, time.perf_counter() - started), file=sys.stderr)
    call(base, token, "POST", "/api/v1/productions/%d/tasks" % production, {
        "title": "Delivery", "milestone": True, "dueDate": "2028-06-30", "dependsOn": ids[-20:]})
    request = call(base, token, "POST", "/api/v1/productions/%d/change-requests" % production,
                   {"title": "Longer grade"})["id"]
    call(base, token, "POST", "/api/v1/change-requests/%d/changes" % request,
         {"kind": "change_task", "taskId": ids[n // 2], "patch": {"estimateHours": 40}})
    deps = sum(len(call(base, token, "GET", "/api/v1/tasks/%d" % t)["dependsOn"]) for t in ids[:200])
    print("plan: %d tasks (+1 milestone), about %.1f dependencies per task" % (n, deps / 200.0))
    for label, path in (("schedule", "/api/v1/productions/%d/schedule" % production),
                        ("impact", "/api/v1/change-requests/%d/impact" % request)):
        timed(base, token, path, 10)  # warm up
        p50, p90, p99 = timed(base, token, path, repeat)
        print("%-8s %d requests: median %.1f ms, p90 %.1f ms, p99 %.1f ms" % (label, repeat, p50, p90, p99))


if __name__ == "__main__":
    main()
