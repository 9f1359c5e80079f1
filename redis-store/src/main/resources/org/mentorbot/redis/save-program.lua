-- Saves a program and counts up the programs' version, unless the program is stored exactly so already.
-- KEYS: programs, programs:version
-- ARGV: slug, program JSON
if redis.call('HGET', KEYS[1], ARGV[1]) == ARGV[2] then
  return 0
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('INCR', KEYS[2])
return 1
