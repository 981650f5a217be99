-- POST /api/submissions, rotating the bearer tokens in $LOAD_TOKENS (one per line) so the
-- per-user submission limit does not hide the judge queue bound.
dofile(os.getenv("LOAD_LUA_DIR") .. "/common.lua")
local body = '{"problem":"a-plus-b","language":"python3","source":"print(sum(map(int,input().split())))"}'
local tokens, next_token = {}, 1

function init(args)
  for line in io.lines(os.getenv("LOAD_TOKENS")) do
    if #line > 0 then table.insert(tokens, line) end
  end
  assert(#tokens > 0, "no tokens in " .. os.getenv("LOAD_TOKENS"))
  -- Threads start at different users.
  next_token = (thread_index or 0) * 7 % #tokens + 1
end

function request()
  local token = tokens[next_token]
  next_token = next_token % #tokens + 1
  return wrk.format("POST", "/api/submissions",
    { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }, body)
end
