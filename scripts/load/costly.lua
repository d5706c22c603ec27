-- A costly query: as many words as a query may have (MaxQueryTerms, 12), none of which the corpus has, so each is
-- tried for spelling and fuzzily. Every request draws new words, so no answer can be reused: each one costs a search.
-- (The 40-word query of issue 20 is refused by that limit with a 400.)
local count = tonumber(os.getenv("COSTLY_WORDS") or "12")
local seed = 7
local function word()
  local w = ""
  for k = 1, 6 do
    seed = (seed * 16807) % 2147483647
    w = w .. string.char(97 + seed % 26)
  end
  return w
end
request = function()
  local words = {}
  for n = 1, count do words[n] = word() end
  return wrk.format("GET", "/api/search?q=" .. table.concat(words, "%20"))
end
dofile(os.getenv("LOAD_DIR") .. "/status.lua")
