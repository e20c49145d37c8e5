-- Makes every request's URL unique (an extra query parameter the filter ignores), so none is served from the
-- output cache: this measures rendering, not caching.
-- thread_id is a global that setup() sets in each thread's own Lua state.
local counter = 0
local next_id = 0

function setup(thread)
  next_id = next_id + 1
  thread:set("thread_id", next_id)
end

function init(args)
  counter = 0
end

function request()
  counter = counter + 1
  local separator = string.find(wrk.path, "?", 1, true) and "&" or "?"
  return wrk.format(nil, wrk.path .. separator .. "n=" .. tostring(thread_id or 0) .. "-" .. counter)
end
