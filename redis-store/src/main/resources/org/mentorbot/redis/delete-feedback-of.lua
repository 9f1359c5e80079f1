-- Erases a person's responses and the polls of some pairs, and takes them out of the counters.
-- KEYS: responses:by:<person>, responders, polls, stats, then polls:of:<pair> for each pair
-- ARGV: person id, stem of poll keys
for _, stored in ipairs(redis.call('HVALS', KEYS[1])) do
  count_up(KEYS[4], 'responses', -1)
  count_up(KEYS[4], 'ratings', -tonumber(cjson.decode(stored).rating))
end
redis.call('DEL', KEYS[1])
redis.call('SREM', KEYS[2], ARGV[1])
for i = 5, #KEYS do
  for _, id in ipairs(redis.call('SMEMBERS', KEYS[i])) do
    count_up(KEYS[4], 'polls', -poll_counts(ARGV[2] .. id))
    redis.call('DEL', ARGV[2] .. id)
    redis.call('SREM', KEYS[3], id)
  end
  redis.call('DEL', KEYS[i])
end
return 1
