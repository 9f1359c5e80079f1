-- Swaps a pairing's JSON if it is still the expected one, and moves it between the index sets,
-- the due-time indexes and the counts, in the same step.
-- KEYS: pairing, pairings:open, mentoring:<old mentor>, mentored:<old mentee>,
--       mentoring:<new mentor>, mentored:<new mentee>,
--       due:checkin, due:feedback, due:milestone, due:playbook, pairings:counts,
--       participant:<old mentee>, participant:<new mentee>, stats
-- ARGV: expected JSON, new JSON, pair id, '1' if the new pairing is open else '0',
--       its score (epoch ms) in each of the four due indexes, '' to leave the index, 'keep' to stay as it is,
--       old status, new status, change in the stalled count (-1, 0, 1)
if redis.call('GET', KEYS[1]) ~= ARGV[1] then
  return 0
end
local function waiting_mentees()
  local waiting = waiting_of(KEYS[12], KEYS[4], KEYS[2])
  if KEYS[13] ~= KEYS[12] then
    waiting = waiting + waiting_of(KEYS[13], KEYS[6], KEYS[2])
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
for i = 0, 3 do
  local score = ARGV[5 + i]
  if score == '' then
    redis.call('ZREM', KEYS[7 + i], ARGV[3])
  elseif score ~= 'keep' then
    redis.call('ZADD', KEYS[7 + i], score, ARGV[3])
  end
end
if ARGV[9] ~= ARGV[10] then
  redis.call('HINCRBY', KEYS[11], ARGV[9], -1)
  redis.call('HINCRBY', KEYS[11], ARGV[10], 1)
end
if ARGV[11] ~= '0' then
  redis.call('HINCRBY', KEYS[11], 'stalled', tonumber(ARGV[11]))
end
count_up(KEYS[14], 'waiting', waiting_mentees() - waited)
return 1
