import { maskTypedText } from './field-rules';
import { fieldClassNamed, type AddressRules } from './address-rules';
import { announcesSecretSegment, looksLikeCallbackPath, nameParts, namesSecretParameter, type NameContext } from './secret-names';
import { holdsSecretShape, isOpaqueId, redactSecretShapes } from './secret-shapes';

/**
 * The one rule for every address Trailnote keeps or shares (docs/architecture.md, Privacy; issue 13):
 * - a parameter named like a field the walk filled keeps only what that field may keep: nothing of a
 *   sensitive field, the mask of typed text unless the walk records it, a choice as it is;
 * - a parameter whose name says it is a secret (secret-names.ts) is redacted;
 * - a value shaped like a secret (secret-shapes.ts) is redacted, in the query, the fragment or the path.
 * What is taken out stays visible as a marker, and the parameter keeps its name. Everything else is kept
 * exactly as written, character for character: an ordinary address comes out as it went in.
 * Applied when recording, when exporting and when importing; applying it twice changes nothing more.
 */

/** What stands where a secret was. Brackets are legal in a query, a fragment and a path: kept as written. */
export const REDACTED = '[redacted]';

/** What stands where typed text was: its mask without spaces, e.g. `[masked:Aa_×12]`. */
export const maskedMarker = (typed: string): string => `[masked:${maskTypedText(typed).replace(' ', '')}]`;

const MARKER = /^\[(?:redacted|masked:[Aa9_@]*×\d+)\]$/;

/** Nested addresses (`?next=/account%3Ftoken%3D…`) are followed this deep. */
const MAX_DEPTH = 3;

/**
 * Percent-decoding that never throws: a lone `%` or a broken sequence stays as written, the valid ones
 * around it are decoded (`%70assword` → `password`). In a query, `+` is a space (form encoding).
 */
function decoded(text: string, plusIsSpace: boolean): string {
  const spaced = plusIsSpace ? text.replace(/\+/g, ' ') : text;
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}

interface Walk {
  rules: AddressRules;
  names: NameContext;
  depth: number;
}

/** An address inside a value (`?redirect_uri=https://…?code=…`): the rule applies to it too. */
const NESTED_ADDRESS = /^(?:[A-Za-z][A-Za-z0-9+.-]*:\/\/|\/)[^\s]*[?#;/]/;

function privateValue(name: string, value: string, walk: Walk): string {
  const plain = decoded(value, true);
  if (plain === '' || MARKER.test(plain)) return value;
  switch (fieldClassNamed(walk.rules, name)) {
    case 'sensitive':
      return REDACTED;
    case 'typed':
      if (!walk.rules.recordTypedText) return maskedMarker(plain);
      break;
    case 'choice':
    case undefined:
      break;
  }
  if (namesSecretParameter(name, walk.names)) return REDACTED;
  if (walk.depth < MAX_DEPTH && NESTED_ADDRESS.test(plain)) {
    const inner = privateAddressIn(plain, { ...walk, depth: walk.depth + 1 });
    return inner === plain ? value : encodeURIComponent(inner);
  }
  return holdsSecretShape(plain) ? REDACTED : value;
}

/** `name=value&…` (a query, or a fragment written like one): each value on its own, separators kept. */
function privateParameters(text: string, walk: Walk): string {
  return text
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      if (equals < 0) return pair;
      const name = pair.slice(0, equals);
      return `${name}=${privateValue(decoded(name, true), pair.slice(equals + 1), walk)}`;
    })
    .join('&');
}

/** A path: a segment shaped like a secret, or an opaque id after a word like "reset", is redacted. */
function privatePath(path: string, walk: Walk): string {
  let previous = '';
  return path
    .split('/')
    .map((segment) => {
      // Matrix parameters (`;jsessionid=…`) are parameters like any other.
      const [head, ...parameters] = segment.split(';');
      const plain = decoded(head, false);
      const secret = !MARKER.test(plain) && ((announcesSecretSegment(previous) && isOpaqueId(plain)) || holdsSecretShape(plain));
      previous = plain;
      return [secret ? REDACTED : head, ...parameters.map((pair) => privateParameters(pair, walk))].join(';');
    })
    .join('/');
}

/** `#/route?x=1`, `#access_token=…&state=…`, or a plain anchor `#reviews`. */
function privateFragment(fragment: string, walk: Walk): string {
  const query = fragment.indexOf('?');
  if (query >= 0) return `${privatePath(fragment.slice(0, query), walk)}?${privateParameters(fragment.slice(query + 1), walk)}`;
  return /^[^/?#&=]+=/.test(fragment) ? privateParameters(fragment, walk) : privatePath(fragment, walk);
}

/** `//user:password@host:port`: the password goes, the host stays as written. */
function privateAuthority(authority: string): string {
  const at = authority.lastIndexOf('@');
  if (at < 0) return authority;
  const userinfo = authority.slice(0, at);
  const colon = userinfo.indexOf(':');
  return colon < 0 || colon === userinfo.length - 1 ? authority : `${userinfo.slice(0, colon + 1)}${REDACTED}${authority.slice(at)}`;
}

/** Whether `code` here is an authorisation grant: a callback path, or a `state` travelling with it. */
function isAuthCallback(path: string, query: string, fragment: string): boolean {
  if (looksLikeCallbackPath(path)) return true;
  return `${query}&${fragment}`.split(/[&?#]/).some((pair) => nameParts(decoded(pair.split('=')[0], true)).join('_') === 'state');
}

function privateAddressIn(address: string, walk: Walk): string {
  const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:/.exec(address)?.[0].toLowerCase() ?? '';
  // blob:https://shop/uuid is the address after "blob:"; a data: address is its payload.
  if (scheme === 'blob:') return scheme + privateAddressIn(address.slice(scheme.length), walk);
  if (scheme === 'data:') {
    const comma = address.indexOf(',');
    return comma < 0 || !holdsSecretShape(decoded(address.slice(comma + 1), false)) ? address : `${address.slice(0, comma + 1)}${REDACTED}`;
  }
  const hash = address.indexOf('#');
  const beforeHash = hash < 0 ? address : address.slice(0, hash);
  const fragment = hash < 0 ? undefined : address.slice(hash + 1);
  const question = beforeHash.indexOf('?');
  const base = question < 0 ? beforeHash : beforeHash.slice(0, question);
  const query = question < 0 ? undefined : beforeHash.slice(question + 1);

  let origin = base.slice(0, scheme.length);
  let path = base.slice(scheme.length);
  if (path.startsWith('//')) {
    const end = path.slice(2).search(/\//);
    const authorityEnd = end < 0 ? path.length : end + 2;
    origin += `//${privateAuthority(path.slice(2, authorityEnd))}`;
    path = path.slice(authorityEnd);
  }
  const inner: Walk = { ...walk, names: { authCallback: isAuthCallback(path, query ?? '', fragment ?? '') } };
  return (
    origin + privatePath(path, inner) + (query === undefined ? '' : `?${privateParameters(query, inner)}`) + (fragment === undefined ? '' : `#${privateFragment(fragment, inner)}`)
  );
}

/** An address as Trailnote may keep it. Never throws: odd, cut or malformed addresses are handled as text. */
export function privateAddress(address: string, rules: AddressRules): string {
  return privateAddressIn(address, { rules, names: { authCallback: false }, depth: 0 });
}

/** Words of a text that are addresses: with a scheme, or a host and path with a query or fragment (an untitled tab's title). */
const ADDRESS_WORD = /^(?:[A-Za-z][A-Za-z0-9+.-]*:\S|[^\s/]+\/\S*[?#])/;

/**
 * Free text that may show an address (a page titled by its own address, a problem message naming the
 * page): every address in it follows the address rule, and secret-shaped words are redacted.
 */
export function privateText(text: string, rules: AddressRules): string {
  return text
    .split(/(\s+)/)
    .map((word) => (ADDRESS_WORD.test(word) ? privateAddress(word, rules) : redactSecretShapes(word, REDACTED)))
    .join('');
}
