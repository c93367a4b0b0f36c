-- wrk script: counts every answer that is not 200 (wrk itself counts 3xx as success, and a redirect to
-- /login would mean the session was lost), then prints one machine-readable RESULT line.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  not_ok = 0
end

function response(status, headers, body)
  if status ~= 200 then
    not_ok = not_ok + 1
  end
end

function done(summary, latency, requests)
  local not_200 = 0
  for _, t in ipairs(threads) do
    not_200 = not_200 + t:get("not_ok")
  end
  local e = summary.errors
  local socket = e.connect + e.read + e.write + e.timeout
  io.write(string.format("RESULT requests=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f not_200=%d socket_errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, not_200, socket))
end
