-- The « nothing new » poll of `npm run bench` (scripts/bench/live-poll.ts): every request is a
-- conditional GET of one live page with `If-None-Match: <etag>` (the first argument after `--`), as
-- the live page's script polls. At the end, `done()` prints one line `WRK_JSON {...}` like wrk.lua,
-- with `notModified`: how many answers were 304 (summed over the threads).

local threads = {}
local etag = nil
local fixed = nil
notModified = 0 -- global: done() reads each thread's count with thread:get

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  etag = args[1]
  wrk.headers["If-None-Match"] = etag
  fixed = wrk.format(nil, wrk.path)
end

function request()
  return fixed
end

function response(status, headers, body)
  if status == 304 then notModified = notModified + 1 end
end

function done(summary, latency, requests)
  local total304 = 0
  for _, thread in ipairs(threads) do total304 = total304 + (thread:get("notModified") or 0) end
  local e = summary.errors
  io.write(string.format(
    'WRK_JSON {"requests":%d,"durationUs":%d,"bytes":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,"p50":%d,"p90":%d,"p99":%d,"max":%d,"notModified":%d}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, total304))
end
