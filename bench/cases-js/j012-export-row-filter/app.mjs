/**
 * Row filtering for the CSV export service.
 *
 * Users type a filter expression in the export dialog, for example
 *   row.age >= 18 && row.country === "DE"
 * and only matching rows are exported.
 */

const compiled = new Map();

/**
 * Compiles a filter expression into a predicate (cached per expression).
 * @param {string} expression
 * @returns {(row: object) => boolean}
 */
export function compileFilter(expression) {
  let predicate = compiled.get(expression);
  if (!predicate) {
    predicate = new Function('row', 'return (' + expression + ');');
    compiled.set(expression, predicate);
  }
  return predicate;
}

/**
 * Returns the rows matching `expression` (all rows for an empty expression).
 * @param {object[]} rows
 * @param {string} [expression]
 */
export function filterRows(rows, expression) {
  if (!expression || !expression.trim()) {
    return rows.slice();
  }
  const predicate = compileFilter(expression.trim());
  return rows.filter((row) => Boolean(predicate(row)));
}

/**
 * Quotes a CSV field when needed.
 * @param {unknown} value
 */
function csvField(value) {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Builds a CSV document from the filtered rows.
 * @param {object[]} rows
 * @param {string[]} columns
 * @param {string} [expression]
 */
export function exportCsv(rows, columns, expression) {
  const lines = [columns.join(',')];
  for (const row of filterRows(rows, expression)) {
    lines.push(columns.map((col) => csvField(row[col])).join(','));
  }
  return lines.join('\n') + '\n';
}
