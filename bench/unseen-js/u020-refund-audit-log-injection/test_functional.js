'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { mockReq, invoke } = require('_testkit');

const { AuditLog, createRefundHandler } = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

const ORDERS = { ord_1001: { id: 'ord_1001', totalCents: 4599 } };

function setup() {
  const written = [];
  const refunds = [];
  const audit = new AuditLog({ write: (chunk) => written.push(chunk) }, () => new Date('2026-03-02T10:15:00.000Z'));
  const orders = {
    find: async (id) => ORDERS[id] || null,
    refund: async (id, cents) => { refunds.push([id, cents]); return { id: `rf_${refunds.length}` }; },
  };
  return { written, refunds, handler: createRefundHandler({ orders, audit }) };
}

test('accepted refund is recorded on one audit line', async () => {
  const { written, refunds, handler } = setup();
  const { res } = await invoke(handler, mockReq({ method: 'POST', body: { username: 'agent.kim', orderId: 'ord_1001', amountCents: 1500, reason: 'box arrived damaged' } }));
  assert.equal(res.statusCode, 202);
  assert.deepEqual(res.jsonBody, { refundId: 'rf_1', status: 'pending' });
  assert.deepEqual(refunds, [['ord_1001', 1500]]);
  assert.deepEqual(written, ['2026-03-02T10:15:00.000Z [REFUND_REQUESTED] user=agent.kim order=ord_1001 amount=1500 reason="box arrived damaged"\n']);
});

test('names with spaces and accents are logged as typed; reason defaults to empty', async () => {
  const { written, handler } = setup();
  await invoke(handler, mockReq({ body: { username: 'José Müller', orderId: 'ord_1001', amountCents: '4599' } }));
  assert.equal(written[0], '2026-03-02T10:15:00.000Z [REFUND_REQUESTED] user=José Müller order=ord_1001 amount=4599 reason=""\n');
});

test('unknown order is denied and logged', async () => {
  const { written, refunds, handler } = setup();
  const { res } = await invoke(handler, mockReq({ body: { username: 'agent.kim', orderId: 'ord_9', amountCents: 100 } }));
  assert.equal(res.statusCode, 404);
  assert.deepEqual(refunds, []);
  assert.deepEqual(written, ['2026-03-02T10:15:00.000Z [REFUND_DENIED] user=agent.kim order=ord_9 cause="unknown order"\n']);
});

test('refund above the order total is denied and logged', async () => {
  const { written, handler } = setup();
  const { res } = await invoke(handler, mockReq({ body: { username: 'agent.kim', orderId: 'ord_1001', amountCents: 5000 } }));
  assert.equal(res.statusCode, 422);
  assert.deepEqual(written, ['2026-03-02T10:15:00.000Z [REFUND_DENIED] user=agent.kim order=ord_1001 amount=5000 cause="exceeds order total"\n']);
});

test('invalid requests are rejected without a log line', async () => {
  const { written, handler } = setup();
  for (const body of [{}, { username: 'a', orderId: 'ord_1001' }, { username: 'a', orderId: 'ord_1001', amountCents: -5 }, { username: 'a', orderId: 'ord_1001', amountCents: 1.5 }, undefined]) {
    const { res } = await invoke(handler, mockReq({ body }));
    assert.equal(res.statusCode, 400);
  }
  assert.deepEqual(written, []);
});

test('order store failures go to next()', async () => {
  const audit = new AuditLog({ write() {} });
  const handler = createRefundHandler({ audit, orders: { find: async () => { throw new Error('db down'); } } });
  const r = await invoke(handler, mockReq({ body: { username: 'a', orderId: 'o', amountCents: 1 } }));
  assert.equal(r.nextCalled, true);
});

test('AuditLog defaults to the real clock', () => {
  const out = [];
  new AuditLog({ write: (c) => out.push(c) }).record('TEST', 'x=1');
  assert.match(out[0], /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z \[TEST\] x=1\n$/);
});
