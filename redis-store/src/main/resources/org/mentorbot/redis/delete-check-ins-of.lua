-- Erases the check-ins of some pairs, and takes them out of the counters.
-- KEYS: checkins, stats, then checkins:of:<pair> for each pair
-- ARGV: stem of check-in keys
for i = 3, #KEYS do
  for _, id in ipairs(redis.call('SMEMBERS', KEYS[i])) do
    local s, a, m, h = check_in_counts(ARGV[1] .. id)
    count_up(KEYS[2], 'checkins', -s)
    count_up(KEYS[2], 'answered', -a)
    count_up(KEYS[2], 'met', -m)
    count_up(KEYS[2], 'help', -h)
    redis.call('DEL', ARGV[1] .. id)
    redis.call('SREM', KEYS[1], id)
  end
  redis.call('DEL', KEYS[i])
end
return 1
