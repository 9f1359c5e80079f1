-- Sets when an active pairing is next due in an index kept apart from the pairing (the playbook's),
-- or takes it out; changes nothing unless the pairing is stored and active.
-- KEYS: pairing, the due index
-- ARGV: pair id, score (epoch ms), '' to take it out
local stored = redis.call('GET', KEYS[1])
if not stored or cjson.decode(stored).status ~= 'ACTIVE' then
  return 0
end
if ARGV[2] == '' then
  redis.call('ZREM', KEYS[2], ARGV[1])
else
  redis.call('ZADD', KEYS[2], ARGV[2], ARGV[1])
end
return 1
