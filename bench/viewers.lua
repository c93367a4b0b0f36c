-- wrk script: like status.lua, but each request goes as the next of many signed-in people, so the
-- database answers for different viewers instead of one (whose answer it may keep ready).
-- Usage: wrk ... -s bench/viewers.lua URL -- FILE, FILE holding one "Name: value" header per line.
local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "status.lua")

local count_init = init

function init(args)
  count_init(args)
  requests = {}
  for line in io.lines(args[1]) do
    local name, value = line:match("^([^:]+):%s*(.*)$")
    table.insert(requests, wrk.format(nil, nil, { [name] = value }))
  end
  next_one = math.random(#requests)
end

function request()
  next_one = next_one % #requests + 1
  return requests[next_one]
end
