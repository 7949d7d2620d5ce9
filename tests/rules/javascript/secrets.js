const express = require("express");
const jwt = require("jsonwebtoken");
const mysql = require("mysql2");
const { Sequelize } = require("sequelize");
const OpenAI = require("openai");
const nodemailer = require("nodemailer");
const mongoose = require("mongoose");

const app = express();

const pool = mysql.createPool({
  host: "db.internal",
  user: "app",
  // ruleid: js-hardcoded-credential
  password: "Sup3rS3cret!",
  database: "shop",
});

// ruleid: js-hardcoded-credential
const openai = new OpenAI({ apiKey: "sk-proj-a8F3kLm29QxP0vZr71TyUwE4bN6cD5hG" });

// ruleid: js-hardcoded-credential
const sequelize = new Sequelize("shop", "app", "hunter2hunter2", { host: "localhost", dialect: "postgres" });

const mailer = nodemailer.createTransport({
  host: "smtp.example.com",
  // ruleid: js-hardcoded-credential
  auth: { user: "noreply@example.com", pass: "mail-pass-2024" },
});

// ruleid: js-hardcoded-credential
const SESSION_SECRET = process.env.SESSION_SECRET || "keyboard cat";

function connectDb() {
  // ruleid: js-hardcoded-credential
  return mongoose.connect("mongodb://admin:Pa55w0rd@localhost:27017/app");
}

const safePool = mysql.createPool({
  host: process.env.DB_HOST,
  user: process.env.DB_USER,
  // ok: js-hardcoded-credential
  password: process.env.DB_PASSWORD,
  database: "shop",
});

// ok: js-hardcoded-credential
const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

const loginForm = {
  // ok: js-hardcoded-credential
  password: "",
  // ok: js-hardcoded-credential
  token: "<token>",
};

// ok: js-hardcoded-credential
const tokenType = "Bearer";

function dbUrl() {
  // ok: js-hardcoded-credential
  return `postgres://${process.env.DB_USER}:${process.env.DB_PASSWORD}@db:5432/app`;
}

app.post("/login", (req, res) => {
  const user = authenticate(req.body.email, req.body.password);
  // ruleid: js-jwt-hardcoded-secret
  const token = jwt.sign({ sub: user.id, role: user.role }, "my-super-secret-key", { expiresIn: "1h" });
  res.json({ token });
});

function requireAuth(req, res, next) {
  try {
    // ruleid: js-jwt-hardcoded-secret
    req.user = jwt.verify(req.headers.authorization.slice(7), process.env.JWT_SECRET || "dev-secret");
    next();
  } catch {
    res.sendStatus(401);
  }
}

const JWT_SECRET = process.env.JWT_SECRET;
if (!JWT_SECRET) {
  throw new Error("JWT_SECRET is not set");
}

function issue(user) {
  // ok: js-jwt-hardcoded-secret
  return jwt.sign({ sub: user.id }, JWT_SECRET, { expiresIn: "15m", algorithm: "HS256" });
}

// ruleid: js-hardcoded-credential
const SIGNING_KEY = "0f9c2b7e4d1a8c3f";

function legacyIssue(user) {
  // ok: js-jwt-hardcoded-secret
  return jwt.sign({ sub: user.id }, SIGNING_KEY);
}

function check(token) {
  // ok: js-jwt-hardcoded-secret
  return jwt.verify(token, process.env.JWT_PUBLIC_KEY, { algorithms: ["RS256"] });
}

module.exports = { app, pool, openai, sequelize, mailer, SESSION_SECRET, connectDb, safePool, client, loginForm,
  tokenType, dbUrl, requireAuth, issue, legacyIssue, check };
