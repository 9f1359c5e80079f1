-- Marks a thank-you shared, once: 1 for the first caller, 0 if it is unknown or already shared.
-- KEYS: thank:<id>, thanks:shared
-- ARGV: thanks id
if redis.call('EXISTS', KEYS[1]) == 0 then
  return 0
end
return redis.call('SADD', KEYS[2], ARGV[1])
