const express = require("express");
const fs = require("fs");
const path = require("path");
const crypto = require("crypto");
const UPLOAD_DIR = path.join(__dirname, "uploads");
const multer = require("multer");

const app = express();
const UPLOADS = path.join(__dirname, "uploads");
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 5 * 1024 * 1024 } });

app.get("/files", (req, res) => {
  // ruleid: js-path-traversal
  fs.readFile(path.join(UPLOADS, req.query.name), (err, data) => {
    if (err) return res.sendStatus(404);
    res.type("application/octet-stream").send(data);
  });
});

app.get("/download/:file", (req, res) => {
  const { file } = req.params;
  // ruleid: js-path-traversal
  res.download(`${UPLOADS}/${file}`);
});

app.get("/docs/:page", (req, res) => {
  // ruleid: js-path-traversal
  res.sendFile(path.resolve(__dirname, "docs", req.params.page + ".html"));
});

app.post("/upload", upload.single("file"), async (req, res) => {
  const dest = path.join(UPLOADS, req.file.originalname);
  // ruleid: js-path-traversal
  await fs.promises.writeFile(dest, req.file.buffer);
  res.sendStatus(201);
});

app.delete("/files/:name", (req, res) => {
  // ruleid: js-path-traversal
  fs.unlinkSync(UPLOADS + "/" + req.params.name);
  res.sendStatus(204);
});

app.get("/safe/files", (req, res) => {
  // ok: js-path-traversal
  fs.readFile(path.join(UPLOADS, path.basename(req.query.name)), (err, data) => {
    if (err) return res.sendStatus(404);
    res.type("application/octet-stream").send(data);
  });
});

app.get("/safe/docs/:page", (req, res) => {
  // ok: js-path-traversal
  res.sendFile(`${req.params.page}.html`, { root: path.join(__dirname, "docs") });
});

app.get("/safe/download/:file", (req, res) => {
  const target = path.resolve(UPLOADS, req.params.file);
  if (!target.startsWith(UPLOADS + path.sep)) {
    return res.sendStatus(403);
  }
  // ok: js-path-traversal
  res.download(target);
});

app.get("/safe/report", (req, res) => {
  const name = req.query.report;
  if (!/^[a-z0-9-]+$/.test(name)) return res.sendStatus(400);
  // ok: js-path-traversal
  fs.createReadStream(path.join(__dirname, "reports", `${name}.csv`)).pipe(res);
});

app.get("/", (req, res) => {
  // ok: js-path-traversal
  res.sendFile(path.join(__dirname, "public", "index.html"));
});

async function storeUpload(file) {
  const target = path.join(UPLOAD_DIR, file.originalname);
  // ruleid: js-path-traversal
  await fs.promises.writeFile(target, file.buffer);
  return target;
}

async function storeUploadSafe(file) {
  const ext = path.extname(path.basename(file.originalname)).toLowerCase();
  const target = path.join(UPLOAD_DIR, `${crypto.randomUUID()}${ext}`);
  // ok: js-path-traversal
  await fs.promises.writeFile(target, file.buffer, { flag: "wx" });
  return target;
}

module.exports = app;
