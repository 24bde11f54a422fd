-- wrk script: each request is a random path from the file given after "--".
local paths = {}

init = function(args)
  for line in io.lines(args[1]) do
    paths[#paths + 1] = line
  end
end

request = function()
  return wrk.format("GET", paths[math.random(#paths)])
end
