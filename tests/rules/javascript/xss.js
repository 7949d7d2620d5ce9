const express = require("express");
const escapeHtml = require("escape-html");

const app = express();

app.get("/search", (req, res) => {
  const q = req.query.q;
  // ruleid: js-express-html-response
  res.send(`<h1>Results for ${q}</h1>`);
});

app.get("/hello/:name", (req, res) => {
  const greeting = "<p>Hello, " + req.params.name + "!</p>";
  // ruleid: js-express-html-response
  res.status(200).send(greeting);
});

app.post("/comment", (req, res) => {
  res.write("<ul>");
  for (const line of req.body.lines) {
    // ruleid: js-express-html-response
    res.write(`<li>${line}</li>`);
  }
  res.end("</ul>");
});

app.get("/safe/search", (req, res) => {
  // ok: js-express-html-response
  res.send(`<h1>Results for ${escapeHtml(req.query.q)}</h1>`);
});

app.get("/safe/hello/:name", (req, res) => {
  // ok: js-express-html-response
  res.render("hello", { name: req.params.name });
});

app.get("/safe/echo", (req, res) => {
  res.type("text/plain");
  // ok: js-express-html-response
  res.send(`You sent: ${req.query.msg}`);
});

app.get("/api/greet", (req, res) => {
  // ok: js-express-html-response
  res.json({ message: `Hello, ${req.query.name}` });
});

function renderComment(container, comment) {
  // ruleid: js-dom-html-sink
  container.innerHTML = `<div class="comment"><b>${comment.author}</b>: ${comment.text}</div>`;
}

function showResults(list, items) {
  for (const item of items) {
    // ruleid: js-dom-html-sink
    list.insertAdjacentHTML("beforeend", "<li>" + item.title + "</li>");
  }
}

async function loadWidget(el, url) {
  const res = await fetch(url);
  // ruleid: js-dom-html-sink
  el.innerHTML = await res.text();
}

function renderCommentSafe(container, comment) {
  // ok: js-dom-html-sink
  container.innerHTML = `<div class="comment"><b>${escapeHtml(comment.author)}</b>: ${escapeHtml(comment.text)}</div>`;
}

function setName(el, name) {
  // ok: js-dom-html-sink
  el.textContent = name;
}

function clear(el) {
  // ok: js-dom-html-sink
  el.innerHTML = "";
}

function renderMarkdown(el, html) {
  // ok: js-dom-html-sink
  el.innerHTML = DOMPurify.sanitize(html);
}

function badge(el, count) {
  // ok: js-dom-html-sink
  el.innerHTML = `<span class="badge">${count.length}</span>`;
}

module.exports = { app, renderComment, showResults, loadWidget, renderCommentSafe, setName, clear, renderMarkdown,
  badge };

function layout(title, body) {
  return `<!doctype html><html><head><title>${title}</title></head><body><main>${body}</main></body></html>`;
}

app.get("/welcome", (req, res) => {
  const name = typeof req.query.name === "string" ? req.query.name.trim() : "guest";
  const greeting = `<h1>Hello ${name}</h1>`;
  // ruleid: js-express-html-response
  res.type("html").send(layout("Welcome", greeting));
});

app.get("/safe/welcome", (req, res) => {
  const greeting = `<h1>Hello ${escapeHtml(req.query.name)}</h1>`;
  // ok: js-express-html-response
  res.status(200).type("html").send(layout("Welcome", greeting));
});

app.get("/safe/plain", (req, res) => {
  // ok: js-express-html-response
  res.status(200).type("text/plain").send(`You searched for ${req.query.q}`);
});

function renderTable(columns, rows) {
  // ruleid: js-html-template-field
  const head = columns.map((col) => `<th>${col.label}</th>`).join("");
  const body = rows
    // ruleid: js-html-template-field
    .map((row) => `<tr>${columns.map((col) => `<td>${row[col.key] ?? ""}</td>`).join("")}</tr>`)
    .join("\n");
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function userCard(user) {
  // ruleid: js-html-template-field
  return `<div class="card"><a href="/users/${user.id}">${user.displayName}</a></div>`;
}

function renderTableSafe(columns, rows) {
  // ok: js-html-template-field
  const head = columns.map((col) => `<th>${escapeHtml(col.label)}</th>`).join("");
  // ok: js-html-template-field
  const body = rows.map((row) => `<tr><td>${row.id}</td><td>${escapeHtml(row.name)}</td><td>${rows.length}</td></tr>`);
  return `<table><thead><tr>${head}</tr></thead><tbody>${body.join("")}</tbody></table>`;
}

function logLine(entry) {
  // ok: js-html-template-field
  return `${entry.time} <${entry.level}> ${entry.message}`;
}


app.get("/customers", (req, res) => {
  const rows = customerStore.list({ city: req.query.city });
  // ok: js-express-html-response
  res.type("html").send(`<h1>Customers</h1>${renderTableSafe(COLUMNS, rows)}<p>${rows.length} found</p>`);
});
