-- Counts answers by status class across wrk's threads and prints them when the run ends (and, when the request script counts
-- them in `total` and `distinct`, how many of its requests were distinct).
local threads = {}
setup = function(thread) table.insert(threads, thread) end
init = function() s2, s4, s429, s5 = 0, 0, 0, 0 end
response = function(status, headers, body)
  if status == 429 then s429 = s429 + 1
  elseif status >= 500 then s5 = s5 + 1
  elseif status >= 400 then s4 = s4 + 1
  else s2 = s2 + 1 end
end
done = function(summary, latency, requests)
  local a, b, c, d = 0, 0, 0, 0
  for _, t in ipairs(threads) do
    a = a + t:get("s2"); b = b + t:get("s4"); c = c + t:get("s429"); d = d + t:get("s5")
    local sent, distinct = t:get("total"), t:get("distinct")
    if sent then io.write(string.format("distinct searches: %d of %d sent\n", distinct, sent)) end
  end
  io.write(string.format("status: 2xx=%d 4xx=%d 429=%d 5xx=%d\n", a, b, c, d))
  for _, p in ipairs({50, 90, 99, 99.9}) do
    io.write(string.format("latency p%g: %.1f ms\n", p, latency:percentile(p) / 1000))
  end
end
