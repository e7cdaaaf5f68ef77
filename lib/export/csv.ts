/**
 * RFC 4180 CSV that spreadsheets open safely: every field quoted, quotes doubled, CRLF between rows, a
 * UTF-8 byte-order mark so that Excel reads accents, and text that a spreadsheet would run as a formula
 * (= + - @, tab, carriage return first) made inert with a leading apostrophe (OWASP "CSV injection").
 */
export type CsvCell = string | number | undefined;

function field(cell: CsvCell): string {
  if (cell === undefined) return '""';
  if (typeof cell === 'number') return Number.isFinite(cell) ? `"${cell}"` : '""';
  const inert = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return `"${inert.replaceAll('"', '""')}"`;
}

export function toCsv(rows: readonly CsvCell[][]): string {
  return '\uFEFF' + rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
