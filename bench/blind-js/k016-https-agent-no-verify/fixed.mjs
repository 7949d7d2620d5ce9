import axios from 'axios';
import fs from 'node:fs';
import https from 'node:https';

/**
 * Thin client for the internal billing API.
 */
export class BillingClient {
  /**
   * @param {{ baseURL?: string, apiKey?: string, timeoutMs?: number, caFile?: string }} [options]
   */
  constructor({ baseURL = process.env.BILLING_API_URL ?? 'https://billing.internal.example', apiKey = process.env.BILLING_API_KEY, timeoutMs = 10_000, caFile = process.env.BILLING_CA_FILE } = {}) {
    // Certificates are always verified; a private CA (e.g. staging) is trusted via caFile.
    const agentOptions = { keepAlive: true };
    if (caFile) agentOptions.ca = fs.readFileSync(caFile);
    const httpsAgent = new https.Agent(agentOptions);
    this.http = axios.create({
      baseURL,
      timeout: timeoutMs,
      httpsAgent,
      headers: { Authorization: `Bearer ${apiKey}`, Accept: 'application/json' },
    });
  }

  /**
   * Fetch one invoice.
   * @param {string} invoiceId
   */
  async getInvoice(invoiceId) {
    const { data } = await this.http.get(`/v1/invoices/${encodeURIComponent(invoiceId)}`);
    return { id: data.id, amountDue: data.amount_due / 100, currency: data.currency, status: data.status };
  }

  /**
   * Record a payment against an invoice.
   * @param {string} invoiceId
   * @param {number} amount in major units
   */
  async recordPayment(invoiceId, amount) {
    const payload = { amount: Math.round(amount * 100) };
    const { data } = await this.http.post(`/v1/invoices/${encodeURIComponent(invoiceId)}/payments`, payload);
    return data;
  }
}
