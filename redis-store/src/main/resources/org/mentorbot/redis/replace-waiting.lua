-- Swaps a waitlist entry if it is still the expected one ('' for none); an empty new value removes it.
-- KEYS: waitlist
-- ARGV: mentee id, expected JSON or '', new JSON or ''
local current = redis.call('HGET', KEYS[1], ARGV[1])
if not current then
  current = ''
end
if current ~= ARGV[2] then
  return 0
end
if ARGV[3] == '' then
  redis.call('HDEL', KEYS[1], ARGV[1])
else
  redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
end
return 1
