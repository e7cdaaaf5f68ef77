/**
 * Text from pages and testers as Markdown text: characters Markdown or HTML would read as syntax are
 * escaped, and line breaks kept inside their paragraph, so a page title cannot add a link, an image or markup
 * (nor a heading: a line of = or - under text is a setext heading).
 */
export function markdownText(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-=.!|<>~&]/g, (char) => `\\${char}`).replace(/\r?\n/g, '  \n');
}
