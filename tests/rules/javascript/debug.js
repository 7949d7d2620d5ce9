const express = require("express");

const app = express();

app.get("/report/:id", async (req, res) => {
  try {
    res.json(await buildReport(req.params.id));
  } catch (err) {
    // ruleid: js-error-stack-exposed, js-error-message-exposed
    res.status(500).json({ error: err.message, stack: err.stack });
  }
});

app.post("/import", async (req, res) => {
  try {
    await importRows(req.body.rows);
    res.sendStatus(204);
  } catch (e) {
    const details = `Import failed: ${e.stack}`;
    // ruleid: js-error-stack-exposed
    res.status(400).send(details);
  }
});

// eslint-disable-next-line no-unused-vars
app.use((error, req, res, next) => {
  // ruleid: js-error-stack-exposed
  res.status(500).send(`<pre>${error.stack}</pre>`);
});

app.get("/safe/report/:id", async (req, res) => {
  try {
    res.json(await buildReport(req.params.id));
  } catch (err) {
    console.error(err.stack);
    // ok: js-error-stack-exposed
    res.status(500).json({ error: "internal error" });
  }
});

// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => {
  // ok: js-error-stack-exposed
  res.status(500).json({ error: "internal error", stack: process.env.NODE_ENV === "development" ? err.stack : undefined });
});

function inspectStack(parser) {
  // ok: js-error-stack-exposed
  return parser.stack.length;
}

module.exports = { app, inspectStack };

// eslint-disable-next-line no-unused-vars
function answerErrors(err, req, res, next) {
  const status = Number(err.status) || 500;
  // ruleid: js-error-message-exposed
  res.status(status).json({ error: err.message, path: req.originalUrl });
}

app.get("/orders", async (req, res) => {
  try {
    res.json(await listOrders());
  } catch (e) {
    // ruleid: js-error-message-exposed
    res.status(500).send(e.message);
  }
});

// eslint-disable-next-line no-unused-vars
function answerClientErrors(err, req, res, next) {
  const status = Number(err.status) || 500;
  // ok: js-error-message-exposed
  res.status(status).json({ error: status < 500 ? err.message : "Internal Server Error" });
}

app.post("/orders", async (req, res) => {
  try {
    res.status(201).json(await createOrder(req.body));
  } catch (e) {
    // ok: js-error-message-exposed
    res.status(400).json({ error: e.message });
  }
});

module.exports.more = { answerErrors, answerClientErrors };
