-- Accent-insensitive search for a random "given name + family name" pair, as a clerk types it.
local family = {"nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo", "duong", "ly"}
local given = {"an", "binh", "chi", "dung", "giang", "ha", "hai", "hanh", "hung", "huong", "khanh", "lan", "linh", "long", "mai",
               "nam", "nga", "phuc", "quan", "quynh", "son", "tam", "thao", "trang", "tuan", "vy", "yen", "anh", "dat", "on"}
local token = os.getenv("TOKEN")
math.randomseed(os.time())
request = function()
  local q = family[math.random(#family)] .. "%20" .. given[math.random(#given)]
  return wrk.format("GET", "/api/v1/dossiers?pageSize=20&q=" .. q, {["Authorization"] = "Bearer " .. token})
end
dofile(os.getenv("BENCH_DIR") .. "/report.lua")
