-- Records every textDocument/publishDiagnostics and every textDocument/* notification Neovim sends
-- while a user types an unknown lead into the plan, saves, types a syntax error and fixes it
-- (NeovimFlickerIT); writes them as JSON to $PLANS_EDITOR_OUT and quits.
local buf = vim.api.nvim_get_current_buf()
local events = {}
local t0 = vim.loop.hrtime()
local function now() return (vim.loop.hrtime() - t0) / 1e6 end
local function note(event) event.t = now(); table.insert(events, event) end
local original = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  local messages = {}
  for _, d in ipairs(result.diagnostics or {}) do
    table.insert(messages, (d.severity or 0) .. ' ' .. tostring(d.code) .. ' ' .. d.message)
  end
  note({ kind = 'publish', uri = result.uri, version = result.version or vim.NIL, messages = messages })
  return original(err, result, ctx, config)
end
vim.wait(60000, function() return #vim.lsp.buf_get_clients(buf) > 0 end, 10)
for _, client in pairs(vim.lsp.buf_get_clients(buf)) do
  local notify = client.notify
  client.notify = function(method, params)
    if method:match('^textDocument/') then
      note({ kind = method, uri = params.textDocument.uri, version = params.textDocument.version or vim.NIL })
    end
    return notify(method, params)
  end
end
-- types text at the end of a line's match, letter by letter, with uneven pauses
local pauses = { 30, 80, 170, 20, 240, 60 }
local function type_after(pattern, text)
  for i = 1, #text do
    local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
    for row, line in ipairs(lines) do
      local s, e = line:find(pattern, 1, true)
      if s then
        vim.api.nvim_buf_set_text(buf, row - 1, e, row - 1, e, { text:sub(i, i) })
        break
      end
    end
    pattern = pattern .. text:sub(i, i)
    vim.wait(pauses[(i % #pauses) + 1])
  end
end
local function erase_after(pattern, count)
  for i = 1, count do
    local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
    for row, line in ipairs(lines) do
      local s, e = line:find(pattern, 1, true)
      if s then
        vim.api.nvim_buf_set_text(buf, row - 1, e - 1, row - 1, e, { '' })
        break
      end
    end
    pattern = pattern:sub(1, -2)
    vim.wait(pauses[(i % #pauses) + 1])
  end
end
-- waits until neither side has said anything for three seconds (at most two minutes)
local function settle()
  vim.wait(120000, function() return now() - events[#events].t > 3000 end, 50)
end
local function step(name) note({ kind = 'step', name = name }) end
step('type lead')
type_after('{ ', 'lead nobody ')
settle()
step('save')
vim.cmd('w')
settle()
step('type syntax error')
type_after('due 2025-03', ' due')
settle()
step('fix')
erase_after('due 2025-03 due', 4)
settle()
step('end')
local file = io.open(os.getenv('PLANS_EDITOR_OUT'), 'w')
file:write(vim.fn.json_encode({ uri = vim.uri_from_bufnr(buf), text = vim.api.nvim_buf_get_lines(buf, 0, -1, false), events = events }))
file:close()
vim.cmd('qa!')
