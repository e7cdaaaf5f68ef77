/** Text for HTML: the five characters that could open markup or end an attribute, escaped. */
export function escapeHtml(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Nothing loads and nothing runs: pictures are data: URLs, styles are inline, and there is no script at all. */
export const OFFLINE_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

export interface OfflinePage {
  lang: string;
  title: string;
  css: string;
  /** Markup, its page- and tester-supplied text already escaped. */
  body: string;
}

/** A whole HTML file that opens offline in any browser and can be mailed as it is: no request, no referrer, no script. */
export function offlinePage({ lang, title, css, body }: OfflinePage): string {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${OFFLINE_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${css}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
