-- The load script of `npm run bench` (scripts/bench/wrk.ts drives wrk with it).
--
-- Arguments after `--`: the paths to request, in turn (each thread starts at its own place in the
-- list, so that several pages of a kind share the load), and optionally `unique=<name>`: that query
-- parameter is added to every request with a value never sent before (a click id such as fbclid).
-- At the end, `done()` prints one line `WRK_JSON {...}`: requests, duration, bytes, socket errors,
-- non-2xx/3xx answers and the latency distribution in microseconds.

local threads = {}

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

local paths = {}
local unique = nil
local counter = 0
local fixed = nil

function init(args)
  for _, arg in ipairs(args) do
    local name = arg:match("^unique=(.+)$")
    if name then unique = name else table.insert(paths, arg) end
  end
  if #paths == 0 then table.insert(paths, wrk.path) end
  counter = (tid or 1) - 1
  math.randomseed(os.time() * 1000 + (tid or 1))
  if #paths == 1 and not unique then fixed = wrk.format(nil, paths[1]) end
end

function request()
  if fixed then return fixed end
  counter = counter + 1
  local path = paths[(counter % #paths) + 1]
  if unique then
    local sep = path:find("?", 1, true) and "&" or "?"
    path = string.format("%s%s%s=IwAR%d%x%06x", path, sep, unique, tid or 1, counter, math.random(0, 0xffffff))
  end
  return wrk.format(nil, path)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRK_JSON {"requests":%d,"durationUs":%d,"bytes":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,"p50":%d,"p90":%d,"p99":%d,"max":%d}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
