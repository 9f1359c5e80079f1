-- Stores a check-in, replacing one with the same id, and moves the counters by the difference.
-- KEYS: checkin hash, checkins, checkins:of:<pair>, stats
-- ARGV: check-in JSON without its answer, check-in id, answer JSON or '' for none
local s0, a0, m0, h0 = check_in_counts(KEYS[1])
redis.call('DEL', KEYS[1])
redis.call('HSET', KEYS[1], 'checkin', ARGV[1])
if ARGV[3] ~= '' then
  redis.call('HSET', KEYS[1], 'answer', ARGV[3])
end
redis.call('SADD', KEYS[2], ARGV[2])
redis.call('SADD', KEYS[3], ARGV[2])
local s1, a1, m1, h1 = check_in_counts(KEYS[1])
count_up(KEYS[4], 'checkins', s1 - s0)
count_up(KEYS[4], 'answered', a1 - a0)
count_up(KEYS[4], 'met', m1 - m0)
count_up(KEYS[4], 'help', h1 - h0)
return 1
