'use strict';
/**
 * Shared helpers for the blind-js case tests (node:test + node:assert only).
 *
 * Master copy: bench/blind-js/testkit.js. Every case carries an identical copy at
 * <case>/node_modules/_testkit/index.js so that a case folder copied on its own still
 * runs; check.sh reports a copy that drifted from this file.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { pathToFileURL } = require('node:url');

let freshCounter = 0;

/** Absolute path of the module under test: $CASE_MODULE (or the entry) next to the test file. */
function modulePath(dir, defaultEntry) {
  return path.resolve(dir, process.env.CASE_MODULE || defaultEntry);
}

/** Load the module under test (CommonJS or ES module). `fresh` bypasses the module cache. */
async function loadModule(dir, defaultEntry, { fresh = false } = {}) {
  const file = modulePath(dir, defaultEntry);
  if (file.endsWith('.mjs')) {
    const url = pathToFileURL(file).href + (fresh ? `?fresh=${++freshCounter}` : '');
    return import(url);
  }
  if (fresh) delete require.cache[require.resolve(file)];
  return require(file);
}

/** A new empty temporary directory. */
function tmpDir(prefix = 'blindjs-') {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
}

/** Put an executable /bin/sh script called `name` in `dir`. */
function fakeBin(dir, name, body) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `#!/bin/sh\n${body}\n`);
  fs.chmodSync(file, 0o755);
  return file;
}

/** Make `dir` the first PATH entry for this process and its children. */
function prependPath(dir) {
  process.env.PATH = dir + path.delimiter + (process.env.PATH || '');
}

/**
 * Reduce a SQL statement to its shape: string literals, numbers and placeholders
 * ($1, ?, :name) become "?", whitespace collapses, case folds. Two statements with
 * the same shape differ only in data, never in structure.
 */
function sqlShape(sql) {
  const text = String(sql);
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === "'") {
      i += 1;
      while (i < text.length) {
        if (text[i] === '\\') { i += 2; continue; }
        if (text[i] === "'") {
          if (text[i + 1] === "'") { i += 2; continue; }
          break;
        }
        i += 1;
      }
      i += 1;
      out += ' ? ';
      continue;
    }
    out += c;
    i += 1;
  }
  return out
    .replace(/\$\d+/g, ' ? ')
    .replace(/(^|[^:]):[A-Za-z_]\w*/g, '$1 ? ')
    .replace(/\b\d+(\.\d+)?\b/g, ' ? ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** A request object shaped like Express's. */
function mockReq(init = {}) {
  const headers = {};
  for (const [k, v] of Object.entries(init.headers || {})) headers[k.toLowerCase()] = v;
  const req = {
    method: 'GET',
    url: '/',
    originalUrl: init.url || '/',
    params: {},
    query: {},
    body: undefined,
    cookies: {},
    signedCookies: {},
    session: {},
    ip: '127.0.0.1',
    protocol: 'https',
    secure: true,
    hostname: 'app.example',
    ...init,
    headers,
  };
  req.get = req.header = (name) => headers[String(name).toLowerCase()];
  return req;
}

const UP_PATH = /(?:^|[\\/])\.\.(?:[\\/]|$)/;

/** A response object shaped like Express 4's; records what the handler did. */
function mockRes() {
  const res = {
    statusCode: 200,
    headers: {},
    body: undefined,
    jsonBody: undefined,
    cookies: [],
    clearedCookies: [],
    sentFile: undefined,
    finished: false,
    headersSent: false,
    locals: {},
    __onFinish: null,
  };
  const finish = () => {
    if (res.finished) return;
    res.finished = true;
    res.headersSent = true;
    if (res.__onFinish) res.__onFinish();
  };
  const setHeader = (name, value) => {
    const key = String(name).toLowerCase();
    if (key === 'set-cookie') {
      const prev = res.headers[key];
      const list = Array.isArray(value) ? value : [value];
      res.headers[key] = prev ? [].concat(prev, list) : list;
    } else {
      res.headers[key] = value;
    }
    return res;
  };
  res.status = (code) => { res.statusCode = code; return res; };
  res.sendStatus = (code) => { res.statusCode = code; res.body = String(code); finish(); return res; };
  res.set = res.header = (name, value) => {
    if (name && typeof name === 'object') {
      for (const [k, v] of Object.entries(name)) setHeader(k, v);
      return res;
    }
    return setHeader(name, value);
  };
  res.setHeader = setHeader;
  res.append = setHeader;
  res.get = res.getHeader = (name) => res.headers[String(name).toLowerCase()];
  res.removeHeader = (name) => { delete res.headers[String(name).toLowerCase()]; };
  res.type = res.contentType = (t) => setHeader('content-type', t);
  res.vary = () => res;
  res.attachment = (name) => setHeader('content-disposition', `attachment${name ? `; filename="${path.basename(name)}"` : ''}`);
  res.writeHead = (code, hdrs) => { res.statusCode = code; if (hdrs) res.set(hdrs); return res; };
  res.write = (chunk) => { res.body = (res.body || '') + String(chunk); return true; };
  res.end = (chunk) => {
    if (chunk !== undefined) res.body = (res.body || '') + (Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk));
    finish();
    return res;
  };
  res.send = (payload) => {
    if (payload !== null && typeof payload === 'object' && !Buffer.isBuffer(payload)) return res.json(payload);
    if (Buffer.isBuffer(payload)) res.body = payload.toString('utf8');
    else if (typeof payload === 'number') { res.statusCode = payload; res.body = String(payload); }
    else res.body = payload === undefined ? '' : String(payload);
    if (!res.headers['content-type'] && typeof payload === 'string') setHeader('content-type', 'text/html; charset=utf-8');
    finish();
    return res;
  };
  res.json = (obj) => {
    res.jsonBody = obj;
    res.body = JSON.stringify(obj);
    if (!res.headers['content-type']) setHeader('content-type', 'application/json; charset=utf-8');
    finish();
    return res;
  };
  res.location = (url) => setHeader('location', url);
  res.redirect = (a, b) => {
    let status = 302;
    let url = a;
    if (typeof a === 'number') { status = a; url = b; }
    res.statusCode = status;
    setHeader('location', url);
    res.redirectedTo = url;
    finish();
    return res;
  };
  res.cookie = (name, value, options = {}) => {
    res.cookies.push({ name, value: typeof value === 'object' ? `j:${JSON.stringify(value)}` : String(value), options: { ...options } });
    return res;
  };
  res.clearCookie = (name, options = {}) => {
    res.clearedCookies.push({ name, options: { ...options } });
    return res;
  };
  // Express 4 / send semantics, enough to judge path handling.
  res.sendFile = (file, options, callback) => {
    if (typeof options === 'function') { callback = options; options = {}; }
    options = options || {};
    if (!file) throw new TypeError('path argument is required to res.sendFile');
    if (typeof file !== 'string') throw new TypeError('path must be a string to res.sendFile');
    if (!options.root && !path.isAbsolute(file)) throw new TypeError('path must be absolute or specify root to res.sendFile');
    const fail = (status, message) => {
      const err = Object.assign(new Error(message), { status, statusCode: status });
      if (callback) { setImmediate(() => callback(err)); return; }
      res.statusCode = status;
      res.body = message;
      finish();
    };
    let target;
    let parts;
    if (file.includes('\0')) return fail(400, 'Bad Request');
    if (options.root) {
      const rel = path.normalize('.' + path.sep + file);
      if (UP_PATH.test(rel)) return fail(403, 'Forbidden');
      parts = rel.split(path.sep);
      target = path.normalize(path.join(options.root, rel));
    } else {
      if (UP_PATH.test(file)) return fail(403, 'Forbidden');
      parts = path.normalize(file).split(path.sep);
      target = path.resolve(file);
    }
    if (options.dotfiles !== 'allow' && parts.some((p) => p.length > 1 && p[0] === '.')) return fail(404, 'Not Found');
    fs.readFile(target, (err, data) => {
      if (err) return fail(404, 'Not Found');
      res.sentFile = target;
      res.body = data.toString('utf8');
      finish();
      if (callback) callback();
    });
    return undefined;
  };
  res.download = (file, filename, options, callback) => {
    if (typeof filename === 'function') { callback = filename; filename = undefined; options = undefined; }
    else if (typeof options === 'function') { callback = options; options = undefined; }
    if (filename && typeof filename === 'object') { options = filename; filename = undefined; }
    res.attachment(filename || file);
    const opts = { ...(options || {}) };
    const full = opts.root ? file : path.resolve(file);
    return res.sendFile(full, opts, callback);
  };
  res.render = (view, locals) => { res.body = JSON.stringify({ view, locals }); finish(); };
  return res;
}

/**
 * Run an Express-style handler `(req, res, next)` and wait until it responds, calls
 * next, throws, or `timeoutMs` passes. Resolves with { req, res, nextCalled, nextArg, threw, timedOut }.
 */
function invoke(handler, req, res = mockRes(), { timeoutMs = 3000, error } = {}) {
  return new Promise((resolve) => {
    const out = { req, res, nextCalled: false, nextArg: undefined, threw: undefined, timedOut: false };
    let settled = false;
    const done = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      setImmediate(() => resolve(out));
    };
    const timer = setTimeout(() => { out.timedOut = true; done(); }, timeoutMs);
    res.__onFinish = done;
    const next = (err) => { out.nextCalled = true; out.nextArg = err; done(); };
    try {
      const ret = error !== undefined ? handler(error, req, res, next) : handler(req, res, next);
      if (ret && typeof ret.then === 'function') {
        ret.then(() => { if (res.finished || out.nextCalled) done(); },
          (err) => { out.threw = err; done(); });
      }
    } catch (err) {
      out.threw = err;
      done();
    }
  });
}

/** Parse one Set-Cookie header value into { name, value, attrs } (attribute names lower-cased). */
function parseSetCookie(str) {
  const [pair, ...rest] = String(str).split(';');
  const eq = pair.indexOf('=');
  const attrs = {};
  for (const part of rest) {
    const [k, ...v] = part.trim().split('=');
    if (k) attrs[k.toLowerCase()] = v.length ? v.join('=') : true;
  }
  return { name: pair.slice(0, eq).trim(), value: pair.slice(eq + 1).trim(), attrs };
}

/**
 * Every cookie a response set, from res.cookie() calls and Set-Cookie headers alike, as
 * { name, value, httpOnly, secure, sameSite }.
 */
function collectCookies(res) {
  const out = [];
  for (const c of res.cookies) {
    const o = c.options || {};
    out.push({ name: c.name, value: c.value, httpOnly: o.httpOnly === true, secure: o.secure === true, sameSite: o.sameSite, options: o });
  }
  let raw = res.headers['set-cookie'] || [];
  if (!Array.isArray(raw)) raw = [raw];
  for (const line of raw) {
    const p = parseSetCookie(line);
    out.push({ name: p.name, value: p.value, httpOnly: p.attrs.httponly === true, secure: p.attrs.secure === true, sameSite: p.attrs.samesite, options: p.attrs });
  }
  return out;
}

/**
 * Answer DNS lookups from `table` ({ hostname: address }) instead of the network. Covers
 * dns.lookup, dns.promises.lookup and the resolve4/resolve6/resolve family. Call before
 * loading the module under test. Unknown names fail with ENOTFOUND.
 */
function stubDns(table) {
  const dns = require('node:dns');
  const dnsPromises = require('node:dns/promises');
  const find = (host) => {
    const h = String(host).toLowerCase().replace(/\.$/, '');
    if (Object.prototype.hasOwnProperty.call(table, h)) return table[h];
    const e = new Error(`getaddrinfo ENOTFOUND ${host}`);
    e.code = 'ENOTFOUND';
    e.hostname = host;
    throw e;
  };
  const family = (a) => (a.includes(':') ? 6 : 4);
  const lookupAsync = async (host, options) => {
    const address = find(host);
    const opts = typeof options === 'number' ? { family: options } : options || {};
    return opts.all ? [{ address, family: family(address) }] : { address, family: family(address) };
  };
  const lookupCb = (host, options, cb) => {
    if (typeof options === 'function') { cb = options; options = {}; }
    lookupAsync(host, options).then(
      (r) => (Array.isArray(r) ? process.nextTick(cb, null, r) : process.nextTick(cb, null, r.address, r.family)),
      (e) => process.nextTick(cb, e),
    );
  };
  const resolveAsync = async (host) => [find(host)];
  const resolveCb = (host, a, b) => {
    const cb = typeof a === 'function' ? a : b;
    resolveAsync(host).then((r) => process.nextTick(cb, null, r), (e) => process.nextTick(cb, e));
  };
  for (const target of [dns.promises, dnsPromises]) {
    target.lookup = lookupAsync;
    target.resolve = target.resolve4 = target.resolve6 = resolveAsync;
  }
  dns.lookup = lookupCb;
  dns.resolve = dns.resolve4 = dns.resolve6 = resolveCb;
  require('node:module').syncBuiltinESMExports();
}

/**
 * Run `code` (a CommonJS script) in a separate node process with a wall-clock limit.
 * Resolves with { status, signal, stdout, stderr, timedOut }.
 */
function runIsolated(code, { env = {}, timeoutMs = 3000 } = {}) {
  const r = spawnSync(process.execPath, ['-e', code], {
    env: { ...process.env, ...env },
    timeout: timeoutMs,
    encoding: 'utf8',
    killSignal: 'SIGKILL',
  });
  const timedOut = Boolean(r.error && r.error.code === 'ETIMEDOUT') || r.signal === 'SIGKILL';
  return { status: r.status, signal: r.signal, stdout: r.stdout || '', stderr: r.stderr || '', timedOut };
}

const escText = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escAttr = (s) => escText(s).replace(/"/g, '&quot;');
const decodeEntities = (s) => String(s)
  .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
  .replace(/&#39;|&#x27;|&apos;/g, "'").replace(/&amp;/g, '&');

/**
 * A very small DOM for browser-style helpers. Text set through textContent, text nodes
 * or append(string) is escaped when serialised; strings given to innerHTML /
 * insertAdjacentHTML / outerHTML are kept verbatim as raw markup, the way a browser would
 * parse them. `el.innerHTML` therefore shows exactly what markup the page would contain.
 */
function fakeDocument() {
  class Raw { constructor(html) { this.raw = String(html); } }
  class Text { constructor(text) { this.text = String(text); this.nodeType = 3; } get textContent() { return this.text; } set textContent(v) { this.text = String(v); } }
  const toNode = (n) => (n && typeof n === 'object' && (n instanceof El || n instanceof Raw || n instanceof Text) ? n : new Text(n));
  const serialize = (n) => {
    if (n instanceof Raw) return n.raw;
    if (n instanceof Text) return escText(n.text);
    return n.outerHTML;
  };
  const textOf = (n) => {
    if (n instanceof Raw) return decodeEntities(n.raw.replace(/<[^>]*>/g, ''));
    if (n instanceof Text) return n.text;
    return n.textContent;
  };
  class El {
    constructor(tag) {
      this.tagName = tag ? String(tag).toUpperCase() : null;
      this.nodeType = tag ? 1 : 11;
      this.childNodes = [];
      this.attributes = new Map();
      this.style = {};
      this.dataset = {};
      const self = this;
      this.classList = {
        add: (...c) => { const set = new Set(self.className.split(/\s+/).filter(Boolean)); c.forEach((x) => set.add(x)); self.className = [...set].join(' '); },
        remove: (...c) => { self.className = self.className.split(/\s+/).filter((x) => x && !c.includes(x)).join(' '); },
        contains: (c) => self.className.split(/\s+/).includes(c),
        toggle: (c) => (self.classList.contains(c) ? (self.classList.remove(c), false) : (self.classList.add(c), true)),
      };
    }
    get children() { return this.childNodes.filter((n) => n instanceof El); }
    get firstChild() { return this.childNodes[0] || null; }
    get className() { return this.attributes.get('class') || ''; }
    set className(v) { this.attributes.set('class', String(v)); }
    get id() { return this.attributes.get('id') || ''; }
    set id(v) { this.attributes.set('id', String(v)); }
    setAttribute(k, v) { this.attributes.set(String(k).toLowerCase(), String(v)); }
    getAttribute(k) { return this.attributes.has(String(k).toLowerCase()) ? this.attributes.get(String(k).toLowerCase()) : null; }
    removeAttribute(k) { this.attributes.delete(String(k).toLowerCase()); }
    appendChild(n) { if (n instanceof El && n.nodeType === 11) { this.childNodes.push(...n.childNodes); n.childNodes = []; } else this.childNodes.push(toNode(n)); return n; }
    append(...ns) { ns.forEach((n) => this.appendChild(toNode(n))); }
    prepend(...ns) { this.childNodes.unshift(...ns.map(toNode)); }
    replaceChildren(...ns) { this.childNodes = []; this.append(...ns); }
    removeChild(n) { this.childNodes = this.childNodes.filter((c) => c !== n); return n; }
    remove() {}
    get textContent() { return this.childNodes.map(textOf).join(''); }
    set textContent(v) { this.childNodes = v === '' || v == null ? [] : [new Text(v)]; }
    get innerText() { return this.textContent; }
    set innerText(v) { this.textContent = v; }
    get innerHTML() { return this.childNodes.map(serialize).join(''); }
    set innerHTML(v) { this.childNodes = v === '' || v == null ? [] : [new Raw(v)]; }
    insertAdjacentHTML(pos, html) {
      if (/^afterbegin$/i.test(pos)) this.childNodes.unshift(new Raw(html)); else this.childNodes.push(new Raw(html));
    }
    insertAdjacentText(pos, text) {
      if (/^afterbegin$/i.test(pos)) this.childNodes.unshift(new Text(text)); else this.childNodes.push(new Text(text));
    }
    insertAdjacentElement(pos, el) { if (/^afterbegin$/i.test(pos)) this.childNodes.unshift(el); else this.childNodes.push(el); return el; }
    get outerHTML() {
      if (!this.tagName) return this.innerHTML;
      const tag = this.tagName.toLowerCase();
      const data = Object.entries(this.dataset).map(([k, v]) => [`data-${k.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`)}`, v]);
      const attrs = [...this.attributes.entries(), ...data].map(([k, v]) => ` ${k}="${escAttr(v)}"`).join('');
      return `<${tag}${attrs}>${this.innerHTML}</${tag}>`;
    }
    querySelectorAll() { return []; }
    querySelector() { return null; }
    addEventListener() {}
  }
  const document = {
    createElement: (tag) => new El(tag),
    createTextNode: (text) => new Text(text),
    createDocumentFragment: () => new El(null),
  };
  document.body = new El('body');
  return document;
}

module.exports = {
  modulePath,
  loadModule,
  tmpDir,
  fakeBin,
  prependPath,
  sqlShape,
  mockReq,
  mockRes,
  invoke,
  parseSetCookie,
  collectCookies,
  stubDns,
  runIsolated,
  fakeDocument,
};
