-- Checks the schema version under a prefix and writes it into a new store. Data of schema 1 or 2
-- moves to 3 in bounded steps, one call of this script each: in every program's key space the
-- due-time indexes and the pairing counts are built from the stored pairings, as the pairing
-- scripts keep them from then on. A call indexes the pairings one SSCAN of about ARGV[3] ids
-- returns, and keeps where it stopped in P migration, so Redis serves other clients between
-- calls, a node that stopped half-way is followed by the next one from there, and nodes starting
-- together share the work. The schema moves to 3, in the call that indexes the last pairings, only
-- when every space is indexed.
-- Indexing a pairing sets its index entries and its place in the staging sets to what its JSON
-- says now, so a pairing SSCAN returns twice is indexed as once; the counts are only taken when a
-- space is done, from the indexes (ACTIVE: the playbook index holds every active pair) and from
-- the staging sets V migrating:paused, :ended, :stalled, which are then removed.
-- KEYS: schema, programs, migration (the progress, a hash: the version found, the spaces to index and
--       how many, the one being indexed, its cursor, pairings indexed so far and in all)
-- ARGV: the version this Mentorbot writes ('3'), the key prefix, the SSCAN COUNT of one call
-- Answers {'new'}; {'batch', version found, pairings indexed so far, pairings in all} while steps
-- remain; {'migrated' (from 1) or 'indexed' (from 2), indexed, in all} from the last step;
-- or {the version found} when there is nothing to do.
local found = redis.call('GET', KEYS[1])
if not found then
  redis.call('SET', KEYS[1], ARGV[1])
  return { 'new' }
end
if ARGV[1] ~= '3' or (found ~= '1' and found ~= '2') then
  return { found }
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

local function indexesOf(space)
  return { space .. 'due:checkin', space .. 'due:feedback', space .. 'due:milestone', space .. 'due:playbook' }
end

local function stagingOf(space)
  return { PAUSED = space .. 'migrating:paused', ENDED = space .. 'migrating:ended', stalled = space .. 'migrating:stalled' }
end

local function inSet(set, yes, id)
  if yes then
    redis.call('SADD', set, id)
  else
    redis.call('SREM', set, id)
  end
end

local fields = { 'nextCheckInAt', 'feedbackDueAt', 'milestoneDueAt' }

local function index(space, indexes, staging, id)
  local stored = redis.call('GET', space .. 'pairing:' .. id)
  local pairing = stored and cjson.decode(stored) or {}
  for i, field in ipairs(fields) do
    if pairing.status == 'ACTIVE' and present(pairing[field]) then
      redis.call('ZADD', indexes[i], string.format('%.0f', epochMillis(pairing[field])), id)
    else
      redis.call('ZREM', indexes[i], id)
    end
  end
  if pairing.status == 'ACTIVE' then
    -- The playbook keeps its own time: look at every active pair once, and it says when next.
    redis.call('ZADD', indexes[4], 0, id)
  else
    redis.call('ZREM', indexes[4], id)
  end
  inSet(staging.PAUSED, pairing.status == 'PAUSED', id)
  inSet(staging.ENDED, pairing.status == 'ENDED', id)
  inSet(staging.stalled, pairing.stalled == true and pairing.status ~= 'ENDED', id)
end

-- A space is done: its counts from the indexes and the staging sets, which go.
local function count(space)
  local indexes, staging = indexesOf(space), stagingOf(space)
  local counts = space .. 'pairings:counts'
  redis.call('DEL', counts)
  local numbers = {
    { 'ACTIVE', redis.call('ZCARD', indexes[4]) },
    { 'PAUSED', redis.call('SCARD', staging.PAUSED) },
    { 'ENDED', redis.call('SCARD', staging.ENDED) },
    { 'stalled', redis.call('SCARD', staging.stalled) },
  }
  for _, field in ipairs(numbers) do
    if field[2] > 0 then
      redis.call('HSET', counts, field[1], field[2])
    end
  end
  redis.call('UNLINK', staging.PAUSED, staging.ENDED, staging.stalled)
end

-- The first step: the spaces to index, each cleared of whatever indexes, counts or staging it held.
local function begin()
  local spaces = { ARGV[2] .. 'v1:' }
  for _, slug in ipairs(redis.call('HKEYS', KEYS[2])) do
    if slug ~= 'default' then
      spaces[#spaces + 1] = ARGV[2] .. 'p:' .. slug .. ':'
    end
  end
  local total = 0
  for _, space in ipairs(spaces) do
    local staging = stagingOf(space)
    redis.call('UNLINK', space .. 'pairings:counts', staging.PAUSED, staging.ENDED, staging.stalled, unpack(indexesOf(space)))
    total = total + redis.call('SCARD', space .. 'pairings')
  end
  for i, space in ipairs(spaces) do
    redis.call('HSET', KEYS[3], 'space:' .. i, space)
  end
  redis.call('HSET', KEYS[3], 'from', found, 'spaces', #spaces, 'space', 1, 'cursor', '0', 'indexed', 0, 'total', total)
end

if redis.call('EXISTS', KEYS[3]) == 0 then
  begin()
end
local progress = redis.call('HMGET', KEYS[3], 'space', 'cursor', 'indexed', 'total', 'spaces')
local at = tonumber(progress[1])
local space = redis.call('HGET', KEYS[3], 'space:' .. at)
local indexes, staging = indexesOf(space), stagingOf(space)
local page = redis.call('SSCAN', space .. 'pairings', progress[2], 'COUNT', tonumber(ARGV[3]))
for _, id in ipairs(page[2]) do
  index(space, indexes, staging, id)
end
local indexed = tonumber(progress[3]) + #page[2]
local total = tonumber(progress[4])
if page[1] ~= '0' then
  redis.call('HSET', KEYS[3], 'cursor', page[1], 'indexed', indexed)
  return { 'batch', found, indexed, total }
end
count(space)
if at < tonumber(progress[5]) then
  redis.call('HSET', KEYS[3], 'space', at + 1, 'cursor', '0', 'indexed', indexed)
  return { 'batch', found, indexed, total }
end
redis.call('DEL', KEYS[3])
redis.call('SET', KEYS[1], ARGV[1])
if found == '1' then
  return { 'migrated', indexed, total }
end
return { 'indexed', indexed, total }
