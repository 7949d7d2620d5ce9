const express = require("express");
const axios = require("axios");
const http = require("http");

const app = express();
const API_BASE = "https://api.example.com";
const ALLOWED_HOSTS = new Set(["images.example.com", "cdn.example.com"]);

app.get("/login/done", (req, res) => {
  // ruleid: js-open-redirect
  res.redirect(req.query.next);
});

app.post("/logout", (req, res) => {
  const returnTo = req.body.returnTo || "/";
  req.session.destroy(() => {
    // ruleid: js-open-redirect
    res.redirect(302, returnTo);
  });
});

app.get("/go", (req, res) => {
  // ruleid: js-open-redirect
  res.writeHead(302, { Location: "/" + req.query.to });
  res.end();
});

app.get("/safe/login/done", (req, res) => {
  const next = req.query.next;
  if (typeof next !== "string" || !next.startsWith("/") || next.startsWith("//")) {
    return res.redirect("/");
  }
  // ok: js-open-redirect
  res.redirect(next);
});

app.get("/users/:id/edit", (req, res) => {
  // ok: js-open-redirect
  res.redirect(`/users/${req.params.id}`);
});

app.use((req, res, next) => {
  if (req.secure) return next();
  // ok: js-open-redirect
  res.redirect(301, "https://" + req.headers.host + req.url);
});

app.get("/preview", async (req, res) => {
  // ruleid: js-ssrf-request-url
  const page = await fetch(req.query.url);
  res.type("text/plain").send(await page.text());
});

app.post("/webhooks/test", async (req, res) => {
  const { callbackUrl } = req.body;
  // ruleid: js-ssrf-request-url
  await axios.post(callbackUrl, { ok: true });
  res.sendStatus(204);
});

app.get("/proxy", (req, res) => {
  // ruleid: js-ssrf-request-url
  http.get(`http://${req.query.host}:8080/status`, (upstream) => upstream.pipe(res));
});

app.get("/image", async (req, res) => {
  const src = String(req.query.src);
  if (!src.startsWith("https://")) {
    return res.sendStatus(400);
  }
  // ruleid: js-ssrf-request-url
  const img = await fetch(src);
  res.type("image/png").send(Buffer.from(await img.arrayBuffer()));
});

app.get("/avatar", async (req, res) => {
  const target = new URL(req.query.src);
  if (target.protocol !== "https:" || !ALLOWED_HOSTS.has(target.hostname)) {
    return res.sendStatus(400);
  }
  // ok: js-ssrf-request-url
  const img = await fetch(target.href, { redirect: "manual" });
  res.type(img.headers.get("content-type") || "application/octet-stream").send(Buffer.from(await img.arrayBuffer()));
});

app.get("/repos/:owner", async (req, res) => {
  // ok: js-ssrf-request-url
  const { data } = await axios.get(`https://api.github.com/users/${encodeURIComponent(req.params.owner)}/repos`);
  res.json(data);
});

app.get("/orders/:id", async (req, res) => {
  // ok: js-ssrf-request-url
  const { data } = await axios.get(`${API_BASE}/orders/${req.params.id}`);
  res.json(data);
});

async function fetchPreview(targetUrl) {
  const response = await fetch(targetUrl, { signal: AbortSignal.timeout(5000) });
  return response.text();
}

async function fetchAllowed(targetUrl) {
  const url = new URL(targetUrl);
  if (!ALLOWED_HOSTS.has(url.hostname)) throw new Error("host not allowed");
  return (await fetch(url, { redirect: "manual" })).text();
}

app.get("/unfurl", async (req, res) => {
  const { url } = req.query;
  // ruleid: js-ssrf-request-url
  const page = await fetchPreview(url);
  // ok: js-ssrf-request-url
  const checked = await fetchAllowed(url);
  res.json({ page, checked });
});

function safeRedirectTarget(target) {
  if (typeof target !== "string" || !target.startsWith("/") || target.startsWith("//")) return "/";
  return target;
}

app.post("/session", (req, res) => {
  const next = req.body.next || "/";
  // ok: js-open-redirect
  res.redirect(safeRedirectTarget(next));
});

app.post("/session/unchecked", (req, res) => {
  const next = req.body.next || "/";
  // ruleid: js-open-redirect
  res.redirect(303, next);
});

module.exports = app;

async function assertPublicUrl(url) {
  const parsed = new URL(url);
  if (parsed.hostname === "localhost") throw new Error("not allowed");
}

app.get("/preview-checked", async (req, res) => {
  const target = String(req.query.url || "");
  if (!/^https?:\/\//i.test(target)) return res.status(400).end();
  await assertPublicUrl(target);
  // ok: js-ssrf-request-url
  const { data } = await axios.get(target);
  res.send(data);
});

app.get("/preview-scheme-only", async (req, res) => {
  const target = String(req.query.url || "");
  if (!/^https?:\/\//i.test(target)) return res.status(400).end();
  // ruleid: js-ssrf-request-url
  const { data } = await axios.get(target);
  res.send(data);
});
