'use strict';
const { test, beforeEach, before } = require('node:test');
const assert = require('node:assert/strict');
const pg = require('pg');
const { loadModule } = require('_testkit');

let mod;
before(async () => { mod = await loadModule(__dirname, 'app.mjs'); });

const ROWS = [
  { id: '7', customer_id: 'cus_100', status: 'open', total_cents: '12500', due_date: '2026-02-01' },
  { id: '5', customer_id: 'cus_100', status: 'paid', total_cents: '9900', due_date: '2026-01-01' },
  { id: '9', customer_id: 'cus_200', status: 'open', total_cents: '400', due_date: '2026-03-01' },
];

// Read a value the statement filters on, whether bound ($n) or written as a literal.
function filterValue(text, values, column) {
  const m = new RegExp(`${column}\\s*=\\s*(?:'([^']*)'|\\$(\\d+))`, 'i').exec(text);
  if (!m) return undefined;
  return m[1] !== undefined ? m[1] : values[Number(m[2]) - 1];
}

beforeEach(() => {
  pg.__reset();
  pg.__setHandler((text, values) => {
    if (/SUM\(total_cents\)/i.test(text)) {
      const due = ROWS.filter((r) => r.customer_id === values[0] && r.status === 'open')
        .reduce((n, r) => n + Number(r.total_cents), 0);
      return [{ due: String(due) }];
    }
    const customer = filterValue(text, values, 'customer_id');
    const status = filterValue(text, values, 'status');
    return ROWS.filter((r) => r.customer_id === customer && (status === undefined || r.status === status));
  });
});

const repo = () => new mod.InvoiceRepository(new pg.Pool({}));

test('findByCustomer maps rows to invoices', async () => {
  const invoices = await repo().findByCustomer('cus_100');
  assert.deepEqual(invoices, [
    { id: 7, customerId: 'cus_100', status: 'open', totalCents: 12500, dueDate: '2026-02-01' },
    { id: 5, customerId: 'cus_100', status: 'paid', totalCents: 9900, dueDate: '2026-01-01' },
  ]);
  assert.equal(pg.__calls.length, 1);
  assert.match(pg.__calls[0].text, /FROM invoices/);
  assert.match(pg.__calls[0].text, /ORDER BY due_date DESC/);
});

test('status narrows the result', async () => {
  const paid = await repo().findByCustomer('cus_100', 'paid');
  assert.deepEqual(paid.map((i) => i.id), [5]);
  const open = await repo().findByCustomer('cus_200', 'open');
  assert.deepEqual(open.map((i) => i.totalCents), [400]);
});

test('unknown customer gives an empty list', async () => {
  assert.deepEqual(await repo().findByCustomer('cus_nobody'), []);
});

test('unknown status is rejected before querying', async () => {
  await assert.rejects(repo().findByCustomer('cus_100', 'overdue'), RangeError);
  assert.equal(pg.__calls.length, 0);
});

test('outstandingCents sums open invoices', async () => {
  assert.equal(await repo().outstandingCents('cus_100'), 12500);
  assert.equal(await repo().outstandingCents('cus_nobody'), 0);
});

test('toInvoice and factory', () => {
  assert.equal(mod.InvoiceRepository.toInvoice({ id: '1', total_cents: '5' }).totalCents, 5);
  const r = mod.createInvoiceRepository({ connectionString: 'postgres://x/y' });
  assert.ok(r instanceof mod.InvoiceRepository);
  assert.equal(r.pool.config.connectionString, 'postgres://x/y');
});
