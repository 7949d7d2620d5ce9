/**
 * Order lookup endpoint for the customer portal (PostgreSQL via node-postgres).
 *
 * GET /api/orders/:id  ->  the order with its line items.
 */
import pg from '../stubs/pg.js';

const { Pool } = pg;

export const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

/**
 * Loads an order and its items in one connection.
 * @param {string|number} orderId
 * @returns {Promise<object|null>}
 */
export async function getOrderWithItems(orderId) {
  const client = await pool.connect();
  try {
    const orderResult = await client.query(
      'SELECT id, customer_id, status, total_cents FROM orders WHERE id = $1',
      [orderId],
    );
    if (orderResult.rowCount === 0) {
      return null;
    }
    const order = orderResult.rows[0];
    const itemsResult = await client.query(
      'SELECT sku, quantity, price_cents FROM order_items WHERE order_id = $1 ORDER BY sku',
      [order.id],
    );
    return { ...order, items: itemsResult.rows };
  } finally {
    client.release();
  }
}

/**
 * Express handler: responds with the order as JSON, 404 when it does not exist.
 * @param {import('express').Request} req
 * @param {import('express').Response} res
 */
export async function getOrderHandler(req, res) {
  const { id } = req.params;
  if (!/^\d+$/.test(String(id))) {
    return res.status(400).json({ error: 'Invalid order id' });
  }
  try {
    const order = await getOrderWithItems(id);
    if (!order) {
      return res.status(404).json({ error: 'Order not found' });
    }
    return res.json(order);
  } catch (err) {
    console.error('order lookup failed', err.message);
    return res.status(500).json({ error: 'Internal server error' });
  }
}
