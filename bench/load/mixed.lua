-- Cycles through the paths given after "--" (wrk ... -s mixed.lua http://host -- / /sessions/x /calendar.ics), one
-- request each in turn, so a run covers pages and feeds alike.
local paths = {}
local index = 0

function init(args)
  for _, path in ipairs(args) do
    paths[#paths + 1] = path
  end
  if #paths == 0 then
    paths[1] = "/"
  end
end

function request()
  index = index % #paths + 1
  return wrk.format(nil, paths[index])
end
