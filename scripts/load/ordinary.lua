-- Ordinary searches, cycled: words, phrases, case numbers, filters (what a visitor types).
local queries = {
  "helsedata", "persontilpasset%20medisin", "sak%2028/3/2022", "handlingsplan", "genetikk", "kommisjonen",
  "%22persontilpasset%20medisin%22", "mandat", "vedtak%20helsedata", "kliniske%20studier", "r%C3%A5d:ho21%20strategi", "dialogm%C3%B8te",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/search?q=" .. queries[(i % #queries) + 1])
end
dofile(os.getenv("LOAD_DIR") .. "/status.lua")
