-- wrk script for bench/load-benchmark.sh: every second request asks with If-None-Match (the ETag in $ETAG), as a
-- client that keeps what it fetched does.
local n = 0
local etag = os.getenv("ETAG")
request = function()
  n = n + 1
  if n % 2 == 0 then
    return wrk.format("GET", nil, { ["If-None-Match"] = etag })
  end
  return wrk.format("GET")
end
