/**
 * Values that look like secrets whatever their name (issue 13): JSON Web Tokens, card numbers and long
 * random tokens. Found in address parameters and path segments, and in free text that shows an address
 * (a page title, a problem message). Tuned so that ordinary values stay: slugs, UUID-style ids, years,
 * timestamps, prices, phone numbers, short codes.
 */

/** header.payload[.signature], base64url, the header starting `{"` (eyJ). */
const JWT = /eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}(?:\.[A-Za-z0-9_-]*)?/g;

/** 13–19 digits, in groups separated by a space, a `+` (a GET form's space) or a dash. */
const CARD_CANDIDATE = /(?<![0-9])[0-9](?:[ +-]?[0-9]){12,18}(?![0-9])/g;

/** Runs of the characters tokens are written with (base64, base64url, hex). */
const TOKEN_RUN = /[A-Za-z0-9_\-.~+/=]{20,}/g;

/** The mod-10 check every payment card number passes (ISO/IEC 7812). */
function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

/**
 * A payment card number: 13–19 digits that pass Luhn and start as cards do (2–6: Mastercard, Visa, Amex,
 * Discover, JCB, UnionPay…). The first digit keeps epoch-millisecond timestamps (1…) and long zero-padded
 * ids out, which pass Luhn one time in ten.
 */
function isCardNumber(candidate: string): boolean {
  const digits = candidate.replace(/[^0-9]/g, '');
  return digits.length >= 13 && digits.length <= 19 && /^[2-6]/.test(digits) && passesLuhn(digits);
}

/** Which kind of character: upper, lower, digit, other. A random token changes kind often; words do not. */
function kindOf(char: string): number {
  if (char >= 'A' && char <= 'Z') return 0;
  if (char >= 'a' && char <= 'z') return 1;
  if (char >= '0' && char <= '9') return 2;
  return 3;
}

/**
 * A long random token: a run of at least 16 letters and digits with no separator, mixing both, that
 * changes between upper case, lower case and digits at least 5 times. API keys, reset tokens, session ids
 * and hex digests pass; slugs ("trailhead-2-person-tent"), UUIDs (runs of 12 at most), "summersale2026"
 * and long numbers do not.
 */
function isRandomToken(run: string): boolean {
  for (const part of run.split(/[_\-.~+/=]+/)) {
    if (part.length < 16 || !/[0-9]/.test(part) || !/[A-Za-z]/.test(part)) continue;
    let changes = 0;
    for (let index = 1; index < part.length; index++) if (kindOf(part[index]) !== kindOf(part[index - 1])) changes++;
    if (changes >= 5) return true;
  }
  return false;
}

/** True when the value holds a secret-shaped part anywhere in it. */
export function holdsSecretShape(value: string): boolean {
  return redactSecretShapes(value, '') !== value;
}

/** The text with every secret-shaped part replaced by the marker. */
export function redactSecretShapes(text: string, marker: string): string {
  return text
    .replace(JWT, marker)
    .replace(CARD_CANDIDATE, (candidate) => (isCardNumber(candidate) ? marker : candidate))
    .replace(TOKEN_RUN, (run) => (isRandomToken(run) ? marker : run));
}

/** An opaque id (a UUID, a long hex or base64 id): secret when the path says what it opens (`/reset/<id>`). */
export function isOpaqueId(segment: string): boolean {
  return segment.length >= 16 && /^[A-Za-z0-9_-]+$/.test(segment) && /[0-9]/.test(segment) && /[A-Za-z]/.test(segment);
}
