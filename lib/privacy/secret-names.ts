/**
 * Address parameters whose names say they carry a secret: their value is redacted whatever it looks like
 * (issue 13; the README's Privacy section shows examples). This is the one list: add a name here, with a
 * test in tests/unit/privacy-address.test.ts, and every address Trailnote keeps or shares follows.
 *
 * A name is read the way a person would: percent-decoded (`%70assword`), lowercase, its parts split on
 * punctuation, brackets and camelCase (`user[newPassword]` → "user new password").
 */

/** Parts that name a secret wherever they stand in a name: `access_token`, `X-Amz-Signature`, `newPassword`. */
const SECRET_PARTS = new Set([
  // passwords and passphrases (French too: mot de passe, mdp)
  'password',
  'passwd',
  'passphrase',
  'pass',
  'pwd',
  'pw',
  'mdp',
  'motdepasse',
  // tokens, keys and signatures (OAuth, API keys, signed links)
  'token',
  'secret',
  'key',
  'apikey',
  'signature',
  'sig',
  'hmac',
  'credential',
  'credentials',
  'auth',
  'authorization',
  // sessions
  'session',
  'sessionid',
  'sid',
  'sessid',
  'jsessionid',
  'phpsessid',
  'jwt',
  // one-time codes and PINs
  'otp',
  'totp',
  'pin',
  'passcode',
  // cards, banks and identity numbers
  'card',
  'cardnumber',
  'cc',
  'ccnum',
  'cvc',
  'cvv',
  'csc',
  'cvn',
  'iban',
  'ssn',
]);

/**
 * Run-together names that hold a secret part without a separator (`accesstoken`, `apiKey` is split by its
 * case already). Checked as substrings of the name without separators.
 */
const SECRET_INFIXES = ['password', 'passwd', 'token', 'secret', 'apikey', 'signature', 'sessionid', 'credential', 'cardnumber'];

/** Last parts that describe a secret rather than hold it. Its value is still checked for a secret's shape. */
const DESCRIBING_PARTS = new Set(['type', 'method', 'format']);

/** Cloud storage signed links (`X-Amz-Signature`, `X-Goog-Credential`…): the whole family is redacted. */
const SIGNED_LINK_FAMILIES = [
  ['x', 'amz'],
  ['x', 'goog'],
];

/** The parts of a parameter name, lowercase: "X-Amz-Signature" → ["x", "amz", "signature"]. */
export function nameParts(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export interface NameContext {
  /**
   * The address is an authorisation callback (its path says callback, oauth, auth…, or a `state` travels
   * beside the `code`): there `code` is the one-time grant a thief could exchange for the account.
   */
  authCallback: boolean;
}

/** True when a parameter's name (already decoded) says its value is a secret. */
export function namesSecretParameter(name: string, { authCallback }: NameContext): boolean {
  const parts = nameParts(name);
  if (SIGNED_LINK_FAMILIES.some(([first, second]) => parts[0] === first && parts[1] === second)) return true;
  // `token_type=bearer`, `card_type=visa`: these say what kind of secret it is, not the secret.
  if (DESCRIBING_PARTS.has(parts.at(-1) ?? '')) return false;
  if (parts.some((part) => SECRET_PARTS.has(part))) return true;
  if (authCallback && parts.includes('code')) return true;
  const joined = parts.join('');
  return SECRET_INFIXES.some((infix) => joined.includes(infix));
}

/** Path words after which the next segment is a secret if it is an opaque id: `/reset/<token>`, `/magic-link/<id>`. */
const SECRET_PATH_WORDS = new Set([
  'reset',
  'password',
  'token',
  'tokens',
  'verify',
  'verification',
  'confirm',
  'confirmation',
  'activate',
  'activation',
  'magic',
  'invite',
  'invitation',
  'session',
  'sessions',
  'key',
  'keys',
  'otp',
  'login',
  'signin',
  'auth',
]);

/** True when a path segment ("reset-password", "magic_link") announces that the next one is a secret. */
export function announcesSecretSegment(segment: string): boolean {
  return nameParts(segment).some((part) => SECRET_PATH_WORDS.has(part));
}

/** Path words of an authorisation callback: `/auth/callback`, `/oauth2/redirect`, `/login/sso`. */
const CALLBACK_WORDS = new Set(['callback', 'oauth', 'oauth2', 'authorize', 'authorization', 'auth', 'signin', 'login', 'sso', 'openid', 'oidc', 'redirect']);

export function looksLikeCallbackPath(path: string): boolean {
  return nameParts(path).some((part) => CALLBACK_WORDS.has(part));
}
