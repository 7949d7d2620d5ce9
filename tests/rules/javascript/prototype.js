const express = require("express");
const _ = require("lodash");

const app = express();
app.use(express.json());

function merge(target, source) {
  for (const key in source) {
    if (typeof source[key] === "object" && source[key] !== null) {
      if (!target[key]) target[key] = {};
      merge(target[key], source[key]);
    } else {
      // ruleid: js-prototype-pollution-merge
      target[key] = source[key];
    }
  }
  return target;
}

const deepAssign = (dest, src) => {
  for (const k of Object.keys(src)) {
    // ruleid: js-prototype-pollution-merge
    dest[k] = src[k] && typeof src[k] === "object" ? deepAssign(dest[k] || {}, src[k]) : src[k];
  }
  return dest;
};

function safeMerge(target, source) {
  for (const key in source) {
    if (key === "__proto__" || key === "constructor" || key === "prototype") continue;
    if (typeof source[key] === "object" && source[key] !== null) {
      if (!target[key]) target[key] = {};
      safeMerge(target[key], source[key]);
    } else {
      // ok: js-prototype-pollution-merge
      target[key] = source[key];
    }
  }
  return target;
}

function shallowCopy(target, source) {
  for (const key of Object.keys(source)) {
    // ok: js-prototype-pollution-merge
    target[key] = source[key];
  }
  return target;
}

const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);
function mergeChecked(target, source) {
  for (const key of Object.keys(source)) {
    if (FORBIDDEN.has(key)) continue;
    // ok: js-prototype-pollution-merge
    target[key] = typeof source[key] === "object" ? mergeChecked(target[key] || {}, source[key]) : source[key];
  }
  return target;
}

function deepMapValues(input, fn) {
  const result = {};
  for (const key of Object.keys(input)) {
    const value = input[key];
    // ok: js-prototype-pollution-merge
    result[key] = value && typeof value === "object" ? deepMapValues(value, fn) : fn(value);
  }
  return result;
}

const settings = { theme: "light", notifications: { email: true } };

app.post("/settings", (req, res) => {
  // ruleid: js-deep-merge-request-input
  _.merge(settings, req.body);
  res.json(settings);
});

app.patch("/profile", (req, res) => {
  const profile = loadProfile(req.user.id);
  // ruleid: js-deep-merge-request-input
  _.set(profile, req.body.path, req.body.value);
  res.json(profile);
});

app.post("/safe/settings", (req, res) => {
  const { theme, notifications } = req.body;
  // ok: js-deep-merge-request-input
  _.merge(settings, { theme: String(theme), notifications: { email: notifications?.email === true } });
  res.json(settings);
});

app.patch("/safe/profile", (req, res) => {
  const profile = loadProfile(req.user.id);
  // ok: js-deep-merge-request-input
  _.set(profile, "display.name", req.body.name);
  res.json(profile);
});

module.exports = { app, merge, deepAssign, safeMerge, shallowCopy, mergeChecked, deepMapValues };
