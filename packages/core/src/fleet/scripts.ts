/**
 * The Lua scripts a fleet runs in Redis; each is one atomic step, so no two processes ever
 * spend the same unit of budget. Time is Redis's own (`TIME`), so hosts whose clocks disagree
 * still agree on the budget.
 *
 * The rate budget is a token bucket whose refill is the server's window: its level is the
 * `remaining` the vendor reports, and it refills to `limit` at the reported `reset`. GCRA was the
 * other choice; it spreads a budget at a fixed rate, which cannot say what the vendors say
 * ("37 left until 12:00") without distorting it, and the fleet's aim is to converge on exactly
 * that. Each report lowers the level within a window (a late answer never raises it) and opens
 * the next window when it names a later reset. The first report the fleet ever hears also
 * subtracts what the fleet took before it, so the requests sent before anyone knew the budget
 * still count. A request granted just before a reset may reach the server after it and count in
 * the next window, so what the fleet grants in a window's last 250 ms is taken from the next.
 *
 * The burst limit (Xurrent's 20 per 2 s) is a sliding log, a sorted set of at most `requests`
 * start times, as the process-local Pacer keeps: GCRA with a burst of 20 would let 39 through in
 * some 2 s span, which a sliding-window limiter refuses. Each start stays in the log 5 % longer
 * than the window (at least 50 ms): a request leaves its process a little after Redis grants it,
 * later in one process than in another, and the vendor counts when it arrives.
 */

/** What `take` is given: KEYS budget, burst, cooldown; ARGV burst requests (0: none), burst ms, member id, reported remaining ('' for none), reported reset (epoch ms), reported limit (''). */
export const takeScript = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local guard, tail = 25, 250
local b = redis.call('HMGET', KEYS[1], 'level', 'limit', 'resetAt', 'windowMs', 'taken', 'takenAt', 'late')
local level, limit, resetAt = tonumber(b[1]), tonumber(b[2]), tonumber(b[3])
local windowMs, taken, takenAt, late = tonumber(b[4]) or 0, tonumber(b[5]) or 0, tonumber(b[6]) or now, tonumber(b[7]) or 0
if resetAt and now >= resetAt + guard then
  local w = math.max(windowMs, 1000)
  local rolls = math.ceil((now - resetAt + 1) / w)
  resetAt = resetAt + w * rolls
  if rolls > 1 then late = 0 end
  level, taken, takenAt, late = limit and limit - late, late, now, 0
end
if not resetAt and now - takenAt > 60000 then taken, takenAt = 0, now end
if ARGV[4] ~= '' then
  local remaining, reset, reported = tonumber(ARGV[4]), tonumber(ARGV[5]), tonumber(ARGV[6])
  if reset > now then
    if reported then limit = reported end
    local tolerance = math.min(1000, math.max(windowMs, reset - now) / 2)
    windowMs = math.max(windowMs, reset - now)
    if not resetAt then
      level = remaining
      if limit then level = math.min(level, limit - taken) end
      resetAt = reset
    elseif reset > resetAt + tolerance then
      level, resetAt, taken, takenAt, late = remaining, reset, 0, now, 0
    elseif reset >= resetAt - tolerance then
      level = math.min(level or remaining, remaining)
      resetAt = math.max(resetAt, reset)
    end
  end
end
local wait = 0
local cool = tonumber(redis.call('GET', KEYS[3]) or '0')
if cool > now then wait = cool - now end
if level and level <= 0 then wait = math.max(wait, resetAt + guard - now) end
local requests, perMs = tonumber(ARGV[1]), tonumber(ARGV[2])
if requests > 0 then perMs = perMs + math.max(50, perMs / 20) end
if requests > 0 then
  redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - perMs)
  if redis.call('ZCARD', KEYS[2]) >= requests then
    local oldest = redis.call('ZRANGE', KEYS[2], 0, 0, 'WITHSCORES')
    wait = math.max(wait, tonumber(oldest[2]) + perMs - now)
  end
end
if wait <= 0 then
  if level then level = level - 1 end
  taken = taken + 1
  if resetAt and resetAt - now <= tail then late = late + 1 end
  if requests > 0 then
    redis.call('ZADD', KEYS[2], now, ARGV[3])
    redis.call('PEXPIRE', KEYS[2], perMs)
  end
end
local fields = { 'limit', limit or '', 'windowMs', windowMs, 'taken', taken, 'takenAt', takenAt, 'late', late, 'level', level or '', 'resetAt', resetAt or '' }
redis.call('HSET', KEYS[1], unpack(fields))
if resetAt then
  redis.call('PEXPIRE', KEYS[1], math.max(1000, resetAt - now + 2 * math.max(windowMs, 1000)))
else
  redis.call('PEXPIRE', KEYS[1], 60000)
end
if wait <= 0 then return 0 end
return math.ceil(wait)
`;

/** A 429's Retry-After for every process: KEYS cooldown; ARGV the wait in ms. Only lengthens a cool-down. */
export const pauseScript = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local ms = tonumber(ARGV[1])
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if now + ms > current then redis.call('SET', KEYS[1], now + ms, 'PX', ms) end
return 1
`;

/** Publishes a fetched token and releases the lock if still ours: KEYS token, lock; ARGV sealed token, ttl ms, lock id. */
export const publishTokenScript = `
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
if redis.call('GET', KEYS[2]) == ARGV[3] then redis.call('DEL', KEYS[2]) end
return 1
`;

/** Deletes KEYS[1] only while it holds ARGV[1]: a refused token, or a lock, never another process's newer one. */
export const compareAndDeleteScript = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;
