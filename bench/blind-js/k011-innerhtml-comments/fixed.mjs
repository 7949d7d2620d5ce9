/**
 * Comment widget for the article page.
 * @typedef {{ id: number, author: string, body: string, createdAt: string }} Comment
 */

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape user text for element content and quoted attributes. */
function escapeHtml(value) {
  return String(value ?? '').replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
}

/** Short, locale-independent date for the comment header. */
export function formatDate(iso) {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10);
}

/**
 * Markup for one comment; every user-supplied value is escaped.
 * @param {Comment} comment
 * @returns {string}
 */
function commentHtml(comment) {
  const when = formatDate(comment.createdAt);
  return `
    <article class="comment" data-id="${escapeHtml(comment.id)}">
      <header><strong class="author">${escapeHtml(comment.author)}</strong> <time>${when}</time></header>
      <p class="body">${escapeHtml(comment.body)}</p>
    </article>`;
}

/**
 * Replace the container's content with the given comments.
 * @param {HTMLElement} container
 * @param {Comment[]} comments
 * @param {{ emptyText?: string }} [options]
 * @returns {number} how many comments were rendered
 */
export function renderComments(container, comments, { emptyText = 'No comments yet.' } = {}) {
  if (!comments || comments.length === 0) {
    container.innerHTML = `<p class="empty">${escapeHtml(emptyText)}</p>`;
    return 0;
  }
  const html = comments.map(commentHtml).join('');
  container.innerHTML = html;
  return comments.length;
}

/**
 * Append a freshly posted comment without re-rendering the list.
 * @param {HTMLElement} container
 * @param {Comment} comment
 */
export function appendComment(container, comment) {
  container.insertAdjacentHTML('beforeend', commentHtml(comment));
}
