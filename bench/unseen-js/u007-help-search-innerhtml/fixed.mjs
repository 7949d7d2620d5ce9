// Help-center search widget (browser ES module).
// Reads ?q= from the page URL, filters the article index and renders a summary line
// plus the list of matching articles.

/** @typedef {{ slug: string, title: string, section: string }} Article */

/**
 * @param {string} search e.g. window.location.search
 * @returns {string}
 */
export function readQuery(search) {
  const params = new URLSearchParams(search);
  return (params.get('q') || '').trim();
}

/**
 * @param {Article[]} articles
 * @param {string} query
 */
export function findArticles(articles, query) {
  const needle = query.toLowerCase();
  return articles.filter((a) => a.title.toLowerCase().includes(needle) || a.section.toLowerCase() === needle);
}

/** Summary line above the results, e.g. "2 articles for <strong>billing</strong>". */
export function renderSummary(el, query, count) {
  if (!query) {
    el.innerHTML = '<p class="hint">Type a question to search the help center.</p>';
    return;
  }
  const noun = count === 1 ? 'article' : 'articles';
  const doc = el.ownerDocument || globalThis.document;
  const strong = doc.createElement('strong');
  strong.textContent = query;
  const line = doc.createElement('p');
  line.className = 'summary';
  line.append(`${count} ${noun} for `, strong);
  el.replaceChildren(line);
}

/** @param {Document} doc @param {HTMLElement} listEl @param {Article[]} results */
export function renderResults(doc, listEl, results) {
  listEl.replaceChildren();
  for (const article of results) {
    const link = doc.createElement('a');
    link.setAttribute('href', `/help/${encodeURIComponent(article.slug)}`);
    link.textContent = article.title;
    const item = doc.createElement('li');
    item.appendChild(link);
    listEl.appendChild(item);
  }
}

/**
 * Wire the widget to the page.
 * @param {{ doc: Document, location: Location, summaryEl: HTMLElement, listEl: HTMLElement, articles: Article[] }} opts
 */
export function mountHelpSearch({ doc, location, summaryEl, listEl, articles }) {
  const query = readQuery(location.search);
  const results = query ? findArticles(articles, query) : [];
  renderSummary(summaryEl, query, results.length);
  renderResults(doc, listEl, results);
  return { query, count: results.length };
}
