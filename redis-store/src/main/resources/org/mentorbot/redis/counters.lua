-- The program's running numbers (the hash `stats` of its key space), moved by the scripts that
-- change what they count. Each script measures what a record adds before and after its change
-- and moves the counters by the difference, so a repeated or refused change moves nothing.

-- Moves one counter of the stats hash by delta (nothing when delta is 0).
local function count_up(stats, field, delta)
  if delta ~= 0 then
    redis.call('HINCRBY', stats, field, delta)
  end
end

-- What a stored participant adds to mentors, mentees and waiting; paired: whether they are the
-- mentee of an open pairing.
local function participant_counts(stored, paired)
  if not stored then
    return 0, 0, 0
  end
  local p = cjson.decode(stored)
  if p.status == 'LEFT' then
    return 0, 0, 0
  end
  local mentors = (p.profile.role ~= 'MENTEE') and 1 or 0
  local mentees = (p.profile.role ~= 'MENTOR') and 1 or 0
  local waiting = (p.status == 'ACTIVE' and mentees == 1 and not paired) and 1 or 0
  return mentors, mentees, waiting
end

-- Whether the person at participant key is waiting: active, mentored, and mentee of no open pairing.
local function waiting_of(participant, mentored, open)
  local paired = #redis.call('SINTER', mentored, open) > 0
  local _, _, waiting = participant_counts(redis.call('GET', participant), paired)
  return waiting
end

-- What the check-in hash at key adds to check-ins sent, answered, met and help requests.
local function check_in_counts(key)
  if redis.call('HEXISTS', key, 'checkin') == 0 then
    return 0, 0, 0, 0
  end
  local answer = redis.call('HGET', key, 'answer')
  if not answer then
    return 1, 0, 0, 0
  end
  local outcome = cjson.decode(answer).outcome
  return 1, 1, (outcome == 'MET') and 1 or 0, (outcome == 'NEED_HELP') and 1 or 0
end

-- What the poll at key adds to polls sent: 1 for a poll the bot sent, 0 for one a person asked for.
local function poll_counts(key)
  local stored = redis.call('GET', key)
  if not stored then
    return 0
  end
  return cjson.decode(stored).requested and 0 or 1
end

