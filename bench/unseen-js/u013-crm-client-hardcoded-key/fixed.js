'use strict';
/**
 * Thin client for the PipelineCRM REST API, used by the signup flow to sync customers.
 */
const axios = require('axios');

const config = {
  baseURL: process.env.CRM_BASE_URL || 'https://api.pipelinecrm.example/v3',
  apiKey: process.env.CRM_API_KEY,
  timeoutMs: Number(process.env.CRM_TIMEOUT_MS) || 10000,
};

/**
 * @param {Partial<typeof config>} [overrides]
 */
function createCrmClient(overrides = {}) {
  const settings = { ...config, ...overrides };
  if (!settings.apiKey) {
    throw new Error('CRM_API_KEY is not set');
  }
  const http = axios.create({
    baseURL: settings.baseURL,
    timeout: settings.timeoutMs,
    headers: {
      Authorization: `Bearer ${settings.apiKey}`,
      Accept: 'application/json',
    },
  });

  return {
    /** @returns {Promise<object|null>} */
    async findContactByEmail(email) {
      const { data } = await http.get('/contacts', { params: { email: email.toLowerCase(), limit: 1 } });
      return (data.results && data.results[0]) || null;
    },

    async upsertContact({ email, firstName, lastName, plan }) {
      const existing = await this.findContactByEmail(email);
      const payload = { email: email.toLowerCase(), first_name: firstName, last_name: lastName, custom: { plan } };
      const { data } = existing
        ? await http.patch(`/contacts/${encodeURIComponent(existing.id)}`, payload)
        : await http.post('/contacts', payload);
      return data;
    },

    async createDeal({ contactId, title, amountCents }) {
      const { data } = await http.post('/deals', {
        contact_id: contactId,
        title,
        value: { amount: amountCents / 100, currency: 'USD' },
      });
      return data;
    },
  };
}

module.exports = { createCrmClient, config };
