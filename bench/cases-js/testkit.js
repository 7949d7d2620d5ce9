'use strict';
// Test-only helpers for this case: fake Express req/res objects, a recording
// stand-in for node:child_process, and a time-budget runner for regex checks.
// Nothing here is used by the module under test.
const path = require('node:path');
const fs = require('node:fs');
const util = require('node:util');
const { EventEmitter } = require('node:events');
const { PassThrough } = require('node:stream');

/** Absolute path of the module under test (CASE_MODULE, relative to the test folder). */
function modulePath(testDir, defaultName) {
  return path.resolve(testDir, process.env.CASE_MODULE || defaultName);
}

/** Requires a CommonJS module after dropping it from the require cache. */
function freshRequire(file) {
  delete require.cache[require.resolve(file)];
  return require(file);
}

/** Rejects when `promise` does not settle within `ms`. */
function withTimeout(promise, ms = 1500, what = 'response') {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** A fake Express request. */
function makeReq(overrides = {}) {
  const headers = {};
  for (const [k, v] of Object.entries(overrides.headers || {})) headers[k.toLowerCase()] = v;
  const req = new EventEmitter();
  Object.assign(req, {
    method: 'GET', url: '/', originalUrl: '/', path: '/', query: {}, params: {}, body: undefined,
    cookies: {}, signedCookies: {}, ip: '127.0.0.1', protocol: 'https', secure: true,
    hostname: 'app.example.com', app: { get: () => undefined }, socket: { remoteAddress: '127.0.0.1' },
  }, overrides, { headers });
  req.get = req.header = (name) => headers[String(name).toLowerCase()];
  return req;
}

const TYPES = { html: 'text/html; charset=utf-8', json: 'application/json; charset=utf-8', text: 'text/plain; charset=utf-8', txt: 'text/plain; charset=utf-8', csv: 'text/csv; charset=utf-8', pdf: 'application/pdf', png: 'image/png' };
const UP_PATH = /(?:^|[\\/])\.\.(?:[\\/]|$)/;

function serializeCookie(name, value, opts = {}) {
  let s = `${name}=${encodeURIComponent(String(value))}`;
  if (opts.maxAge != null) {
    s += `; Max-Age=${Math.floor(opts.maxAge / 1000)}`;
    s += `; Expires=${new Date(Date.now() + opts.maxAge).toUTCString()}`;
  } else if (opts.expires) s += `; Expires=${new Date(opts.expires).toUTCString()}`;
  s += `; Path=${opts.path || '/'}`;
  if (opts.domain) s += `; Domain=${opts.domain}`;
  if (opts.httpOnly) s += '; HttpOnly';
  if (opts.secure) s += '; Secure';
  if (opts.sameSite) s += `; SameSite=${opts.sameSite === true ? 'Strict' : String(opts.sameSite)[0].toUpperCase() + String(opts.sameSite).slice(1).toLowerCase()}`;
  return s;
}

/**
 * A fake Express response. `res.done` resolves once a response was sent
 * (send/json/end/redirect/sendStatus/sendFile). `res.text` is the body as text,
 * `res.data` the parsed JSON body (or null).
 */
function makeRes() {
  let resolveDone;
  const res = new EventEmitter();
  res.done = new Promise((r) => { resolveDone = r; });
  Object.assign(res, { statusCode: 200, headers: {}, body: undefined, chunks: [], headersSent: false, finished: false, writableEnded: false, locals: {} });
  const finish = (body) => {
    if (res.finished) return res;
    res.body = body;
    res.finished = res.writableEnded = res.headersSent = true;
    res.emit('finish');
    resolveDone(res);
    return res;
  };
  Object.defineProperty(res, 'text', { get: () => (res.body == null ? '' : String(res.body)) });
  Object.defineProperty(res, 'data', { get: () => { try { return JSON.parse(res.text); } catch { return null; } } });
  res.status = (code) => { res.statusCode = code; return res; };
  res.sendStatus = (code) => { res.statusCode = code; return finish(String(code)); };
  res.setHeader = (k, v) => { res.headers[String(k).toLowerCase()] = v; return res; };
  res.getHeader = (k) => res.headers[String(k).toLowerCase()];
  res.removeHeader = (k) => { delete res.headers[String(k).toLowerCase()]; };
  res.set = res.header = (k, v) => {
    if (k && typeof k === 'object') { for (const [kk, vv] of Object.entries(k)) res.setHeader(kk, vv); } else res.setHeader(k, v);
    return res;
  };
  res.get = (k) => res.getHeader(k);
  res.append = (k, v) => {
    const cur = res.getHeader(k);
    const add = Array.isArray(v) ? v : [v];
    res.setHeader(k, cur === undefined ? add : [].concat(cur, add));
    return res;
  };
  res.type = res.contentType = (t) => { res.setHeader('content-type', String(t).includes('/') ? t : (TYPES[String(t).replace(/^\./, '')] || t)); return res; };
  res.vary = () => res;
  res.location = (url) => { res.setHeader('location', url); return res; };
  res.redirect = (a, b) => {
    const [code, url] = typeof a === 'number' ? [a, b] : (typeof b === 'number' ? [b, a] : [302, a]);
    res.statusCode = code;
    res.setHeader('location', url);
    return finish(`Found. Redirecting to ${url}`);
  };
  res.json = (obj) => { if (!res.getHeader('content-type')) res.type('json'); return finish(JSON.stringify(obj)); };
  res.send = (body) => {
    if (body !== null && typeof body === 'object' && !Buffer.isBuffer(body)) return res.json(body);
    if (!res.getHeader('content-type')) res.type(Buffer.isBuffer(body) ? 'application/octet-stream' : 'html');
    return finish(body === undefined ? '' : Buffer.isBuffer(body) ? body.toString('utf8') : String(body));
  };
  res.write = (chunk) => { res.headersSent = true; res.chunks.push(Buffer.from(chunk)); return true; };
  res.writeHead = (code, a, b) => {
    res.statusCode = code;
    const hdrs = typeof a === 'object' && a ? a : (b || {});
    for (const [k, v] of Object.entries(hdrs)) res.setHeader(k, v);
    res.headersSent = true;
    return res;
  };
  res.end = (chunk) => {
    if (chunk != null && typeof chunk !== 'function') res.chunks.push(Buffer.from(chunk));
    return finish(Buffer.concat(res.chunks).toString('utf8'));
  };
  res.cookie = (name, value, opts = {}) => {
    const v = typeof value === 'object' ? 'j:' + JSON.stringify(value) : value;
    res.append('set-cookie', serializeCookie(name, v, opts));
    return res;
  };
  res.clearCookie = (name, opts = {}) => res.cookie(name, '', { ...opts, expires: new Date(1) });
  /** Mirrors express 4 / send: absolute path or root, ".." rejected with 403. */
  res.sendFile = (p, opts, cb) => {
    if (typeof opts === 'function') { cb = opts; opts = {}; }
    opts = opts || {};
    if (!p) throw new TypeError('path argument is required to res.sendFile');
    if (typeof p !== 'string') throw new TypeError('path must be a string to res.sendFile');
    if (!opts.root && !path.isAbsolute(p)) throw new TypeError('path must be absolute or specify root to res.sendFile');
    const fail = (status, message, code) => {
      const err = Object.assign(new Error(message), { status, statusCode: status, code });
      setImmediate(() => { if (cb) cb(err); else { res.statusCode = status; finish(message); } });
      return res;
    };
    if (p.includes('\0')) return fail(400, 'Bad Request');
    let full;
    if (opts.root) {
      const norm = path.normalize('.' + path.sep + p);
      if (UP_PATH.test(norm)) return fail(403, 'Forbidden');
      full = path.normalize(path.join(opts.root, norm));
    } else {
      if (UP_PATH.test(p)) return fail(403, 'Forbidden');
      full = path.normalize(p);
    }
    fs.readFile(full, (err, data) => {
      if (err) return fail(404, 'Not Found', err.code);
      res.statusCode = 200;
      if (!res.getHeader('content-type')) res.type(path.extname(full).slice(1) || 'application/octet-stream');
      finish(data.toString('utf8'));
      if (cb) cb();
    });
    return res;
  };
  /** Mirrors express 4 res.download: resolves the path when no root is given. */
  res.download = (p, filename, opts, cb) => {
    if (typeof filename === 'function') { cb = filename; filename = undefined; opts = undefined; }
    else if (typeof opts === 'function') { cb = opts; opts = undefined; }
    if (filename && typeof filename === 'object') { opts = filename; filename = undefined; }
    opts = opts || {};
    res.setHeader('content-disposition', `attachment; filename="${filename || path.basename(p)}"`);
    return res.sendFile(opts.root ? p : path.resolve(p), opts, cb);
  };
  return res;
}

/** Cookies set on a fake response, parsed: [{ name, value, attrs: {lowercased: value|true} }]. */
function setCookies(res) {
  const raw = [].concat(res.getHeader('set-cookie') || []);
  return raw.map((line) => {
    const [pair, ...attrs] = String(line).split(';').map((s) => s.trim());
    const eq = pair.indexOf('=');
    const out = { name: pair.slice(0, eq), value: decodeURIComponent(pair.slice(eq + 1)), attrs: {} };
    for (const a of attrs) {
      const i = a.indexOf('=');
      if (i === -1) out.attrs[a.toLowerCase()] = true; else out.attrs[a.slice(0, i).toLowerCase()] = a.slice(i + 1);
    }
    return out;
  });
}

const SHELLS = new Set(['sh', 'bash', 'dash', 'zsh', 'ksh', 'ash', 'csh', 'tcsh', 'fish', 'cmd', 'cmd.exe', 'powershell', 'pwsh']);

/**
 * Replaces the functions of node:child_process with recorders; nothing runs.
 * `respond(call)` returns { stdout, stderr, code } for a call; call.text is the
 * command line as one string. Install BEFORE the module under test is loaded.
 */
function installFakeChildProcess(respond = () => ({})) {
  const cp = require('node:child_process');
  const calls = [];
  const record = (fn, file, args, options, command) => {
    const call = { fn, file, args: Array.isArray(args) ? args.map(String) : [], options: options || {}, command };
    call.text = command !== undefined ? String(command) : [file, ...call.args].join(' ');
    calls.push(call);
    const r = respond(call) || {};
    return { call, r: { stdout: r.stdout ?? '', stderr: r.stderr ?? '', code: r.code ?? 0 } };
  };
  const enc = (options, s) => (options && options.encoding && options.encoding !== 'buffer' ? String(s) : Buffer.from(String(s)));
  const encAsync = (options, s) => (options && options.encoding === 'buffer' ? Buffer.from(String(s)) : String(s));
  const makeChild = (r) => {
    const child = new EventEmitter();
    child.stdout = new PassThrough();
    child.stderr = new PassThrough();
    child.stdin = new PassThrough();
    child.pid = 4242;
    child.exitCode = null;
    child.kill = () => true;
    setImmediate(() => {
      if (r.stdout) child.stdout.write(Buffer.from(String(r.stdout)));
      child.stdout.end();
      if (r.stderr) child.stderr.write(Buffer.from(String(r.stderr)));
      child.stderr.end();
      setTimeout(() => {
        child.exitCode = r.code;
        child.emit('exit', r.code, null);
        child.emit('close', r.code, null);
      }, 5);
    });
    return child;
  };
  const failErr = (cmd, r) => Object.assign(new Error(`Command failed: ${cmd}\n${r.stderr}`), { code: r.code, status: r.code, cmd });

  function exec(command, options, callback) {
    if (typeof options === 'function') { callback = options; options = {}; }
    const { r } = record('exec', undefined, [], options, command);
    const child = makeChild(r);
    if (callback) setImmediate(() => callback(r.code ? failErr(command, r) : null, encAsync(options, r.stdout), encAsync(options, r.stderr)));
    return child;
  }
  function execFile(file, args, options, callback) {
    if (typeof args === 'function') { callback = args; args = []; options = {}; }
    else if (!Array.isArray(args)) { callback = options; options = args; args = []; }
    if (typeof options === 'function') { callback = options; options = {}; }
    const { call, r } = record('execFile', file, args, options);
    const child = makeChild(r);
    if (callback) setImmediate(() => callback(r.code ? failErr(call.text, r) : null, encAsync(options, r.stdout), encAsync(options, r.stderr)));
    return child;
  }
  const promisified = (fn) => (...a) => new Promise((resolve, reject) => {
    fn(...a, (err, stdout, stderr) => (err ? reject(Object.assign(err, { stdout, stderr })) : resolve({ stdout, stderr })));
  });
  exec[util.promisify.custom] = promisified(exec);
  execFile[util.promisify.custom] = promisified(execFile);
  function spawn(file, args, options) {
    if (!Array.isArray(args)) { options = args; args = []; }
    const { r } = record('spawn', file, args, options);
    return makeChild(r);
  }
  function execSync(command, options) {
    const { r } = record('execSync', undefined, [], options, command);
    if (r.code) throw Object.assign(failErr(command, r), { stdout: enc(options, r.stdout), stderr: enc(options, r.stderr) });
    return enc(options, r.stdout);
  }
  function execFileSync(file, args, options) {
    if (!Array.isArray(args)) { options = args; args = []; }
    const { call, r } = record('execFileSync', file, args, options);
    if (r.code) throw Object.assign(failErr(call.text, r), { stdout: enc(options, r.stdout), stderr: enc(options, r.stderr) });
    return enc(options, r.stdout);
  }
  function spawnSync(file, args, options) {
    if (!Array.isArray(args)) { options = args; args = []; }
    const { r } = record('spawnSync', file, args, options);
    const stdout = enc(options, r.stdout);
    const stderr = enc(options, r.stderr);
    return { pid: 4242, status: r.code, signal: null, stdout, stderr, output: [null, stdout, stderr] };
  }
  function fork(modulePath, args, options) {
    if (!Array.isArray(args)) { options = args; args = []; }
    const { r } = record('fork', modulePath, args, options);
    const child = makeChild(r);
    child.send = () => true;
    return child;
  }
  Object.assign(cp, { exec, execFile, spawn, execSync, execFileSync, spawnSync, fork });
  require('node:module').syncBuiltinESMExports();

  /** The command strings that a shell would interpret. */
  const shellCommands = () => calls.map((c) => {
    if (c.fn === 'exec' || c.fn === 'execSync') return c.text;
    if (c.options && c.options.shell) return c.text;
    if (SHELLS.has(path.basename(String(c.file)).toLowerCase())) return c.args.join(' ');
    return null;
  }).filter((s) => s !== null);
  return { calls, shellCommands, reset: () => { calls.length = 0; } };
}

/**
 * Loads `modPath` in a worker thread and calls `mod[fnName](...args)` there,
 * allowing `budgetMs` of run time (module load time excluded). Resolves
 * { timedOut, ms, error }; a call over budget is stopped by terminating the worker.
 */
function runWithBudget(modPath, fnName, args, budgetMs = 200, env = {}) {
  const { Worker } = require('node:worker_threads');
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    Object.assign(process.env, workerData.env);
    const mod = require(workerData.modPath);
    parentPort.once('message', async () => {
      const t = process.hrtime.bigint();
      let error = null;
      try { await mod[workerData.fnName](...workerData.args); } catch (e) { error = String(e && e.message || e); }
      parentPort.postMessage({ done: true, ms: Number(process.hrtime.bigint() - t) / 1e6, error });
    });
    parentPort.postMessage({ ready: true });`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData: { modPath, fnName, args, env } });
    let timer = null;
    worker.on('message', (m) => {
      if (m.ready) {
        worker.postMessage('go');
        timer = setTimeout(() => { worker.terminate(); resolve({ timedOut: true, ms: budgetMs, error: null }); }, budgetMs);
      } else if (m.done) {
        clearTimeout(timer);
        worker.terminate();
        resolve({ timedOut: false, ms: m.ms, error: m.error });
      }
    });
    worker.on('error', (e) => { clearTimeout(timer); reject(e); });
  });
}

/**
 * The structure of an SQL statement: string and numeric literals and bind
 * placeholders (?, $1, :name) become "?", comments are dropped, whitespace is
 * collapsed. Two statements with the same shape differ only in their values.
 * `mysql: true` follows MySQL rules (backslash escapes, "..." strings, # comments).
 */
function sqlShape(sql, { mysql = false } = {}) {
  const s = String(sql);
  let out = '';
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    const prev = s[i - 1] || ' ';
    if (c === "'" || (mysql && c === '"')) {
      const backslash = mysql || /(^|[^A-Za-z0-9_])[eE]$/.test(out);
      if (!mysql && /[eE]$/.test(out)) out = out.slice(0, -1);
      i++;
      while (i < s.length) {
        if (backslash && s[i] === '\\') { i += 2; continue; }
        if (s[i] === c) { if (s[i + 1] === c) { i += 2; continue; } break; }
        i++;
      }
      i++;
      out += '?';
    } else if (c === '-' && s[i + 1] === '-') {
      while (i < s.length && s[i] !== '\n') i++;
    } else if (mysql && c === '#') {
      while (i < s.length && s[i] !== '\n') i++;
    } else if (c === '/' && s[i + 1] === '*') {
      const end = s.indexOf('*/', i + 2);
      i = end === -1 ? s.length : end + 2;
    } else if (c === '$' && /\d/.test(s[i + 1] || '')) {
      i++;
      while (/\d/.test(s[i] || '')) i++;
      out += '?';
    } else if (c === ':' && s[i + 1] === ':') {
      out += '::';
      i += 2;
    } else if (c === ':' && /[A-Za-z_]/.test(s[i + 1] || '') && !/[A-Za-z0-9_]/.test(prev)) {
      i++;
      while (/[A-Za-z0-9_]/.test(s[i] || '')) i++;
      out += '?';
    } else if (/\d/.test(c) && !/[A-Za-z0-9_$.]/.test(prev)) {
      while (/[\d.]/.test(s[i] || '')) i++;
      out += '?';
    } else {
      out += c;
      i++;
    }
  }
  return out.replace(/\s+/g, ' ').trim();
}

module.exports = { modulePath, freshRequire, withTimeout, makeReq, makeRes, setCookies, installFakeChildProcess, runWithBudget, sqlShape };
