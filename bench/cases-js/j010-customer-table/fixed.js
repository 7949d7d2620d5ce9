'use strict';
/**
 * Back-office customer list: GET /admin/customers?city=Berlin renders an HTML table.
 */
const express = require('../stubs/express');

/** In-memory customer store (replaced by the database layer in production). */
class CustomerStore {
  constructor() {
    this.customers = [];
  }

  /** @param {{name: string, email: string, city: string}} customer */
  add(customer) {
    const record = { id: this.customers.length + 1, ...customer };
    this.customers.push(record);
    return record;
  }

  /** @param {{city?: string}} [filter] */
  list(filter = {}) {
    return this.customers.filter((c) => !filter.city || c.city.toLowerCase() === filter.city.toLowerCase());
  }
}

const store = new CustomerStore();

const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes a value for HTML element content.
 * @param {unknown} value
 */
function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}

/**
 * Renders rows as an HTML table; every cell is HTML-escaped.
 * @param {Array<{key: string, label: string}>} columns
 * @param {object[]} rows
 * @returns {string}
 */
function renderTable(columns, rows) {
  const head = columns.map((col) => `<th>${escapeHtml(col.label)}</th>`).join('');
  const body = rows
    .map((row) => `<tr>${columns.map((col) => `<td>${escapeHtml(row[col.key] ?? '')}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table class="table">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

const COLUMNS = [
  { key: 'id', label: '#' },
  { key: 'name', label: 'Name' },
  { key: 'email', label: 'E-mail' },
  { key: 'city', label: 'City' },
];

/**
 * Express handler for the customer list page.
 * @param {import('express').Request} req
 * @param {import('express').Response} res
 */
function customersPage(req, res) {
  const city = typeof req.query.city === 'string' ? req.query.city : undefined;
  const rows = store.list({ city });
  const html = `<h1>Customers</h1>\n${renderTable(COLUMNS, rows)}\n<p>${rows.length} customer(s)</p>`;
  res.type('html').send(html);
}

const app = express();
app.get('/admin/customers', customersPage);

module.exports = { app, store, CustomerStore, renderTable, customersPage };
