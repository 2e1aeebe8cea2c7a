-- « Les plus lus » in `npm run bench` (scripts/bench/reads.ts): readers at full speed, each one the
-- story's page and then its read beacon, as a browser loads them (the beacon as an image: a browser's
-- User-Agent and `Sec-Fetch-Dest: image`). The first argument after `--` is the beacon's path. At the
-- end, `done()` prints one line `WRK_JSON {...}` with `pages` and `beacons`: the 200 answers of each
-- (summed over the threads), told apart by their Content-Type.

local threads = {}
local page = nil
local beacon = nil
local turn = 0
pages = 0 -- globals: done() reads each thread's counts with thread:get
beacons = 0
failed = 0

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  local browser = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36"
  page = wrk.format("GET", wrk.path, { ["User-Agent"] = browser, ["Accept"] = "text/html", ["Accept-Encoding"] = "gzip", ["Sec-Fetch-Dest"] = "document" })
  beacon = wrk.format("GET", args[1], { ["User-Agent"] = browser, ["Accept"] = "image/*", ["Sec-Fetch-Dest"] = "image" })
end

function request()
  turn = turn + 1
  if turn % 2 == 1 then return page end
  return beacon
end

function response(status, headers, body)
  if status ~= 200 then
    failed = failed + 1
  elseif headers["Content-Type"] == "image/gif" or headers["content-type"] == "image/gif" then
    beacons = beacons + 1
  else
    pages = pages + 1
  end
end

function done(summary, latency, requests)
  local p, b, f = 0, 0, 0
  for _, thread in ipairs(threads) do
    p = p + (thread:get("pages") or 0)
    b = b + (thread:get("beacons") or 0)
    f = f + (thread:get("failed") or 0)
  end
  local e = summary.errors
  io.write(string.format(
    'WRK_JSON {"requests":%d,"durationUs":%d,"bytes":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,"p50":%d,"p90":%d,"p99":%d,"max":%d,"pages":%d,"beacons":%d,"failed":%d}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, p, b, f))
end
