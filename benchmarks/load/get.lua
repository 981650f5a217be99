-- GET $LOAD_PATH (anonymous: the edge serves problems from its cache).
dofile(os.getenv("LOAD_LUA_DIR") .. "/common.lua")
local path = os.getenv("LOAD_PATH") or "/api/problems"
function request()
  return wrk.format("GET", path)
end
