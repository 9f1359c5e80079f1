-- Erases every pairing a person was in, as mentor or mentee, with its entries in every index
-- and its share of the counts.
-- KEYS: pairings, pairings:open, pairings:mentoring:<person>, pairings:mentored:<person>,
--       due:checkin, due:feedback, due:milestone, due:playbook, pairings:counts, stats
-- ARGV: stem of pairing keys, stem of mentoring sets, stem of mentored sets, stem of participant keys
local ids = redis.call('SUNION', KEYS[3], KEYS[4])
local mentees = {}
for _, id in ipairs(ids) do
  local stored = redis.call('GET', ARGV[1] .. id)
  if stored then
    mentees[cjson.decode(stored).mentee] = true
  end
end
local function waiting_mentees()
  local waiting = 0
  for mentee in pairs(mentees) do
    waiting = waiting + waiting_of(ARGV[4] .. mentee, ARGV[3] .. mentee, KEYS[2])
  end
  return waiting
end
local waited = waiting_mentees()
for _, id in ipairs(ids) do
  local stored = redis.call('GET', ARGV[1] .. id)
  if stored then
    local pairing = cjson.decode(stored)
    redis.call('SREM', ARGV[2] .. pairing.mentor, id)
    redis.call('SREM', ARGV[3] .. pairing.mentee, id)
    redis.call('DEL', ARGV[1] .. id)
    redis.call('HINCRBY', KEYS[9], pairing.status, -1)
    if pairing.stalled == true and pairing.status ~= 'ENDED' then
      redis.call('HINCRBY', KEYS[9], 'stalled', -1)
    end
  end
  redis.call('SREM', KEYS[1], id)
  redis.call('SREM', KEYS[2], id)
  for i = 5, 8 do
    redis.call('ZREM', KEYS[i], id)
  end
end
redis.call('DEL', KEYS[3], KEYS[4])
count_up(KEYS[10], 'waiting', waiting_mentees() - waited)
return #ids
