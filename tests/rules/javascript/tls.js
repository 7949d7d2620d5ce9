const https = require("https");
const fs = require("fs");
const axios = require("axios");
const tls = require("tls");

// ruleid: js-tls-reject-unauthorized-false
const insecureAgent = new https.Agent({ rejectUnauthorized: false });

async function fetchInventory() {
  const res = await axios.get("https://inventory.internal/api/items", {
    httpsAgent: new https.Agent({
      keepAlive: true,
      // ruleid: js-tls-reject-unauthorized-false
      rejectUnauthorized: false,
    }),
  });
  return res.data;
}

function connectBroker(host) {
  return tls.connect(8883, host, {
    ca: fs.readFileSync("ca.pem"),
    // ruleid: js-tls-reject-unauthorized-false
    checkServerIdentity: () => undefined,
  });
}

function legacyRequest(request, url, cb) {
  // ruleid: js-tls-reject-unauthorized-false
  request({ url, strictSSL: false }, cb);
}

// ok: js-tls-reject-unauthorized-false
const agent = new https.Agent({ ca: fs.readFileSync("ca.pem"), rejectUnauthorized: true });

function devAgent() {
  // ok: js-tls-reject-unauthorized-false
  return new https.Agent({ rejectUnauthorized: process.env.NODE_ENV === "production" });
}

function connectPinned(host, fingerprint) {
  return tls.connect(443, host, {
    // ok: js-tls-reject-unauthorized-false
    checkServerIdentity: (name, cert) => (cert.fingerprint256 === fingerprint ? undefined : new Error("pin")),
  });
}

// ruleid: js-tls-env-reject-unauthorized
process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";

function allowSelfSigned() {
  // ruleid: js-tls-env-reject-unauthorized
  process.env["NODE_TLS_REJECT_UNAUTHORIZED"] = 0;
}

function trustCompanyCa() {
  // ok: js-tls-env-reject-unauthorized
  process.env.NODE_EXTRA_CA_CERTS = "/etc/ssl/company-ca.pem";
}

// ok: js-tls-env-reject-unauthorized
const strictTls = process.env.NODE_TLS_REJECT_UNAUTHORIZED !== "0";

module.exports = { insecureAgent, fetchInventory, connectBroker, legacyRequest, agent, devAgent, connectPinned,
  allowSelfSigned, trustCompanyCa, strictTls };
