-- Erases a person's responses, and takes them out of the counters.
-- KEYS: responses:by:<person>, responders, stats
-- ARGV: person id
for _, stored in ipairs(redis.call('HVALS', KEYS[1])) do
  count_up(KEYS[3], 'responses', -1)
  count_up(KEYS[3], 'ratings', -tonumber(cjson.decode(stored).rating))
end
redis.call('DEL', KEYS[1])
redis.call('SREM', KEYS[2], ARGV[1])
return 1
