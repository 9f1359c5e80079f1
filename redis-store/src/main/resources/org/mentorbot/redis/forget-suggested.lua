-- Forgets a person in the suggestions: their own, and their place in every mentee's list.
-- KEYS: suggestions
-- ARGV: person id
local all = redis.call('HGETALL', KEYS[1])
for i = 1, #all, 2 do
  local mentee = all[i]
  if mentee == ARGV[1] then
    redis.call('HDEL', KEYS[1], mentee)
  else
    local kept = {}
    local found = false
    for _, mentor in ipairs(cjson.decode(all[i + 1])) do
      if mentor == ARGV[1] then
        found = true
      else
        table.insert(kept, mentor)
      end
    end
    if found and #kept == 0 then
      redis.call('HDEL', KEYS[1], mentee)
    elseif found then
      redis.call('HSET', KEYS[1], mentee, cjson.encode(kept))
    end
  end
end
return 1
