import { t } from '../i18n';

/**
 * A quotation inside the page's words: “…”, « … » (with its spaces, plain or not), or "…". Single marks are left
 * alone: ’ is also the apostrophe (« n’a »).
 */
const quotation = /“([^“”]*)”|«[\s\u00a0\u202f]*([^«»]*?)[\s\u00a0\u202f]*»|"([^"]*)"/g;

/**
 * The page's words, ready to be quoted in one of our sentences: a quotation of their own takes the inner marks of
 * the tester's language (‘…’ in English, “…” in French), so that the sentence never nests the same marks
 * (“… “…” …” or « … « … » … »). Shown words only: the stored message keeps the page's marks.
 */
export function withInnerQuotes(words: string): string {
  return words.replace(quotation, (_whole, curly?: string, guillemets?: string, straight?: string) => t('quoteInner', curly ?? guillemets ?? straight ?? ''));
}
