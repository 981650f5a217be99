-- POST /api/auth/signin with a wrong password for $LOAD_USER (brute force from one address).
dofile(os.getenv("LOAD_LUA_DIR") .. "/common.lua")
local body = string.format('{"username":"%s","password":"wrong-password"}', os.getenv("LOAD_USER"))
function request()
  return wrk.format("POST", "/api/auth/signin", { ["Content-Type"] = "application/json" }, body)
end
