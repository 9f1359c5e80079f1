-- Records a check-in's answer unless it has one; answers the stored check-in and answer,
-- or nil when there is no such check-in. The first answer is counted.
-- KEYS: checkin hash, stats
-- ARGV: answer JSON
if redis.call('EXISTS', KEYS[1]) == 0 then
  return nil
end
local s0, a0, m0, h0 = check_in_counts(KEYS[1])
if redis.call('HSETNX', KEYS[1], 'answer', ARGV[1]) == 1 then
  local s1, a1, m1, h1 = check_in_counts(KEYS[1])
  count_up(KEYS[2], 'answered', a1 - a0)
  count_up(KEYS[2], 'met', m1 - m0)
  count_up(KEYS[2], 'help', h1 - h0)
end
return redis.call('HMGET', KEYS[1], 'checkin', 'answer')
