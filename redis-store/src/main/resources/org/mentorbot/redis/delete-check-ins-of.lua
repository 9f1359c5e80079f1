-- Erases the check-ins of some pairs.
-- KEYS: checkins, then checkins:of:<pair> for each pair
-- ARGV: stem of check-in keys
for i = 2, #KEYS do
  for _, id in ipairs(redis.call('SMEMBERS', KEYS[i])) do
    redis.call('DEL', ARGV[1] .. id)
    redis.call('SREM', KEYS[1], id)
  end
  redis.call('DEL', KEYS[i])
end
return 1
