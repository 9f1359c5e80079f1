-- Takes back one sighting of an event: deletes the key only while it still holds that sighting.
-- KEYS: the seen event
-- ARGV: the sighting
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
