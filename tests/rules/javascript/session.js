const express = require("express");
const session = require("express-session");
const csrf = require("csurf");
const lusca = require("lusca");
const jwt = require("jsonwebtoken");
const crypto = require("crypto");
const { ApolloServer } = require("@apollo/server");

const app = express();

app.use(
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    // ruleid: js-cookie-without-flags
    cookie: { secure: false, maxAge: 24 * 60 * 60 * 1000 },
  }),
);

app.post("/login", (req, res) => {
  const token = jwt.sign({ sub: req.user.id }, process.env.JWT_SECRET, { expiresIn: "1h" });
  // ruleid: js-cookie-without-flags
  res.cookie("access_token", token, { maxAge: 3600 * 1000 });
  res.sendStatus(204);
});

app.post("/remember", (req, res) => {
  const value = crypto.randomBytes(32).toString("hex");
  // ruleid: js-cookie-without-flags
  res.cookie("device", value);
  res.sendStatus(204);
});

app.post("/safe/login", (req, res) => {
  const token = jwt.sign({ sub: req.user.id }, process.env.JWT_SECRET, { expiresIn: "1h" });
  // ok: js-cookie-without-flags
  res.cookie("access_token", token, { httpOnly: true, secure: true, sameSite: "strict", maxAge: 3600 * 1000 });
  res.sendStatus(204);
});

app.get("/theme/:name", (req, res) => {
  // ok: js-cookie-without-flags
  res.cookie("theme", req.params.name, { maxAge: 365 * 24 * 3600 * 1000 });
  res.redirect("/");
});

app.post("/consent", (req, res) => {
  // ok: js-cookie-without-flags
  res.cookie("session_consent", "yes");
  res.sendStatus(204);
});

app.use(
  session({
    secret: process.env.SESSION_SECRET,
    // ok: js-cookie-without-flags
    cookie: { httpOnly: true, secure: process.env.NODE_ENV === "production", sameSite: "lax" },
  }),
);

// ruleid: js-csrf-disabled
app.use(lusca({ csrf: false, xframe: "SAMEORIGIN" }));

// ruleid: js-csrf-disabled
const csrfProtection = csrf({ cookie: true, ignoreMethods: ["GET", "HEAD", "OPTIONS", "POST"] });

const server = new ApolloServer({
  typeDefs,
  resolvers,
  // ruleid: js-csrf-disabled
  csrfPrevention: false,
});

// ok: js-csrf-disabled
app.use(lusca({ csrf: true, xframe: "SAMEORIGIN" }));

// ok: js-csrf-disabled
const csrfDefault = csrf({ cookie: { httpOnly: true, secure: true } });

// ok: js-csrf-disabled
const apollo = new ApolloServer({ typeDefs, resolvers, csrfPrevention: true });

module.exports = { app, csrfProtection, server, csrfDefault, apollo };

const SESSION_COOKIE = "sid";
const THEME_COOKIE = "theme";

app.post("/sign-in", (req, res) => {
  const sessionId = crypto.randomBytes(32).toString("hex");
  // ruleid: js-cookie-without-flags
  res.cookie(SESSION_COOKIE, sessionId, { maxAge: 3600000, path: "/" });
  // ok: js-cookie-without-flags
  res.cookie(SESSION_COOKIE, sessionId, { maxAge: 3600000, httpOnly: true, secure: true, sameSite: "lax" });
  // ok: js-cookie-without-flags
  res.cookie(THEME_COOKIE, req.body.theme, { maxAge: 3600000 });
  res.json({ ok: true });
});
