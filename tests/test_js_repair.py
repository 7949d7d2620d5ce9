"""JavaScript and TypeScript repairs: tree-sitter codemods over varied code shapes, the gate that parses them with
tree-sitter and re-scans them with semgrep, and the verification levels a JavaScript repair can reach."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from aiharden.cli import main
from aiharden.repair import js
from aiharden.repair.candidates import Candidate
from aiharden.repair.edits import Edit
from aiharden.repair.js.tree import broken
from aiharden.repair.js.tree import parse
from aiharden.scan.findings import Finding
from aiharden.scan.findings import Region
from aiharden.verify import jsgate


def _fixes(text: str, path: str, rule: str, cwe: list[int], line: int) -> list[str]:
    """Every rewrite the codemods propose for a finding at line, as the new file text; each must parse."""
    from aiharden.repair.edits import apply_edits

    out = []
    for fix in js.propose(text, path, rule, cwe, line, line):
        new = apply_edits(text, fix.edits)
        assert broken(parse(new, path)) is None, new
        out.append(new)
    return out


def _line(text: str, needle: str) -> int:
    return next(i for i, ln in enumerate(text.splitlines(), 1) if needle in ln)


def _one(text: str, path: str, rule: str, cwe: list[int], needle: str) -> str:
    (new,) = _fixes(text, path, rule, cwe, _line(text, needle))
    return new


# ---- SQL

MYSQL_CALLBACK = '''\
const mysql = require("mysql");
const conn = mysql.createConnection({});

function byName(name, done) {
  conn.query("SELECT id FROM people WHERE name = '" + name + "' AND active = 1", (err, rows) => done(err, rows));
}
'''

PG_TS = '''\
import { Pool } from "pg";

const pool = new Pool();

export async function ordersOf(customer: string, status: string): Promise<unknown[]> {
  const text = `SELECT * FROM orders WHERE customer_id = $1 AND status = '${status}'`;
  const result = await pool.query(text, [customer]);
  return result.rows;
}
'''

SQLITE_LIKE = '''\
const sqlite3 = require('sqlite3');
const db = new sqlite3.Database(':memory:');

function search(term, cb) {
  db.all(`SELECT title FROM books WHERE title LIKE '%${term}%' LIMIT ${10}`, (err, rows) => cb(err, rows));
}
'''

KNEX_RAW = '''\
const knex = require('knex')({ client: 'pg' });

async function totals(region, since) {
  return knex.raw(`SELECT sum(x) FROM sales WHERE created > ? AND region = '${region}'`, [since]);
}
'''

PRISMA = '''\
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();

export async function find(email) {
  return prisma.$queryRawUnsafe(`SELECT * FROM "User" WHERE email = '${email}'`);
}
'''

SEQUELIZE = '''\
const { Sequelize } = require('sequelize');
const sequelize = new Sequelize('sqlite::memory:');

async function count(kind) {
  return sequelize.query("SELECT count(*) FROM items WHERE kind = '" + kind + "'", { type: 'SELECT' });
}
'''

ORDER_BY = '''\
const mysql = require('mysql2');
const pool = mysql.createPool({});

function list(column) {
  return pool.query(`SELECT * FROM users ORDER BY ${column}`);
}
'''


@pytest.mark.parametrize(("text", "path", "needle", "expected"), [
    pytest.param(MYSQL_CALLBACK, "db.js", "conn.query",
                 '''conn.query("SELECT id FROM people WHERE name = ? AND active = 1", [name], (err, rows)''',
                 id="mysql-concat-callback"),
    pytest.param(PG_TS, "orders.ts", "pool.query",
                 "status = $2`;\n  const result = await pool.query(text, [customer, status]);", id="pg-ts-variable"),
    pytest.param(SQLITE_LIKE, "books.js", "db.all", "LIKE ? LIMIT ?`, [`%${term}%`, 10], (err, rows)",
                 id="sqlite-like-pattern"),
    pytest.param(KNEX_RAW, "sales.js", "knex.raw", "region = ?`, [since, region]);", id="knex-raw-order"),
    pytest.param(PRISMA, "users.mjs", "$queryRawUnsafe",
                 'prisma.$queryRaw`SELECT * FROM "User" WHERE email = ${email}`;', id="prisma-tagged"),
    pytest.param(SEQUELIZE, "items.js", "sequelize.query",
                 '''kind = ?", { replacements: [kind], type: 'SELECT' });''', id="sequelize-replacements"),
])
def test_sql_values_become_placeholders_of_the_driver(text: str, path: str, needle: str, expected: str) -> None:
    assert expected in _one(text, path, "js-sql-built-query", [89], needle)


BUILT_SQLITE = """\
const sqlite3 = require('sqlite3');
const db = new sqlite3.Database(':memory:');

function queryAll(sql, params = []) {
  return new Promise((resolve, reject) => db.all(sql, params, (err, rows) => (err ? reject(err) : resolve(rows))));
}

async function recipes(cuisine, maxMinutes) {
  let sql = `SELECT id FROM recipes WHERE prep_minutes <= ${maxMinutes}`;
  if (cuisine) {
    sql += ` AND cuisine = '${cuisine}'`;
  }
  sql += ' ORDER BY title';
  return queryAll(sql);
}
"""


def test_sql_appended_over_several_statements_pushes_each_value_where_its_piece_runs() -> None:
    new = _one(BUILT_SQLITE, "recipes.js", "js-sql-built-query", [89], "return queryAll(sql)")
    assert "  let sql = `SELECT id FROM recipes WHERE prep_minutes <= ?`;\n  const values = [];\n" \
           "  values.push(maxMinutes);\n" in new
    assert "    sql += ` AND cuisine = ?`;\n    values.push(cuisine);\n  }\n" in new
    assert "  return queryAll(sql, values);" in new
    pg = BUILT_SQLITE.replace("const sqlite3 = require('sqlite3');", "const pg = require('pg');")
    new = _one(pg, "recipes.js", "js-sql-built-query", [89], "return queryAll(sql)")
    assert "prep_minutes <= $${values.push(maxMinutes)}`" in new and "cuisine = $${values.push(cuisine)}`" in new


def test_sql_value_in_an_identifier_slot_is_declined() -> None:
    assert _fixes(ORDER_BY, "list.js", "js-sql-built-query", [89], _line(ORDER_BY, "pool.query")) == []


# ---- commands

EXEC_NS_SYNC = '''\
const cp = require('node:child_process');

function lastCommit(ref) {
  return cp.execSync('git log -1 --format=%H ' + ref, { encoding: 'utf8' }).trim();
}
'''

EXEC_ESM_QUOTED = '''\
import { exec } from 'node:child_process';

export function convert(input, output, done) {
  exec(`convert "${input}" -resize 50% ${output}`, (err) => done(err));
}
'''

EXEC_PROMISIFIED = '''\
const util = require('util');
const { exec } = require('child_process');
const run = util.promisify(exec);

async function size(dir) {
  const { stdout } = await run(`du -sh ${dir}`);
  return stdout;
}
'''

EXEC_PIPE = '''\
const { exec } = require('child_process');

function count(file, cb) {
  exec('cat ' + file + ' | wc -l', cb);
}
'''


@pytest.mark.parametrize(("text", "needle", "expected"), [
    pytest.param(EXEC_NS_SYNC, "execSync", "cp.execFileSync('git', ['log', '-1', '--format=%H', ref], "
                                           "{ encoding: 'utf8' }).trim()", id="namespace-sync"),
    pytest.param(EXEC_ESM_QUOTED, "exec(", "execFile('convert', [input, '-resize', '50%', output], (err)",
                 id="esm-shell-quoted"),
    pytest.param(EXEC_PROMISIFIED, "await run",
                 "const runFile = util.promisify(execFile);", id="promisified"),
])
def test_shell_commands_become_argument_arrays(text: str, needle: str, expected: str) -> None:
    new = _one(text, "tool.mjs" if "import" in text else "tool.js", "js-child-process-exec", [78], needle)
    assert expected in new
    if "import {" in text:
        assert "import { exec, execFile } from 'node:child_process';" in new
    if "promisify" in text:
        assert "await runFile('du', ['-sh', dir])" in new


def test_a_command_joined_from_an_array_of_parts_becomes_an_argument_array() -> None:
    text = ("import { exec } from 'node:child_process';\nimport { promisify } from 'node:util';\n\n"
            "const run = promisify(exec);\n\nexport async function poster(file, width) {\n"
            "  const command = ['ffmpeg -y', `-i \"${file.path}\"`, `-vf scale=${width}:-2`, 'out.jpg'].join(' ');\n"
            "  await run(command, { timeout: 60000 });\n}\n")
    new = _one(text, "poster.mjs", "js-child-process-exec", [78], "await run(")
    assert "await runFile('ffmpeg', ['-y', '-i', file.path, '-vf', `scale=${width}:-2`, 'out.jpg'], " \
           "{ timeout: 60000 });" in new


def test_a_command_that_needs_a_shell_is_declined() -> None:
    assert _fixes(EXEC_PIPE, "count.js", "js-child-process-exec", [78], _line(EXEC_PIPE, "exec(")) == []


def test_a_value_that_holds_several_arguments_keeps_its_shell() -> None:
    text = ("const { execSync } = require('child_process');\n\nfunction git(dir, sub) {\n"
            "  return execSync(`git ${sub}`, { cwd: dir });\n}\n\nfunction fetch(dir, branch) {\n"
            "  return git(dir, `fetch origin ${branch}`);\n}\n")
    assert _fixes(text, "git.js", "js-child-process-exec", [78], _line(text, "execSync(`")) == []


def test_a_program_from_the_code_settings_stays_the_program() -> None:
    text = ("const { execSync } = require('child_process');\n\nclass Thumbs {\n"
            "  make(input, out) {\n    execSync(`${this.binary} ${input} -thumbnail 64x ${out}`);\n  }\n}\n")
    assert "execFileSync(this.binary, [input, '-thumbnail', '64x', out]);" in _one(
        text, "thumbs.js", "js-child-process-exec", [78], "execSync(`")
    from_request = text.replace("this.binary", "req.query.tool")
    assert _fixes(from_request, "thumbs.js", "js-child-process-exec", [78], _line(from_request, "execSync(`")) == []


@pytest.mark.parametrize(("options", "expected"), [
    pytest.param("{ shell: true }", "spawn('ping', ['-c', '3', host]);", id="only-option"),
    pytest.param("{ cwd: '/tmp', shell: true }", "spawn('ping', ['-c', '3', host], { cwd: '/tmp' });", id="last"),
    pytest.param("{ shell: true, cwd: '/tmp' }", "spawn('ping', ['-c', '3', host], { cwd: '/tmp' });", id="first"),
])
def test_an_argument_array_loses_the_shell_it_did_not_need(options: str, expected: str) -> None:
    text = f"const {{ spawn }} = require('child_process');\n\nfunction ping(host) {{\n" \
           f"  return spawn('ping', ['-c', '3', host], {options});\n}}\n"
    assert expected in _one(text, "ping.js", "js-spawn-shell-true", [78], "spawn('ping'")


def test_shell_syntax_in_the_argument_array_keeps_the_shell() -> None:
    text = ("const { spawn } = require('child_process');\n\nfunction count(file) {\n"
            "  return spawn('cat', [file, '|', 'wc', '-l'], { shell: true });\n}\n")
    assert _fixes(text, "count.js", "js-spawn-shell-true", [78], _line(text, "spawn('cat'")) == []


# ---- paths, tokens, secrets, web settings

SEND_INLINE = '''\
const path = require('path');
const ROOT = path.join(__dirname, 'public');

function serve(req, res) {
  res.sendFile(path.join(ROOT, req.params.file));
}
'''

TEMPLATE_PATH = '''\
import fs from 'fs/promises';

export async function readNote(name: string): Promise<string> {
  const file = `${NOTES}/${name}.md`;
  return fs.readFile(file, 'utf8');
}
const NOTES = '/srv/notes';
'''


def test_inline_path_join_gets_a_resolved_path_and_a_containment_check() -> None:
    new = _one(SEND_INLINE, "serve.js", "js-path-traversal", [22], "sendFile")
    assert "const resolvedPath = path.resolve(ROOT, req.params.file);" in new
    assert "if (!resolvedPath.startsWith(path.resolve(ROOT) + path.sep)) {" in new
    assert "return res.status(403).send('Forbidden');" in new
    assert "res.sendFile(resolvedPath);" in new


def test_template_path_in_typescript_imports_path_and_throws_outside_a_handler() -> None:
    new = _one(TEMPLATE_PATH, "notes.ts", "js-path-traversal", [22], "fs.readFile")
    assert "import path from 'path';" in new
    assert "const file = path.resolve(NOTES, `${name}.md`);" in new
    assert "throw new Error('the path leaves its base folder');" in new


PICK_CHARS = '''\
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function code(n) {
  let out = '';
  for (let i = 0; i < n; i++) out += ALPHABET[Math.floor(Math.random() * ALPHABET.length)];
  return out;
}
'''

UUID = '''\
export const newId = () => 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => {
  const r = (Math.random() * 16) | 0;
  return (c === 'x' ? r : (r & 0x3) | 0x8).toString(16);
});
'''


def test_random_index_keeps_the_alphabet_with_crypto_random_int() -> None:
    new = _one(PICK_CHARS, "codes.js", "js-insecure-random-token", [338], "Math.random")
    assert new.startswith("const crypto = require('crypto');\n")
    assert "ALPHABET[crypto.randomInt(ALPHABET.length)]" in new


def test_hand_rolled_uuid_becomes_random_uuid() -> None:
    new = _one(UUID, "ids.mjs", "js-insecure-random-token", [338], "Math.random")
    assert "export const newId = () => crypto.randomUUID();" in new
    assert "import crypto from 'crypto';" in new


SECRET_EXPORTED = '''\
export const API_KEY = "sk_live_0123456789abcdef";
'''

SECRET_IN_CALL_OBJECT = '''\
const nodemailer = require('nodemailer');

function transport() {
  return nodemailer.createTransport({ host: process.env.SMTP_HOST, auth: { user: 'ops', pass: 'hunter2!' } });
}
'''


def test_exported_secret_is_read_from_the_environment_at_load() -> None:
    new = _one(SECRET_EXPORTED, "keys.mjs", "js-hardcoded-credential", [798], "API_KEY")
    assert new == "export const API_KEY = process.env.API_KEY;\n"


def test_a_secret_in_an_exported_config_is_read_from_the_environment_at_load() -> None:
    text = ("const config = {\n  timeoutMs: Number(process.env.CRM_TIMEOUT_MS),\n  apiKey: 'pk_live_51HcX9aQz7Rt2Lm8Vn4Kp0Ws',\n};\n"
            "module.exports = { config };\n")
    assert "  apiKey: process.env.CRM_API_KEY,\n" in _one(text, "crm.js", "js-hardcoded-credential", [798], "apiKey")


def test_secret_in_an_object_built_in_a_function_is_required_from_the_environment() -> None:
    new = _one(SECRET_IN_CALL_OBJECT, "mail.js", "js-hardcoded-credential", [798], "pass:")
    assert "user: 'ops', pass: requireEnv('SMTP_PASS')" in new  # the prefix of the variables around it
    assert "function requireEnv(name) {" in new


@pytest.mark.parametrize(("text", "rule", "cwe", "needle", "expected"), [
    pytest.param("function login(res, id) {\n  res.cookie('sid', id);\n}\n", "js-cookie-without-flags", [614],
                 "res.cookie", "res.cookie('sid', id, { httpOnly: true, secure: true, sameSite: 'lax' });",
                 id="cookie-no-options"),
    pytest.param("function login(res, id) {\n  res.cookie('sid', id, {\n    secure: false,\n    maxAge: 9,\n  });\n}\n",
                 "js-cookie-without-flags", [614], "res.cookie",
                 "    secure: true,\n    maxAge: 9,\n    httpOnly: true,\n    sameSite: 'lax',\n  });",
                 id="cookie-multiline-flag-off"),
    pytest.param("const agent = new https.Agent({ rejectUnauthorized: false });\n",
                 "js-tls-reject-unauthorized-false", [295], "rejectUnauthorized",
                 "new https.Agent({ rejectUnauthorized: true });", id="tls"),
    pytest.param("function check(t, k) {\n  return jwt.verify(t, k, { algorithms: ['HS256', 'none'] });\n}\n",
                 "js-jwt-none-algorithm", [347], "none", "{ algorithms: ['HS256'] }", id="jwt-none"),
    pytest.param("function merge(a, b) {\n  Object.keys(b).forEach((key) => {\n"
                 "    if (typeof b[key] === 'object') merge(a[key], b[key]);\n    else a[key] = b[key];\n  });\n}\n",
                 "js-prototype-pollution-merge", [1321], "else a[key]",
                 "  Object.keys(b).forEach((key) => {\n    if (key === '__proto__' || key === 'constructor' || "
                 "key === 'prototype') {\n      return;\n    }\n", id="merge-foreach"),
    pytest.param("app.use((err, req, res, next) => {\n  res.status(500).json({ error: err.stack });\n});\n",
                 "js-error-stack-exposed", [209], "err.stack", "json({ error: 'Internal Server Error' })",
                 id="error-json"),
    pytest.param("function onError(err, req, res, next) {\n  const status = err.status || 500;\n"
                 "  res.status(status).json({ error: err.message });\n}\n", "js-error-message-exposed", [209],
                 "err.message", "json({ error: (status < 500 ? err.message : 'Internal Server Error') })",
                 id="error-message-by-status"),
    pytest.param("async function list(req, res) {\n  try {\n    res.json(await rows());\n  } catch (e) {\n"
                 "    res.status(500).send(e.message);\n  }\n}\n", "js-error-message-exposed", [209],
                 "e.message", "res.status(500).send('Internal Server Error');", id="error-message-5xx"),
    pytest.param("function find(lines, q) {\n  const re = new RegExp(q, 'i');\n  return lines.filter((l) => re.test(l));\n}\n",
                 "js-regex-from-input", [1333], "new RegExp", "new RegExp(escapeRegExp(q), 'i')",
                 id="regexp-input"),
    pytest.param("app.get('/hi', (req, res) => {\n  res.send(`<p>Hello ${req.query.name}</p>`);\n});\n",
                 "js-express-html-response", [79], "res.send", "res.send(`<p>Hello ${escapeHtml(req.query.name)}</p>`)",
                 id="html-template"),
    pytest.param("function audit(log, user) {\n  log.info(`password reset for ${user.name} (${user.id})`);\n}\n",
                 "js-log-injection", [117], "log.info",
                 "log.info(`password reset for ${oneLine(user.name)} (${oneLine(user.id)})`);", id="log-template"),
    pytest.param("class Audit {\n  failed(username) {\n    const message = `sign-in failed for ${username}`;\n"
                 "    this.log('WARN', message);\n  }\n}\n", "js-log-typed-name", [117], "const message",
                 "const message = `sign-in failed for ${oneLine(username)}`;", id="log-message-built-first"),
    pytest.param("function show(el, text) {\n  el.innerHTML = text;\n}\n", "js-dom-html-sink", [79], "innerHTML",
                 "el.textContent = text;", id="inner-html"),
    pytest.param("function show(el, c) {\n  el.innerHTML = `<p class=\"c\">${c.body}</p>`;\n}\n", "js-dom-html-sink",
                 [79], "innerHTML", "el.innerHTML = `<p class=\"c\">${escapeHtml(c.body)}</p>`;",
                 id="inner-html-markup-keeps-tags"),
    pytest.param("const NAME = /^(\\w+\\s?)+$/;\nexport const ok = (s) => NAME.test(s);\n",
                 "js-regex-nested-quantifier", [1333], "const NAME", "/^\\w+(?:\\s\\w+)*\\s?$/",
                 id="regex-nested"),
])
def test_small_rewrites(text: str, rule: str, cwe: list[int], needle: str, expected: str) -> None:
    path = "x.mjs" if "export" in text else "x.js"
    assert expected in _one(text, path, rule, cwe, needle)


def test_markup_made_elsewhere_is_not_turned_into_text() -> None:
    text = "function show(el, items) {\n  const html = items.map(itemHtml).join('');\n  el.innerHTML = html;\n}\n"
    assert _fixes(text, "list.js", "js-dom-html-sink", [79], _line(text, "el.innerHTML")) == []


def test_every_html_piece_of_the_function_is_escaped_with_the_flagged_one() -> None:
    text = ("function page(q, rows) {\n  const items = rows.map((r) => `<li>${r.title}</li>`).join('');\n"
            "  const head = `<h1>Results for ${q}</h1>`;\n  return `<main>${head}<ul>${items}</ul></main>`;\n}\n")
    new = _one(text, "page.js", "js-html-template-field", [79], "rows.map")
    assert "`<li>${escapeHtml(r.title)}</li>`" in new and "`<h1>Results for ${escapeHtml(q)}</h1>`" in new
    assert "`<main>${head}<ul>${items}</ul></main>`" in new  # markup built here stays markup


def test_a_pattern_handed_to_a_helper_is_escaped_where_the_helper_compiles_it() -> None:
    text = ("function grep(items, term, flags) {\n  const re = new RegExp(term, flags);\n"
            "  return items.filter((x) => re.test(x));\n}\n\nfunction route(req, res) {\n"
            "  res.json(grep(res.locals.items, req.query.term, 'i'));\n}\n")
    new = _one(text, "grep.js", "js-regex-from-input", [1333], "res.json")
    assert "const re = new RegExp(escapeRegExp(term), flags);" in new
    assert "res.json(grep(res.locals.items, req.query.term, 'i'));" in new


def test_redirect_without_a_default_falls_back_to_the_site_root() -> None:
    text = "function back(req, res) {\n  res.redirect(req.query.returnTo);\n}\n"
    through, check = _fixes(text, "back.js", "js-open-redirect", [601], 2)
    assert "  res.redirect(localRedirect(req.query.returnTo, '/'));" in through
    assert "const target = req.query.returnTo;\n  if (!isLocalRedirect(target)) {\n    res.redirect('/');\n" in check
    assert "res.redirect(target);" in check


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_redirect_helper_keeps_local_paths_only(tmp_path: Path) -> None:
    text = "const D = '/home';\nfunction go(res, next) {\n  return res.redirect(next || D);\n}\nmodule.exports = { go };\n"
    through = _fixes(text, "go.js", "js-open-redirect", [601], 3)[0]
    (tmp_path / "go.js").write_text(through)
    probe = ("const { go } = require('./go.js');\nconst res = { redirect: (t) => t };\n"
             "console.log(JSON.stringify(['/a?b=1', '//evil.example', '/\\\\evil', 'https://evil.example', '/x\\n']"
             ".map((t) => go(res, t))));\n")
    out = subprocess.run(["node", "-e", probe], cwd=tmp_path, capture_output=True, text=True, check=True).stdout
    assert json.loads(out) == ["/a?b=1", "/home", "/home", "/home", "/home"]


JWT_DECODE = """\
const jwt = require('jsonwebtoken');

function secret() {
  return process.env.JWT_SECRET || '';
}

function issue(user) {
  return jwt.sign({ sub: user.id }, secret(), { algorithm: 'HS512', expiresIn: 900 });
}

function currentUser(token) {
  const claims = jwt.decode(token);
  return claims ? claims.sub : null;
}
module.exports = { issue, currentUser };
"""


def test_decoded_claims_become_verified_claims_with_the_signing_secret() -> None:
    new = _one(JWT_DECODE, "auth.js", "js-jwt-decode-as-verified", [347], "claims ?")
    assert "const claims = verifiedClaims(token);" in new
    assert "return jwt.verify(token, secret(), { algorithms: ['HS512'] });" in new


def test_decode_is_kept_when_the_file_does_not_say_how_it_signs() -> None:
    text = JWT_DECODE.replace("jwt.sign({ sub: user.id }, secret(), ", "signWith(user, ")
    assert _fixes(text, "auth.js", "js-jwt-decode-as-verified", [347], _line(text, "claims ?")) == []


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_verified_claims_refuse_a_forged_token(tmp_path: Path) -> None:
    (tmp_path / "auth.js").write_text(_one(JWT_DECODE, "auth.js", "js-jwt-decode-as-verified", [347], "claims ?"))
    stub = tmp_path / "node_modules" / "jsonwebtoken"
    stub.mkdir(parents=True)
    (stub / "index.js").write_text(  # the two calls the helper makes, with an HMAC like the real module's
        "const c = require('crypto');\nconst b = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');\n"
        "const mac = (s, k) => c.createHmac('sha512', k).update(s).digest('base64url');\n"
        "exports.sign = (p, k) => { const s = b({ alg: 'HS512' }) + '.' + b(p); return s + '.' + mac(s, k); };\n"
        "exports.verify = (t, k, o) => { const [h, p, sig] = t.split('.');\n"
        "  if (!o.algorithms.includes(JSON.parse(Buffer.from(h, 'base64url')).alg) || mac(h + '.' + p, k) !== sig)\n"
        "    throw new Error('invalid signature');\n  return JSON.parse(Buffer.from(p, 'base64url')); };\n")
    probe = ("const a = require('./auth.js');\nconst good = a.issue({ id: 7 });\n"
             "const [h, p] = good.split('.');\nconst forged = h + '.' + Buffer.from(JSON.stringify({ sub: 1 }))"
             ".toString('base64url') + '.x';\nconsole.log(JSON.stringify([a.currentUser(good), a.currentUser(forged), "
             "a.currentUser('garbage')]));\n")
    out = subprocess.run(["node", "-e", probe], cwd=tmp_path, capture_output=True, text=True, check=True,
                         env={**os.environ, "JWT_SECRET": "s3"}).stdout
    assert json.loads(out) == [7, None, None]


FILTER_FUNCTION = """\
export function compileFilter(expression) {
  return new Function('row', 'return (' + expression + ');');
}
"""


def test_function_built_from_a_returned_expression_becomes_a_compiled_expression() -> None:
    new = _one(FILTER_FUNCTION, "filter.mjs", "js-function-constructor", [94], "new Function")
    assert "return compileExpression(expression, ['row']);" in new
    spread = ("export function formula(text, names) {\n  const body = `\"use strict\"; return (${text});`;\n"
              "  return new Function(...names, body);\n}\n")
    assert "return compileExpression(text, names);" in _one(spread, "f.mjs", "js-function-constructor", [94],
                                                            "new Function")
    statements = "export const run = (code) => new Function('ctx', code + '; return ctx;');\n"
    assert _fixes(statements, "r.mjs", "js-function-constructor", [94], 1) == []


def test_a_sandboxed_expression_is_computed_over_the_sandbox_and_a_script_is_left() -> None:
    text = ("const vm = require('vm');\n\nfunction matches(rule, alert) {\n  const sandbox = { alert };\n"
            "  return Boolean(vm.runInNewContext(rule.when, sandbox, { timeout: 50 }));\n}\n")
    new = _one(text, "rules.js", "js-vm-run-code", [94], "runInNewContext")
    assert "return Boolean(compileExpression(rule.when, Object.keys(sandbox))(...Object.values(sandbox)));" in new
    script = ("const vm = require('vm');\n\nfunction run(code, input) {\n  const box = { input, result: null };\n"
              "  vm.runInNewContext(code, box);\n  return box.result;\n}\n")
    assert _fixes(script, "run.js", "js-vm-run-code", [94], _line(script, "runInNewContext")) == []


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_compiled_expressions_compute_what_the_function_did_and_run_no_code(tmp_path: Path) -> None:
    (tmp_path / "filter.mjs").write_text(_one(FILTER_FUNCTION, "filter.mjs", "js-function-constructor", [94],
                                              "new Function"))
    probe = r"""
import { compileFilter } from './filter.mjs';
const row = { name: 'Ana', age: 34, tags: ['a'], address: { city: 'Berlin' }, vip: false };
const same = ['row.age >= 18 && row.address.city === "Berlin"', "row['name'] != 'Bob' || row.vip", '!row.vip',
  '(-row.age) ** 2 > 0 ? "pos" : "neg"', 'row.age % 5 + 2 * 3 - 1 / 4', 'row.tags.length == 1', 'row.nope ?? 1',
  'row.nope.deeper'];
const out = {};
for (const text of same) {
  let want, got;
  try { want = new Function('row', 'return (' + text + ');')(row); } catch (e) { want = e.name; }
  try { got = compileFilter(text)(row); } catch (e) { got = e.name; }
  out[text] = [want, got];
}
const refused = ['row.constructor.constructor("return process")()', 'process.exit(1)', 'row.age = 1',
                 'row.__proto__', '1; 2'].map((t) => { try { return compileFilter(t)(row); } catch (e) { return e.name; } });
console.log(JSON.stringify({ out, refused }));
"""
    (tmp_path / "probe.mjs").write_text(probe)
    got = json.loads(subprocess.run(["node", "probe.mjs"], cwd=tmp_path, capture_output=True, text=True,
                                    check=True).stdout)
    for text, (want, mine) in got["out"].items():
        assert mine == want, text
    assert got["refused"] == ["SyntaxError", "SyntaxError", "SyntaxError", None, "SyntaxError"]


ACCOUNTS_METHOD = """\
const crypto = require('crypto');

class Accounts {
  constructor() {
    this.hashes = new Map();
  }

  hashPassword(password) {
    return crypto.createHash('sha1').update(password).digest('hex');
  }

  register(name, password) {
    this.hashes.set(name, this.hashPassword(password));
  }

  login(name, password) {
    return this.hashPassword(password) === this.hashes.get(name);
  }
}
module.exports = { Accounts };
"""


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_a_password_hash_method_becomes_salted_scrypt_and_its_check_a_verifier(tmp_path: Path) -> None:
    new = _one(ACCOUNTS_METHOD, "accounts.js", "js-password-fast-hash", [916], "createHash")
    assert "return hashPasswordMatches(password, this.hashes.get(name));" in new
    assert "crypto.scryptSync(password, salt, 32)" in new
    (tmp_path / "accounts.js").write_text(new)
    probe = ("const { Accounts } = require('./accounts.js');\nconst a = new Accounts();\na.register('ann', 'pw-1');\n"
             "a.register('bo', 'pw-1');\nconsole.log(JSON.stringify([a.login('ann', 'pw-1'), a.login('ann', 'pw-2'), "
             "a.hashes.get('ann') !== a.hashes.get('bo'), a.hashes.get('ann').startsWith('scrypt$')]));\n")
    out = subprocess.run(["node", "-e", probe], cwd=tmp_path, capture_output=True, text=True, check=True).stdout
    assert json.loads(out) == [True, False, True, True]


# ---- SSRF: a public-address check before the fetch, and redirects that cannot skip it

PREVIEW_AXIOS = """\
const axios = require('axios');

async function preview(req, res) {
  const target = String(req.query.url || '');
  try {
    const page = await axios.get(target, {
      timeout: 5000,
    });
    return res.json({ size: String(page.data).length });
  } catch (err) {
    return res.status(502).json({ error: 'could not fetch' });
  }
}
module.exports = { preview };
"""

UNFURL_FETCH = """\
export async function fetchTitle(url) {
  const response = await fetch(url, { headers: { accept: 'text/html' } });
  return (await response.text()).slice(0, 100);
}

export async function unfurl(req, res) {
  const title = await fetchTitle(req.query.url);
  res.json({ title });
}
"""


def test_ssrf_check_goes_before_the_fetch_and_axios_stops_following_redirects() -> None:
    new = _one(PREVIEW_AXIOS, "preview.js", "js-ssrf-request-url", [918], "axios.get")
    assert "  try {\n    await assertPublicUrl(target);\n    const page = await axios.get(target, {\n" in new
    assert "      maxRedirects: 0,\n      timeout: 5000,\n" in new
    assert "const net = require('net');" in new and "dns.promises.lookup(host, { all: true })" in new


def test_ssrf_through_a_helper_is_checked_where_the_url_is_handed_on_and_fetch_checks_each_hop() -> None:
    new = _one(UNFURL_FETCH, "unfurl.mjs", "js-ssrf-request-url", [918], "await fetchTitle")
    assert "  await assertPublicUrl(req.query.url);\n  const title = await fetchTitle(req.query.url);" in new
    assert "const response = await publicFetch(url, { headers: { accept: 'text/html' } });" in new
    assert "import net from 'net';" in new


def test_ssrf_in_a_function_that_is_not_async_is_declined() -> None:
    text = "function get(req) {\n  return fetch(req.query.url).then((r) => r.text());\n}\n"
    assert _fixes(text, "get.js", "js-ssrf-request-url", [918], 2) == []


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_ssrf_helpers_refuse_internal_addresses_and_redirects_to_them(tmp_path: Path) -> None:
    (tmp_path / "unfurl.mjs").write_text(_one(UNFURL_FETCH, "unfurl.mjs", "js-ssrf-request-url", [918],
                                              "await fetchTitle"))
    probe = """\
import { unfurl } from './unfurl.mjs';
const pages = { 'http://93.184.215.14/': [302, 'http://127.0.0.1:6379/'], 'http://93.184.215.15/': [200, 'ok'] };
const asked = [];
globalThis.fetch = async (url, init) => {
  asked.push(String(url));
  const [status, body] = pages[String(url)] || [404, ''];
  return { status, headers: { get: (h) => (h === 'location' && status === 302 ? body : null) },
           text: async () => body };
};
const out = [];
for (const url of ['http://93.184.215.15/', 'http://127.0.0.1/', 'http://[::ffff:7f00:1]/', 'http://169.254.169.254/',
                   'ftp://93.184.215.15/', 'http://93.184.215.14/']) {
  const res = { json: (v) => out.push(v.title) };
  try { await unfurl({ query: { url } }, res); } catch (e) { out.push('refused'); }
}
console.log(JSON.stringify({ out, asked }));
"""
    (tmp_path / "probe.mjs").write_text(probe)
    got = json.loads(subprocess.run(["node", "probe.mjs"], cwd=tmp_path, capture_output=True, text=True,
                                    check=True).stdout)
    assert got["out"] == ["ok", "refused", "refused", "refused", "refused", "refused"]
    assert got["asked"] == ["http://93.184.215.15/", "http://93.184.215.14/"]  # the redirect's target never asked


# ---- the gate: tree-sitter parses, TypeScript grammar for .ts


def _finding(path: str, line: int) -> Finding:
    return Finding(path=path, rule_id="js-sql-built-query", engine="semgrep", cwe=(89,), message="",
                   region=Region(line, 1, line, 10))


@pytest.mark.parametrize(("path", "new_line", "code"), [
    pytest.param("a.ts", "const n: number = f(;\n", "does-not-parse", id="ts-syntax-error"),
    pytest.param("a.ts", "const n: number = f(1);\n", "", id="ts-types-parse"),
    pytest.param("a.js", "const n: number = f(1);\n", "does-not-parse", id="types-are-not-javascript"),
    pytest.param("a.tsx", "const n = <b>{f(1)}</b>;\n", "", id="tsx"),
    pytest.param("a.js", "", "deletes-code", id="emptied-line"),
])
def test_gate_parses_javascript_with_the_file_grammar(path: str, new_line: str, code: str) -> None:
    text = "const f = (x) => x;\nconst n = f(0);\n"
    c = Candidate(0, "rule", "r", (Edit(2, 2, new_line),))
    got, _, _ = jsgate.check(c, _finding(path, 2), text, "")
    assert got == code


# ---- the whole stage: re-scan, levels, --fix


SERVICE = '''\
const { Pool } = require('pg');

const pool = new Pool();

async function profile(userId) {
  const { rows } = await pool.query(`SELECT name, email FROM profiles WHERE user_id = '${userId}'`);
  return rows[0];
}

module.exports = { profile, pool };
'''


def test_scan_offers_a_static_repair_that_only_fix_all_writes(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "svc.js").write_text(SERVICE)
    assert main(["scan", "--repo", str(tmp_path), "--format", "json", str(tmp_path / "svc.js")]) == 1
    (f,) = json.loads(capsys.readouterr().out)["findings"]
    repair = f["repair"]
    assert (repair["status"], repair["source"], repair["name"], repair["verification"]) == (
        "fixed", "codemod", "js-sql-parameterize", "static")
    assert repair["fixes_cwe"] == [89] and repair["introduces_cwe"] == []
    assert repair["probe"] is None
    assert "+  const { rows } = await pool.query(`SELECT name, email FROM profiles WHERE user_id = $1`, [userId]);" \
        in repair["patch"]
    main(["scan", "--repo", str(tmp_path), "--format", "json", "--fix", str(tmp_path / "svc.js")])
    capsys.readouterr()
    assert (tmp_path / "svc.js").read_text() == SERVICE  # static: --fix leaves it a suggestion
    main(["scan", "--repo", str(tmp_path), "--format", "json", "--fix-all", str(tmp_path / "svc.js")])
    assert json.loads(capsys.readouterr().out)["fixed_files"] == ["svc.js"]
    assert "WHERE user_id = $1`, [userId]);" in (tmp_path / "svc.js").read_text()
    assert main(["scan", "--repo", str(tmp_path), "--format", "json", "--no-repair", str(tmp_path / "svc.js")]) == 0


def test_a_rewrite_that_leaves_the_weakness_is_turned_down_by_the_rescan(tmp_path: Path) -> None:
    from aiharden.scan import scan_texts
    from aiharden.verify import verify

    findings = scan_texts({"svc.js": SERVICE}).findings
    (f,) = findings
    still = SERVICE.replace("'${userId}'", "${String(userId)}")
    line = f.region.start_line
    c = Candidate(0, "rule", "r", (Edit(line, line, still.splitlines(True)[line - 1]),))
    (v,) = verify(findings, {"svc.js": findings}, {"svc.js": SERVICE}, [c], bandit_skip=(), timeout=60)
    assert not v.accepted and v.code == "finding-remains"


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_project_tests_lift_a_javascript_repair_to_tests(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "node_modules" / "pg").mkdir(parents=True)
    (tmp_path / "node_modules" / "pg" / "index.js").write_text(
        "class Pool { async query(text, values) { Pool.calls.push([text, values]); return { rows: [{ name: 'a' }] }; } }\n"
        "Pool.calls = [];\nmodule.exports = { Pool };\n")
    (tmp_path / "svc.js").write_text(SERVICE)
    (tmp_path / "svc.test.js").write_text(
        "const test = require('node:test');\nconst assert = require('node:assert');\n"
        "const { profile } = require('./svc.js');\n"
        "test('profile', async () => { assert.deepStrictEqual(await profile('7'), { name: 'a' }); });\n")
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    main(["scan", "--repo", str(tmp_path), "--format", "json", "--fix", "--test-cmd", "node --test svc.test.js",
          str(tmp_path / "svc.js")])
    (f,) = json.loads(capsys.readouterr().out)["findings"]
    assert (f["repair"]["verification"], f["repair"]["tests_ok"]) == ("tests", True)
    assert "$1`, [userId]);" in (tmp_path / "svc.js").read_text()  # a tests-level repair: --fix writes it
