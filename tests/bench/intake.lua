-- Intake at full speed: every request creates a new dossier, round-robin over the receptionists
-- in TOKENS (comma-separated access tokens).
local tokens = {}
for t in string.gmatch(os.getenv("TOKENS"), "[^,]+") do tokens[#tokens + 1] = t end
local n = 0
local body = '{"procedureCode":"1.001193","channel":"direct","applicantType":"citizen",' ..
  '"owner":{"fullName":"Nguyễn Thị Ánh","idNumber":"001190012345","phone":"0912345678"},' ..
  '"components":[{"componentId":1,"originals":1},{"componentId":2,"originals":1},{"componentId":4,"photocopies":1}]}'
request = function()
  n = n + 1
  local token = tokens[(n % #tokens) + 1]
  return wrk.format("POST", "/api/v1/dossiers", {["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json"}, body)
end
dofile(os.getenv("BENCH_DIR") .. "/report.lua")
