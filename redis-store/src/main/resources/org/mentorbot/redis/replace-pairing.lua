-- Swaps a pairing's JSON if it is still the expected one, and moves it between the index sets.
-- KEYS: pairing, pairings:open, mentoring:<old mentor>, mentored:<old mentee>,
--       mentoring:<new mentor>, mentored:<new mentee>, participant:<old mentee>, participant:<new mentee>, stats
-- ARGV: expected JSON, new JSON, pair id, '1' if the new pairing is open else '0'
if redis.call('GET', KEYS[1]) ~= ARGV[1] then
  return 0
end
local function waiting_mentees()
  local waiting = waiting_of(KEYS[7], KEYS[4], KEYS[2])
  if KEYS[8] ~= KEYS[7] then
    waiting = waiting + waiting_of(KEYS[8], KEYS[6], KEYS[2])
  end
  return waiting
end
local waited = waiting_mentees()
redis.call('SET', KEYS[1], ARGV[2])
redis.call('SREM', KEYS[3], ARGV[3])
redis.call('SREM', KEYS[4], ARGV[3])
redis.call('SADD', KEYS[5], ARGV[3])
redis.call('SADD', KEYS[6], ARGV[3])
if ARGV[4] == '1' then
  redis.call('SADD', KEYS[2], ARGV[3])
else
  redis.call('SREM', KEYS[2], ARGV[3])
end
count_up(KEYS[9], 'waiting', waiting_mentees() - waited)
return 1
