-- Sets when each of a batch of pairings is next due in an index kept apart from the pairing (the
-- playbook's), for those stored and active; the others are left as they are.
-- KEYS: the due index, then each pairing's key
-- ARGV: score (epoch ms), then each pairing's id, in the order of their keys
local scheduled = 0
for i = 2, #KEYS do
  local stored = redis.call('GET', KEYS[i])
  if stored and cjson.decode(stored).status == 'ACTIVE' then
    redis.call('ZADD', KEYS[1], ARGV[1], ARGV[i])
    scheduled = scheduled + 1
  end
end
return scheduled
