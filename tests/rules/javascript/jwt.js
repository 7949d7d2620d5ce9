const express = require("express");
const jwt = require("jsonwebtoken");
const jwksClient = require("jwks-rsa");

const app = express();
const jwks = jwksClient({ jwksUri: "https://auth.example.com/.well-known/jwks.json" });

function authenticate(req, res, next) {
  const token = req.headers.authorization?.split(" ")[1];
  try {
    // ruleid: js-jwt-none-algorithm
    req.user = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ["HS256", "none"] });
    next();
  } catch (err) {
    res.sendStatus(401);
  }
}

function serviceToken(claims) {
  // ruleid: js-jwt-none-algorithm
  return jwt.sign(claims, null, { algorithm: "none" });
}

function authenticateSafe(req, res, next) {
  const token = req.headers.authorization?.split(" ")[1];
  try {
    // ok: js-jwt-none-algorithm
    req.user = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ["HS256"] });
    next();
  } catch (err) {
    res.sendStatus(401);
  }
}

function signAccess(user) {
  // ok: js-jwt-none-algorithm
  return jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { algorithm: "HS256", expiresIn: "15m" });
}

function currentUser(req, res, next) {
  const token = req.cookies.token;
  const claims = jwt.decode(token);
  if (!claims) {
    return res.sendStatus(401);
  }
  // ruleid: js-jwt-decode-as-verified
  req.user = claims;
  next();
}

app.delete("/admin/users/:id", (req, res) => {
  const payload = jwt.decode(req.headers.authorization.replace("Bearer ", ""));
  // ruleid: js-jwt-decode-as-verified
  if (payload.role !== "admin") {
    return res.sendStatus(403);
  }
  res.sendStatus(204);
});

async function verifyWithKid(req, res, next) {
  const token = req.headers.authorization.slice(7);
  const { header } = jwt.decode(token, { complete: true });
  const key = await jwks.getSigningKey(header.kid);
  const claims = jwt.verify(token, key.getPublicKey(), { algorithms: ["RS256"] });
  // ok: js-jwt-decode-as-verified
  req.user = claims;
  // ok: js-jwt-decode-as-verified
  if (claims.role !== "admin") return res.sendStatus(403);
  next();
}

function tokenExpiresSoon(token) {
  // ok: js-jwt-decode-as-verified
  const { exp } = jwt.decode(token);
  return exp * 1000 - Date.now() < 60_000;
}

function readClaims(token) {
  const claims = jwt.decode(token);
  if (!claims || !claims.sub) return null;
  if (claims.exp && claims.exp * 1000 < Date.now()) return null;
  return claims;
}

function requireUser(req, res, next) {
  const token = (req.headers.authorization || "").replace(/^Bearer /, "");
  const claims = token ? readClaims(token) : null;
  if (!claims) return res.sendStatus(401);
  // ruleid: js-jwt-decode-as-verified
  req.user = { id: claims.sub, role: claims.role };
  return next();
}

function verifiedClaims(token) {
  try {
    return jwt.verify(token, process.env.JWT_SECRET, { algorithms: ["HS256"] });
  } catch (err) {
    return null;
  }
}

function requireUserSafe(req, res, next) {
  const claims = verifiedClaims((req.headers.authorization || "").slice(7));
  if (!claims) return res.sendStatus(401);
  // ok: js-jwt-decode-as-verified
  req.user = { id: claims.sub, role: claims.role };
  return next();
}

function expiresAt(token) {
  // ok: js-jwt-decode-as-verified
  return new Date(jwt.decode(token).exp * 1000);
}

module.exports = { app, authenticate, serviceToken, authenticateSafe, signAccess, currentUser, verifyWithKid,
  tokenExpiresSoon };
