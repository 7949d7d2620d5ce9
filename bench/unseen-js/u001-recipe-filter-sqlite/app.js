'use strict';
/**
 * Recipe catalogue API: GET /recipes?cuisine=thai&sort=time&order=desc
 */
const express = require('express');
const sqlite3 = require('sqlite3').verbose();

const db = new sqlite3.Database(process.env.RECIPES_DB || ':memory:');

// Sortable columns exposed to the client, mapped to real column names.
const SORTABLE = { title: 'title', time: 'prep_minutes', rating: 'avg_rating' };

function queryAll(sql, params = []) {
  return new Promise((resolve, reject) => {
    db.all(sql, params, (err, rows) => (err ? reject(err) : resolve(rows)));
  });
}

function toDto(row) {
  return {
    id: row.id,
    title: row.title,
    cuisine: row.cuisine,
    prepMinutes: row.prep_minutes,
    rating: row.avg_rating,
  };
}

async function listRecipes(req, res) {
  const { cuisine, sort = 'title', order = 'asc' } = req.query;
  const column = SORTABLE[sort] || 'title';
  const direction = String(order).toLowerCase() === 'desc' ? 'DESC' : 'ASC';

  let sql = 'SELECT id, title, cuisine, prep_minutes, avg_rating FROM recipes';
  if (cuisine) {
    sql += ` WHERE cuisine = '${cuisine}'`;
  }
  sql += ` ORDER BY ${column} ${direction} LIMIT 50`;

  try {
    const rows = await queryAll(sql);
    res.json({ count: rows.length, recipes: rows.map(toDto) });
  } catch (err) {
    console.error('listRecipes failed:', err.message);
    res.status(500).json({ error: 'Could not load recipes' });
  }
}

const router = express.Router();
router.get('/recipes', listRecipes);

module.exports = { router, listRecipes, db };
