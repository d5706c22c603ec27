-- Ordinary searches a visitor might type, composed afresh for each request from the corpus's own words (the pool
-- written by make-pool.py from the app's knowledge base, LOAD_POOL): one, two or three words, a phrase, a case
-- number, a word within a council or a year, sometimes newest first or decisions only. The words are drawn at random
-- from thousands, so nearly every request is a search the app has not answered before and its answer cache rarely
-- helps; the run prints how many of the requests were distinct.
local pool = { word = {}, phrase = {}, case = {}, council = {}, year = {} }
for line in io.lines(os.getenv("LOAD_POOL")) do
  local kind, text = line:match("^(%a+)\t(.+)$")
  if kind and pool[kind] then table.insert(pool[kind], text) end
end
assert(#pool.word > 0, "the pool has no words: " .. os.getenv("LOAD_POOL"))

local seed = tonumber(os.getenv("LOAD_SEED") or "20")
local function random(n)
  seed = (seed * 16807) % 2147483647
  return seed % n + 1
end
local function pick(list, fallback)
  if #list == 0 then return fallback end
  return list[random(#list)]
end
local function encode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function query()
  local w = function() return pick(pool.word) end
  local r = random(100)
  if r <= 35 then return w(), ""
  elseif r <= 65 then return w() .. " " .. w(), ""
  elseif r <= 75 then return w() .. " " .. w() .. " " .. w(), ""
  elseif r <= 85 then return '"' .. pick(pool.phrase, w() .. " " .. w()) .. '"', ""
  elseif r <= 90 then return "sak " .. pick(pool.case, w()), ""
  elseif r <= 94 then return w() .. " råd:" .. pick(pool.council, "ho21"), ""
  elseif r <= 97 then return w() .. " år:" .. pick(pool.year, "2022"), ""
  elseif r <= 99 then return w(), "&sort=newest"
  else return w(), "&scope=decisions" end
end

local sent = {}
distinct, total = 0, 0
request = function()
  local q, extra = query()
  local path = "/api/search?q=" .. encode(q) .. extra
  total = total + 1
  if not sent[path] then sent[path] = true; distinct = distinct + 1 end
  return wrk.format("GET", path)
end
dofile(os.getenv("LOAD_DIR") .. "/status.lua")
