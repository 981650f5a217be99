-- Shared by the load.sh wrk scripts: counts statuses (429s split by their error code),
-- counts 429s without Retry-After and writes one JSON result to $LOAD_RESULT.
local threads = {}

function setup(thread)
  thread:set("thread_index", #threads)
  table.insert(threads, thread)
end

statuses = {}
missing_retry_after = 0

function response(status, headers, body)
  local key = tostring(status)
  if status == 429 then
    local code = body and body:match('"code"%s*:%s*"([%w_%-]+)"') or "unknown"
    key = "429 " .. code
    local found = false
    for name, _ in pairs(headers) do
      if string.lower(name) == "retry-after" then found = true end
    end
    if not found then missing_retry_after = missing_retry_after + 1 end
  end
  statuses[key] = (statuses[key] or 0) + 1
end

local function json_string(s)
  return '"' .. tostring(s):gsub('[%c"\\]', function(c) return string.format("\\u%04x", c:byte()) end) .. '"'
end

function done(summary, latency, requests)
  local total, missing = {}, 0
  for _, thread in ipairs(threads) do
    local counts = thread:get("statuses") or {}
    for k, v in pairs(counts) do total[k] = (total[k] or 0) + v end
    missing = missing + (thread:get("missing_retry_after") or 0)
  end
  local parts = {}
  for k, v in pairs(total) do table.insert(parts, json_string(k) .. ":" .. v) end
  local e = summary.errors
  local out = assert(io.open(os.getenv("LOAD_RESULT"), "w"))
  out:write(string.format(
    '{"requests":%d,"duration_us":%d,"p50_us":%d,"p99_us":%d,"max_us":%d,"statuses":{%s},"missing_retry_after":%d,' ..
    '"socket_errors":{"connect":%d,"read":%d,"write":%d,"timeout":%d}}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.max,
    table.concat(parts, ","), missing, e.connect, e.read, e.write, e.timeout))
  out:close()
end
