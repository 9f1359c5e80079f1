-- Stores a new thank-you with its indexes and counts it, once per id.
-- KEYS: thank:<id>, thanks:from:<sender>, thanks:to:<recipient>, thanks:count
-- ARGV: JSON, thanks id
if redis.call('SETNX', KEYS[1], ARGV[1]) == 0 then
  return 0
end
redis.call('SADD', KEYS[2], ARGV[2])
redis.call('SADD', KEYS[3], ARGV[2])
redis.call('INCR', KEYS[4])
return 1
