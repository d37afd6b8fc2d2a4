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
done = function(summary, latency, requests)
  io.write(string.format("RESULT rps=%.1f p50=%.3f p95=%.3f p99=%.3f errors=%d non2xx=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
