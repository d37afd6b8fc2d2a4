-- GET a random dossier by code: PATH_PREFIX + code (codes from CODES_FILE), optional TOKEN.
local codes = {}
local prefix = os.getenv("PATH_PREFIX") or "/api/v1/public/dossiers/"
local token = os.getenv("TOKEN")
for line in io.lines(os.getenv("CODES_FILE")) do codes[#codes + 1] = line end
math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
request = function()
  local headers = {}
  if token then headers["Authorization"] = "Bearer " .. token end
  return wrk.format("GET", prefix .. codes[math.random(#codes)], headers)
end
dofile(os.getenv("BENCH_DIR") .. "/report.lua")
