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


-- Days from 1970-01-01 to the day a 'YYYY-MM-DD…' string starts with (proleptic Gregorian calendar).
local function day_number(date)
  local y = tonumber(string.sub(date, 1, 4))
  local m = tonumber(string.sub(date, 6, 7))
  local d = tonumber(string.sub(date, 9, 10))
  if m <= 2 then
    y = y - 1
  end
  local era = math.floor(y / 400)
  local yoe = y - era * 400
  local doy = math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1
  return era * 146097 + yoe * 365 + math.floor(yoe / 4) - math.floor(yoe / 100) + doy - 719468
end

-- What a stored journey adds to pairs with goals, goals achieved, meetings and minutes, and its
-- first meeting's day ('YYYY-MM-DD', nil without a meeting).
local function journey_counts(stored)
  if not stored or stored == '' then
    return 0, 0, 0, 0, nil
  end
  local j = cjson.decode(stored)
  local achieved, minutes, first = 0, 0, nil
  for _, goal in ipairs(j.goals) do
    if goal.status == 'ACHIEVED' then
      achieved = achieved + 1
    end
  end
  for _, meeting in ipairs(j.meetings) do
    minutes = minutes + meeting.minutes
    if first == nil or meeting.date < first then
      first = meeting.date
    end
  end
  return (#j.goals > 0) and 1 or 0, achieved, #j.meetings, minutes, first
end

-- Days from the pairing's introduction (the UTC day of its startedAt) to the first meeting; nil
-- without a first meeting or a stored pairing.
local function days_to_first(first, pairing)
  if not first then
    return nil
  end
  local stored = redis.call('GET', pairing)
  if not stored then
    return nil
  end
  return math.max(0, day_number(first) - day_number(cjson.decode(stored).startedAt))
end

-- Moves the journey numbers (in stats, and the days → pairs hash days) from what the journey
-- JSON before adds to what after adds ('' or false for none); pairing is the pair's pairing key.
local function move_journey(stats, days, pairing, before, after)
  local g0, a0, m0, n0, first0 = journey_counts(before)
  local g1, a1, m1, n1, first1 = journey_counts(after)
  count_up(stats, 'journeys:goals', g1 - g0)
  count_up(stats, 'journeys:achieved', a1 - a0)
  count_up(stats, 'journeys:meetings', m1 - m0)
  count_up(stats, 'journeys:minutes', n1 - n0)
  if first0 == first1 then
    return
  end
  local d0 = days_to_first(first0, pairing)
  local d1 = days_to_first(first1, pairing)
  if d0 == d1 then
    return
  end
  if d0 and redis.call('HINCRBY', days, tostring(d0), -1) <= 0 then
    redis.call('HDEL', days, tostring(d0))
  end
  if d1 then
    redis.call('HINCRBY', days, tostring(d1), 1)
  end
end
