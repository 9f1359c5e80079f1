-- Records a check-in's answer unless it has one; answers the stored check-in and answer,
-- or nil when there is no such check-in.
-- KEYS: checkin hash
-- ARGV: answer JSON
if redis.call('EXISTS', KEYS[1]) == 0 then
  return nil
end
redis.call('HSETNX', KEYS[1], 'answer', ARGV[1])
return redis.call('HMGET', KEYS[1], 'checkin', 'answer')
