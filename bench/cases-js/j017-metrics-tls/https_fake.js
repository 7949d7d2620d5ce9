'use strict';
// Test-only: replaces https.request / https.get with a recorder that answers
// every request with `reply` and never opens a socket.
const https = require('node:https');
const { EventEmitter } = require('node:events');
const { Readable } = require('node:stream');

function installFakeHttps(reply = { status: 202, body: '{"accepted":true}' }) {
  const requests = [];
  function request(a, b, c) {
    let options = {};
    let callback;
    if (typeof a === 'string' || a instanceof URL) {
      const u = new URL(a);
      options = { protocol: u.protocol, hostname: u.hostname, port: u.port, path: u.pathname + u.search };
      if (typeof b === 'function') callback = b; else { options = { ...options, ...(b || {}) }; callback = c; }
    } else {
      options = { ...(a || {}) };
      callback = b;
    }
    const record = { options, body: '' };
    requests.push(record);
    const req = new EventEmitter();
    req.setTimeout = () => req;
    req.setHeader = () => {};
    req.destroy = (err) => { if (err) setImmediate(() => req.emit('error', err)); };
    req.abort = () => {};
    req.write = (chunk) => { record.body += String(chunk); return true; };
    req.end = (chunk) => {
      if (chunk) record.body += String(chunk);
      setImmediate(() => {
        const res = Readable.from([Buffer.from(reply.body)]);
        res.statusCode = reply.status;
        res.headers = { 'content-type': 'application/json' };
        if (callback) callback(res);
        req.emit('response', res);
      });
      return req;
    };
    return req;
  }
  https.request = request;
  https.get = (a, b, c) => { const r = request(a, b, c); r.end(); return r; };
  return { requests };
}

module.exports = { installFakeHttps };
