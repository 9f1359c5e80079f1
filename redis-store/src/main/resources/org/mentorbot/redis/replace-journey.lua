-- Compare-and-set of a pair's journey; the program's journey numbers move with it.
-- KEYS[1] the journey, KEYS[2] the set of pairs with a journey, KEYS[3] the stats hash,
-- KEYS[4] the days-to-first-meeting hash, KEYS[5] the pair's pairing
-- ARGV[1] the JSON the caller read ('' for none), ARGV[2] the new JSON, ARGV[3] the pair's id
-- Returns 1 when replaced, 0 when the stored journey changed since the caller read it.
local stored = redis.call('GET', KEYS[1])
if (stored or '') ~= ARGV[1] then
  return 0
end
redis.call('SET', KEYS[1], ARGV[2])
redis.call('SADD', KEYS[2], ARGV[3])
move_journey(KEYS[3], KEYS[4], KEYS[5], stored, ARGV[2])
return 1
