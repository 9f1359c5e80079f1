-- The upgrade to schema 3 as it ran before it ran in steps: one script over every pairing. Kept
-- as the yardstick the stepped upgrade's result is compared with (DueIndexMigrationIT).
-- Checks the schema version under a prefix; writes it into a new store, and moves data of schema
-- 1 or 2 to 3 in this one step: in every program's key space it builds the due-time indexes and
-- the pairing counts from the stored pairings, as the pairing scripts keep them from then on.
-- Rebuilding replaces whatever index was there, so the step is right whatever it finds.
-- KEYS: schema, programs
-- ARGV: the version this Mentorbot writes ('3'), the key prefix
-- Answers 'new', 'migrated' (from 1), 'indexed' (from 2), or the version found.
local found = redis.call('GET', KEYS[1])
if not found then
  redis.call('SET', KEYS[1], ARGV[1])
  return 'new'
end
if ARGV[1] ~= '3' or (found ~= '1' and found ~= '2') then
  return found
end

-- Epoch milliseconds of an ISO-8601 UTC instant as Java writes it (2026-04-01T10:00:00.123456Z).
local function epochMillis(iso)
  local y, mo, d, h, mi, s, frac = string.match(iso, '^(%-?%d+)-(%d+)-(%d+)T(%d+):(%d+):(%d+)%.?(%d*)Z$')
  if not y then
    error('not an ISO-8601 instant: ' .. iso)
  end
  y, mo, d = tonumber(y), tonumber(mo), tonumber(d)
  if mo <= 2 then
    y = y - 1
  end
  local era = math.floor(y / 400)
  local yoe = y - era * 400
  local mp = (mo + 9) % 12
  local doy = math.floor((153 * mp + 2) / 5) + d - 1
  local doe = yoe * 365 + math.floor(yoe / 4) - math.floor(yoe / 100) + doy
  local days = era * 146097 + doe - 719468
  local millis = tonumber(string.sub(frac .. '000', 1, 3))
  return ((days * 24 + tonumber(h)) * 60 + tonumber(mi)) * 60000 + tonumber(s) * 1000 + millis
end

local function present(value)
  return value ~= nil and value ~= cjson.null
end

local function indexSpace(space)
  local indexes = { space .. 'due:checkin', space .. 'due:feedback', space .. 'due:milestone', space .. 'due:playbook' }
  local counts = space .. 'pairings:counts'
  redis.call('DEL', counts, unpack(indexes))
  local fields = { 'nextCheckInAt', 'feedbackDueAt', 'milestoneDueAt' }
  for _, id in ipairs(redis.call('SMEMBERS', space .. 'pairings')) do
    local stored = redis.call('GET', space .. 'pairing:' .. id)
    if stored then
      local pairing = cjson.decode(stored)
      redis.call('HINCRBY', counts, pairing.status, 1)
      if pairing.stalled == true and pairing.status ~= 'ENDED' then
        redis.call('HINCRBY', counts, 'stalled', 1)
      end
      if pairing.status == 'ACTIVE' then
        for i, field in ipairs(fields) do
          if present(pairing[field]) then
            redis.call('ZADD', indexes[i], string.format('%.0f', epochMillis(pairing[field])), id)
          end
        end
        -- The playbook keeps its own time: look at every active pair once, and it says when next.
        redis.call('ZADD', indexes[4], 0, id)
      end
    end
  end
end

indexSpace(ARGV[2] .. 'v1:')
for _, slug in ipairs(redis.call('HKEYS', KEYS[2])) do
  if slug ~= 'default' then
    indexSpace(ARGV[2] .. 'p:' .. slug .. ':')
  end
end
redis.call('SET', KEYS[1], ARGV[1])
if found == '1' then
  return 'migrated'
end
return 'indexed'
