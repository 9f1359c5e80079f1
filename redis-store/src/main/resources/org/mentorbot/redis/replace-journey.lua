-- Compare-and-set of a pair's journey.
-- KEYS[1] the journey, KEYS[2] the set of pairs with a journey
-- ARGV[1] the JSON the caller read ('' for none), ARGV[2] the new JSON, ARGV[3] the pair's id
-- Returns 1 when replaced, 0 when the stored journey changed since the caller read it.
local stored = redis.call('GET', KEYS[1])
if (stored or '') ~= ARGV[1] then
  return 0
end
redis.call('SET', KEYS[1], ARGV[2])
redis.call('SADD', KEYS[2], ARGV[3])
return 1
