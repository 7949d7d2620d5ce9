const express = require("express");
const bodyParser = require("body-parser");
const multer = require("multer");
const http = require("http");

const app = express();

// ruleid: js-request-body-unbounded
app.use(express.json({ limit: "500mb" }));

// ruleid: js-request-body-unbounded
app.use(bodyParser.urlencoded({ extended: true, limit: Infinity }));

// ruleid: js-request-body-unbounded
const upload = multer({ dest: "uploads/" });

http.createServer((req, res) => {
  let body = "";
  // ruleid: js-request-body-unbounded
  req.on("data", (chunk) => {
    body += chunk;
  });
  req.on("end", () => res.end(String(JSON.parse(body).id)));
}).listen(8080);

// ok: js-request-body-unbounded
app.use(express.json());

// ok: js-request-body-unbounded
app.use(express.json({ limit: "1mb" }));

// ok: js-request-body-unbounded
const avatars = multer({ dest: "avatars/", limits: { fileSize: 2 * 1024 * 1024, files: 1 } });

http.createServer((req, res) => {
  const MAX = 1024 * 1024;
  let size = 0;
  const chunks = [];
  // ok: js-request-body-unbounded
  req.on("data", (chunk) => {
    size += chunk.length;
    if (size > MAX) {
      res.writeHead(413).end();
      req.destroy();
      return;
    }
    chunks.push(chunk);
  });
  req.on("end", () => res.end(Buffer.concat(chunks).toString()));
}).listen(8081);

module.exports = { app, upload, avatars };
