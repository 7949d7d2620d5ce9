const express = require("express");
const winston = require("winston");

const app = express();
const logger = winston.createLogger({ transports: [new winston.transports.Console()] });

app.post("/login", (req, res) => {
  const { username } = req.body;
  if (!checkPassword(username, req.body.password)) {
    // ruleid: js-log-injection
    logger.warn(`Failed login for ${username}`);
    return res.sendStatus(401);
  }
  res.sendStatus(204);
});

app.get("/search", (req, res) => {
  // ruleid: js-log-injection
  console.log("search: " + req.query.q);
  res.json(search(req.query.q));
});

app.use((req, res, next) => {
  const agent = req.headers["user-agent"];
  // ruleid: js-log-injection
  console.info(`${req.method} ${req.path} agent=${agent}`);
  next();
});

app.post("/safe/login", (req, res) => {
  const { username } = req.body;
  if (!checkPassword(username, req.body.password)) {
    // ok: js-log-injection
    logger.warn("Failed login", { username });
    return res.sendStatus(401);
  }
  res.sendStatus(204);
});

app.get("/safe/search", (req, res) => {
  // ok: js-log-injection
  console.log(`search: ${JSON.stringify(req.query.q)}`);
  res.json(search(req.query.q));
});

app.get("/safe/item/:id", (req, res) => {
  const id = req.params.id.replace(/[\r\n]/g, " ");
  // ok: js-log-injection
  logger.info("fetch item " + id);
  res.json(getItem(id));
});

app.listen(3000, () => {
  // ok: js-log-injection
  console.log(`listening on ${3000}`);
});

const audit = { warn: (message) => console.log(`[WARN] ${message}`) };

function logLoginFailure(username, ip) {
  // ruleid: js-log-typed-name
  audit.warn("login failed for " + username + " from " + ip);
}

function logSignup(user) {
  // ruleid: js-log-typed-name
  logger.info(`new account ${user.email}`);
}

function sanitizeForLog(value) {
  return String(value).replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, " ");
}

function logLoginFailureSafe(username, ip) {
  // ok: js-log-typed-name
  audit.warn("login failed for " + sanitizeForLog(username) + " from " + sanitizeForLog(ip));
  // ok: js-log-typed-name
  logger.warn("login failed", { username, ip });
  // ok: js-log-typed-name
  console.log(`login failed for ${JSON.stringify(username)}`);
}

function logJob(jobName, count) {
  // ok: js-log-typed-name
  console.log(`job ${jobName} finished: ${count} rows`);
}

class SignInLog {
  log(level, message) {
    process.stdout.write(`${level} ${message}\n`);
  }

  failed(username, ip) {
    // ruleid: js-log-typed-name
    const message = `sign-in failed for ${username} from ${ip}`;
    this.log("WARN", message);
  }

  failedSafe(username, ip) {
    const message = `sign-in failed for ${JSON.stringify(username)} from ${ip}`;
    // ok: js-log-typed-name
    this.log("WARN", message);
    // ok: js-log-typed-name
    const notice = `sign-in failed for ${username}`;
    return notice;
  }
}

function cleanForLog(value) {
  return String(value).replace(/[\r\n]+/g, " ");
}

app.post("/refunds", (req, res) => {
  const { username, orderId } = req.body;
  // ruleid: js-log-injection
  auditTrail.add("REFUND", `user=${username} order=${orderId}`);
  // ok: js-log-injection
  auditTrail.add("REFUND", `user=${cleanForLog(username)} order=${cleanForLog(orderId)}`);
  // ok: js-log-injection
  catalog.add(`item ${orderId}`);
  res.sendStatus(202);
});

module.exports = { app, SignInLog };
