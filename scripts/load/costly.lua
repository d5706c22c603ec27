-- A costly query: as many words as a query may have (MaxQueryTerms, 12), none of which the corpus has, so each is
-- tried for spelling and fuzzily. (The 40-word query of issue 20 is refused by that limit with a 400.)
local words = {}
local seed = 7
for n = 1, tonumber(os.getenv("COSTLY_WORDS") or "12") do
  local w = ""
  for k = 1, 6 do
    seed = (seed * 1103515245 + 12345) % 2147483648
    w = w .. string.char(97 + math.floor(seed / 65536) % 26)
  end
  words[n] = w
end
local q = table.concat(words, "%20")
request = function()
  return wrk.format("GET", "/api/search?q=" .. q)
end
dofile(os.getenv("LOAD_DIR") .. "/status.lua")
