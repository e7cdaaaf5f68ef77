/** Text for HTML: the five characters that could open markup or end an attribute, escaped. */
export function escapeHtml(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
