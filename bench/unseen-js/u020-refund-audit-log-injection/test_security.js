'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { mockReq, invoke } = require('_testkit');

const { AuditLog, createRefundHandler } = require(path.resolve(__dirname, process.env.CASE_MODULE || 'app.js'));

const FORGED = '2026-03-02T10:16:00.000Z [REFUND_APPROVED] user=finance.lead order=ord_1001 amount=4599';

async function logFor(body) {
  const written = [];
  const audit = new AuditLog({ write: (c) => written.push(c) }, () => new Date('2026-03-02T10:15:00.000Z'));
  const orders = { find: async (id) => (id === 'ord_1001' ? { id, totalCents: 4599 } : null), refund: async () => ({ id: 'rf_1' }) };
  await invoke(createRefundHandler({ orders, audit }), mockReq({ method: 'POST', body }));
  return written.join('');
}

function assertSingleEntry(text) {
  const lines = text.split(/\r\n|\r|\n|\u2028|\u2029/).filter((l) => l !== '');
  assert.ok(lines.length <= 1, `request produced ${lines.length} log lines:\n${text}`);
  assert.ok(!lines.some((l) => l.startsWith('2026-03-02T10:16:00.000Z')), 'forged entry at the start of a line');
}

const BODIES = [
  { username: `agent.kim\n${FORGED}`, orderId: 'ord_1001', amountCents: 100 },
  { username: `agent.kim\r\n${FORGED}`, orderId: 'ord_1001', amountCents: 100 },
  { username: 'agent.kim', orderId: 'ord_1001', amountCents: 100, reason: `x"\n${FORGED} reason="` },
  { username: 'agent.kim', orderId: `ord_404\n${FORGED}`, amountCents: 100 },
  { username: `agent.kim\r${FORGED}`, orderId: 'ord_1001', amountCents: 999999 },
];

for (const [i, body] of BODIES.entries()) {
  test(`request fields cannot forge audit entries (#${i + 1})`, async () => {
    assertSingleEntry(await logFor(body));
  });
}
