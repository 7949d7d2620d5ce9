const express = require("express");
const mysql = require("mysql2/promise");
const { Pool } = require("pg");
const sqlite3 = require("sqlite3");
const knex = require("knex")({ client: "pg" });
const { PrismaClient } = require("@prisma/client");

const app = express();
const pool = new Pool();
const db = new sqlite3.Database("app.db");
const prisma = new PrismaClient();
const SORTABLE = ["name", "created_at"];
const USERS_TABLE = "users";

app.get("/users", async (req, res) => {
  const conn = await mysql.createConnection({ host: "localhost", user: "app", database: "app" });
  // ruleid: js-sql-built-query
  const [rows] = await conn.query(`SELECT * FROM users WHERE name = '${req.query.name}'`);
  res.json(rows);
});

app.get("/orders/:id", async (req, res) => {
  // ruleid: js-sql-built-query
  const result = await pool.query("SELECT * FROM orders WHERE id = " + req.params.id);
  res.json(result.rows);
});

function findProducts(term, cb) {
  const sql = "SELECT id, name FROM products WHERE name LIKE '%" + term + "%'";
  // ruleid: js-sql-built-query
  db.all(sql, cb);
}

async function search(filters) {
  let sql = "SELECT * FROM tickets";
  if (filters.status) {
    sql += ` WHERE status = '${filters.status}'`;
  }
  // ruleid: js-sql-built-query
  return pool.query(sql);
}

async function deleteNote(conn, noteId, owner) {
  // ruleid: js-sql-built-query
  await conn.execute({ sql: `DELETE FROM notes WHERE id = ${noteId} AND owner = '${owner}'` });
}

app.get("/users/safe", async (req, res) => {
  const conn = await mysql.createConnection({ host: "localhost", user: "app", database: "app" });
  // ok: js-sql-built-query
  const [rows] = await conn.execute("SELECT * FROM users WHERE name = ?", [req.query.name]);
  res.json(rows);
});

async function orderById(id) {
  // ok: js-sql-built-query
  return pool.query("SELECT * FROM orders WHERE id = $1", [id]);
}

async function byIds(ids) {
  const placeholders = ids.map(() => "?").join(", ");
  // ok: js-sql-built-query
  return db.all(`SELECT * FROM products WHERE id IN (${placeholders})`, ids);
}

async function page(limit) {
  // ok: js-sql-built-query
  return pool.query(`SELECT * FROM events ORDER BY created_at DESC LIMIT ${Number(limit)}`);
}

async function sorted(column, descending) {
  if (!SORTABLE.includes(column)) {
    throw new Error("bad sort column");
  }
  const direction = descending ? "DESC" : "ASC";
  // ok: js-sql-built-query
  return pool.query(`SELECT * FROM users ORDER BY ${column} ${direction}`);
}

async function countUsers() {
  // ok: js-sql-built-query
  return pool.query(`SELECT count(*) FROM ${USERS_TABLE}`);
}

function describeSource(sources, source, where) {
  // ok: js-sql-built-query
  return `config "${source}" loaded as "${where}", before as "${sources.get(source)}"`;
}

function cacheGet(cache, userId) {
  // ok: js-sql-built-query
  return cache.get(`user:${userId}`);
}

app.get("/search", async (req, res) => {
  // ruleid: js-sql-raw-built-query
  const rows = await knex("users").whereRaw(`lower(email) = '${req.query.email}'`);
  res.json(rows);
});

async function rawCount(table) {
  // ruleid: js-sql-raw-built-query
  return knex.raw("SELECT count(*) FROM " + table);
}

async function userByEmail(email) {
  // ruleid: js-sql-raw-built-query
  return prisma.$queryRawUnsafe(`SELECT * FROM "User" WHERE email = '${email}'`);
}

async function deactivate(id) {
  const statement = `UPDATE "User" SET active = false WHERE id = ${id}`;
  // ruleid: js-sql-raw-built-query
  return prisma.$executeRawUnsafe(statement);
}

async function safeSearch(email) {
  // ok: js-sql-raw-built-query
  return knex("users").whereRaw("lower(email) = ?", [email]);
}

async function safeUser(email) {
  // ok: js-sql-raw-built-query
  return prisma.$queryRawUnsafe('SELECT * FROM "User" WHERE email = $1', email);
}

async function taggedUser(email) {
  // ok: js-sql-raw-built-query
  return prisma.$queryRaw`SELECT * FROM "User" WHERE email = ${email}`;
}

function buildSearch(term, sort) {
  return `SELECT id, name FROM products WHERE name LIKE '%${term}%' ORDER BY ${sort}`;
}

function buildSearchSafe(sort) {
  const column = SORTABLE.includes(sort) ? sort : "name";
  return `SELECT id, name FROM products WHERE name LIKE $1 ORDER BY ${USERS_TABLE}.name`;
}

app.get("/products", async (req, res) => {
  // ruleid: js-sql-built-query
  const result = await pool.query(buildSearch(req.query.q, req.query.sort));
  // ok: js-sql-built-query
  const safe = await pool.query(buildSearchSafe(req.query.sort), [`%${req.query.q}%`]);
  res.json([result.rows, safe.rows]);
});

function queryAll(sql, params = []) {
  return new Promise((resolve, reject) => {
    db.all(sql, params, (err, rows) => (err ? reject(err) : resolve(rows)));
  });
}

async function listByCuisine(cuisine) {
  let sql = "SELECT id, title FROM recipes";
  if (cuisine) {
    sql += ` WHERE cuisine = '${cuisine}'`;
  }
  // ruleid: js-sql-built-query
  const rows = await queryAll(sql);
  let bound = "SELECT id, title FROM recipes";
  const params = [];
  if (cuisine) {
    bound += " WHERE cuisine = ?";
    params.push(cuisine);
  }
  // ok: js-sql-built-query
  const safe = await queryAll(bound, params);
  return [rows, safe];
}

const SORTABLE = { title: "title", time: "prep_minutes" };

async function sortedRecipes(sort, order) {
  const column = SORTABLE[sort] || "title";
  const direction = order === "desc" ? "DESC" : "ASC";
  // ok: js-sql-built-query
  const rows = await queryAll(`SELECT id FROM recipes ORDER BY ${column} ${direction}`);
  const picked = order || "title";
  // ruleid: js-sql-built-query
  const unsafe = await queryAll(`SELECT id FROM recipes ORDER BY ${picked}`);
  return [rows, unsafe];
}

module.exports = { app, listByCuisine, sortedRecipes, findProducts, search, deleteNote, orderById, byIds, page, sorted, countUsers, describeSource, cacheGet,
  rawCount, userByEmail, deactivate, safeSearch, safeUser, taggedUser };
