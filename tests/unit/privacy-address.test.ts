import { describe, expect, it } from 'vitest';
import { privateAddress, privateText, REDACTED } from '../../lib/privacy/address';
import { noFields, withFields, type AddressRules } from '../../lib/privacy/address-rules';

const R = REDACTED;
const none = noFields(false);

/** A checkout sent with GET: the fields the recorder saw, by name and class (never their values). */
const checkout: AddressRules = withFields(none, [
  { name: 'fullname', fieldClass: 'typed' },
  { name: 'email', fieldClass: 'typed' },
  { name: 'pw', fieldClass: 'sensitive' },
  { name: 'cardnumber', fieldClass: 'sensitive' },
  { name: 'csrf', fieldClass: 'sensitive' },
  { name: 'delivery', fieldClass: 'choice' },
  { name: 'giftnote', fieldClass: 'sensitive' },
]);

const jwt = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkFkYSJ9.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
const apiKey = 'AIzaSyD4x9Qv3Lr7Tq2Wm8Kp1Zn6Bc5Hj0Gf3Ds';
const hex = 'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3';

/** [what, before, after, rules]: every secret family in query, fragment and path, and addresses that must not change. */
const table: Array<[string, string, string, AddressRules?]> = [
  // Fields of the form just submitted follow their field's rule.
  [
    'GET checkout',
    'https://shop.test/pay/?fullname=Ada+Lovelace&email=ada%40example.com&pw=hunter2&cardnumber=4716+1234&delivery=express',
    `https://shop.test/pay/?fullname=[masked:Aa_×12]&email=[masked:a@×15]&pw=${R}&cardnumber=${R}&delivery=express`,
    checkout,
  ],
  ['hidden field', 'https://shop.test/pay/?csrf=abc&delivery=standard', `https://shop.test/pay/?csrf=${R}&delivery=standard`, checkout],
  ['masked container field', 'https://shop.test/pay/?giftnote=Happy+birthday', `https://shop.test/pay/?giftnote=${R}`, checkout],
  ['typed text recorded', 'https://shop.test/pay/?fullname=Ada+Lovelace&pw=x', `https://shop.test/pay/?fullname=Ada+Lovelace&pw=${R}`, { ...checkout, recordTypedText: true }],
  ['repeated parameters', 'https://shop.test/pay/?pw=a&pw=b&delivery=x&delivery=y', `https://shop.test/pay/?pw=${R}&pw=${R}&delivery=x&delivery=y`, checkout],
  // Names that say secret.
  ['password', 'https://a.test/login?password=hunter2', `https://a.test/login?password=${R}`],
  ['pass', 'https://a.test/?user=ada&pass=hunter2', `https://a.test/?user=ada&pass=${R}`],
  ['pwd uppercase', 'https://a.test/?PWD=hunter2', `https://a.test/?PWD=${R}`],
  ['percent-encoded name %70assword', 'https://a.test/?%70assword=hunter2', `https://a.test/?%70assword=${R}`],
  ['percent-encoded name pass%77ord', 'https://a.test/?pass%77ord=hunter2', `https://a.test/?pass%77ord=${R}`],
  ['bracketed name', 'https://a.test/?user%5BnewPassword%5D=hunter2', `https://a.test/?user%5BnewPassword%5D=${R}`],
  ['token', 'https://a.test/confirm?token=abc123', `https://a.test/confirm?token=${R}`],
  ['refresh_token', 'https://a.test/?refresh_token=xyz', `https://a.test/?refresh_token=${R}`],
  ['accesstoken run together', 'https://a.test/?accesstoken=xyz', `https://a.test/?accesstoken=${R}`],
  ['client_secret', 'https://a.test/token?client_id=northwind&client_secret=s3cr3t', `https://a.test/token?client_id=northwind&client_secret=${R}`],
  ['api_key', 'https://maps.test/api?api_key=k&zoom=3', `https://maps.test/api?api_key=${R}&zoom=3`],
  ['key', 'https://maps.test/embed?key=k&q=Portland', `https://maps.test/embed?key=${R}&q=Portland`],
  ['apiKey camelCase', 'https://a.test/?apiKey=k', `https://a.test/?apiKey=${R}`],
  [
    'X-Amz signed link',
    'https://s3.test/b/f.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AK%2F2026&X-Amz-Signature=ab12',
    `https://s3.test/b/f.pdf?X-Amz-Algorithm=${R}&X-Amz-Credential=${R}&X-Amz-Signature=${R}`,
  ],
  ['signature', 'https://cdn.test/f?Expires=1&Signature=abc&Key-Pair-Id=K1', `https://cdn.test/f?Expires=1&Signature=${R}&Key-Pair-Id=${R}`],
  ['sig', 'https://a.test/f?sv=2024&sig=abc', `https://a.test/f?sv=2024&sig=${R}`],
  ['session and sid', 'https://a.test/?session=s1&sid=s2&PHPSESSID=s3', `https://a.test/?session=${R}&sid=${R}&PHPSESSID=${R}`],
  ['jwt param', 'https://a.test/?jwt=x', `https://a.test/?jwt=${R}`],
  ['otp and pin', 'https://a.test/verify?otp=123456&pin=1234', `https://a.test/verify?otp=${R}&pin=${R}`],
  ['card family', 'https://a.test/?card=4&cc=4&cvc=123&cvv=123', `https://a.test/?card=${R}&cc=${R}&cvc=${R}&cvv=${R}`],
  ['iban and ssn', 'https://a.test/?iban=FR76&ssn=123', `https://a.test/?iban=${R}&ssn=${R}`],
  // OAuth: code on a callback or beside state; tokens in the fragment.
  ['code on a callback', 'https://shop.test/auth/callback?code=grant123', `https://shop.test/auth/callback?code=${R}`],
  ['code beside state', 'https://shop.test/done?code=grant123&state=xyz', `https://shop.test/done?code=${R}&state=xyz`],
  [
    'implicit grant fragment',
    `https://shop.test/cb#access_token=at123&id_token=${jwt}&token_type=bearer&expires_in=3600&state=xyz`,
    `https://shop.test/cb#access_token=${R}&id_token=${R}&token_type=bearer&expires_in=3600&state=xyz`,
  ],
  ['kinds of secret are no secret', 'https://shop.test/pay?card_type=visa&payment_method=card', 'https://shop.test/pay?card_type=visa&payment_method=card'],
  ['promo code stays', 'https://shop.test/cart?code=WALK10', 'https://shop.test/cart?code=WALK10'],
  // Secret-shaped values, whatever their name.
  ['JWT in a plain parameter', `https://a.test/?t=${jwt}`, `https://a.test/?t=${R}`],
  ['JWT in the path', `https://a.test/magic/${jwt}`, `https://a.test/magic/${R}`],
  ['card number with +', 'https://a.test/?n=4242+4242+4242+4242', `https://a.test/?n=${R}`],
  ['card number with %20', 'https://a.test/?n=4242%204242%204242%204242', `https://a.test/?n=${R}`],
  ['card number in the path', 'https://a.test/cards/4111111111111111/edit', `https://a.test/cards/${R}/edit`],
  ['API key shaped value', `https://maps.test/js?v=3&k=${apiKey}`, `https://maps.test/js?v=3&k=${R}`],
  ['hex digest value', `https://a.test/download?file=report.pdf&h=${hex}`, `https://a.test/download?file=report.pdf&h=${R}`],
  ['reset link token in the path', 'https://a.test/reset/Zk3q9Vb2Nw8Lx7Tp4Rm6', `https://a.test/reset/${R}`],
  ['reset link UUID in the path', 'https://a.test/password/reset/3f2a9c1e-8b7d-4e6f-a1b2-c3d4e5f60718', `https://a.test/password/reset/${R}`],
  ['matrix session id', 'https://a.test/shop;jsessionid=0A1B2C3D4E5F6A7B8C9D?x=1', `https://a.test/shop;jsessionid=${R}?x=1`],
  ['fragment route with a token', 'https://app.test/#/verify?token=abc&tab=2', `https://app.test/#/verify?token=${R}&tab=2`],
  ['password in userinfo', 'https://ada:hunter2@a.test/x', `https://ada:${R}@a.test/x`],
  ['nested address', 'https://a.test/login?next=%2Faccount%3Ftoken%3Dabc', 'https://a.test/login?next=%2Faccount%3Ftoken%3D%5Bredacted%5D'],
  // Ordinary addresses come out exactly as they went in.
  ['search', 'https://shop.test/search?q=tents', 'https://shop.test/search?q=tents'],
  ['page', 'https://shop.test/c/tents?page=2&sort=price', 'https://shop.test/c/tents?page=2&sort=price'],
  ['colour', 'https://shop.test/p/42?color=red&size=M', 'https://shop.test/p/42?color=red&size=M'],
  [
    'utm',
    'https://shop.test/?utm_source=newsletter&utm_medium=email&utm_campaign=spring-sale-2026',
    'https://shop.test/?utm_source=newsletter&utm_medium=email&utm_campaign=spring-sale-2026',
  ],
  ['promo', 'https://shop.test/cart?promo=WALK10', 'https://shop.test/cart?promo=WALK10'],
  ['language and country', 'https://shop.test/?lang=fr&country=FR&currency=EUR', 'https://shop.test/?lang=fr&country=FR&currency=EUR'],
  ['slug and product id', 'https://shop.test/product/trailhead-2-person-tent-forest/SKU-TH2-FRS', 'https://shop.test/product/trailhead-2-person-tent-forest/SKU-TH2-FRS'],
  ['order UUID', 'https://shop.test/orders/3f2a9c1e-8b7d-4e6f-a1b2-c3d4e5f60718', 'https://shop.test/orders/3f2a9c1e-8b7d-4e6f-a1b2-c3d4e5f60718'],
  ['cache buster timestamp', 'https://shop.test/cart?_=1733318400000', 'https://shop.test/cart?_=1733318400000'],
  ['anchor', 'https://shop.test/product/42#reviews', 'https://shop.test/product/42#reviews'],
  ['app route', 'https://shop.test/app/#/trips/3?view=map', 'https://shop.test/app/#/trips/3?view=map'],
  ['title-case campaign slug', 'https://shop.test/c/Spring-Sale-2026-Tents-Collection', 'https://shop.test/c/Spring-Sale-2026-Tents-Collection'],
  ['IDN host', 'https://bücher.example/straße?q=zelt', 'https://bücher.example/straße?q=zelt'],
  ['punycode host', 'https://xn--bcher-kva.example/?q=zelt', 'https://xn--bcher-kva.example/?q=zelt'],
  ['parameters without values', 'https://shop.test/?debug&password&x=', 'https://shop.test/?debug&password&x='],
  ['phone number', 'https://shop.test/call?tel=%2B33612345678', 'https://shop.test/call?tel=%2B33612345678'],
  ['local demo shop', 'http://127.0.0.1:4173/category/tents.html', 'http://127.0.0.1:4173/category/tents.html'],
];

describe('privateAddress', () => {
  it.each(table)('%s', (_what, before, after, rules = none) => {
    expect(privateAddress(before, rules)).toBe(after);
  });

  it('changes nothing more when applied again', () => {
    for (const [, before, , rules = none] of table) {
      const once = privateAddress(before, rules);
      expect(privateAddress(once, rules), before).toBe(once);
    }
  });

  it('never throws on odd addresses, and keeps their readable part', () => {
    expect(privateAddress('', none)).toBe('');
    expect(privateAddress('not a url at all', none)).toBe('not a url at all');
    expect(privateAddress('https://a.test/?x=%E0%A4%A&pw=%', none)).toBe(`https://a.test/?x=%E0%A4%A&pw=${R}`);
    expect(privateAddress('https://a.test/%%%/?q=%zz', none)).toBe('https://a.test/%%%/?q=%zz');
    expect(privateAddress('about:blank', none)).toBe('about:blank');
    expect(privateAddress('chrome://settings/passwords', none)).toBe('chrome://settings/passwords');
    expect(privateAddress('blob:https://shop.test/3f2a9c1e-8b7d-4e6f-a1b2-c3d4e5f60718', none)).toBe('blob:https://shop.test/3f2a9c1e-8b7d-4e6f-a1b2-c3d4e5f60718');
    expect(privateAddress('data:text/html,<h1>Hello</h1>', none)).toBe('data:text/html,<h1>Hello</h1>');
    expect(privateAddress(`data:text/plain,${jwt}`, none)).toBe(`data:text/plain,${R}`);
    expect(privateAddress('mailto:ada@example.com?subject=Hi', none)).toBe('mailto:ada@example.com?subject=Hi');
  });

  it('reads a 64 KB address, with its secret redacted and the rest kept', () => {
    const long = `https://shop.test/search?q=${'tent '.repeat(13_000)}&token=abc`;
    const kept = privateAddress(long, none);
    expect(kept.endsWith(`&token=${R}`)).toBe(true);
    expect(kept.length).toBe(long.length - 3 + R.length);
  });

  it('knows a field named after an Object property as a field', () => {
    const rules = withFields(none, [
      { name: 'constructor', fieldClass: 'sensitive' },
      { name: '__proto__', fieldClass: 'typed' },
    ]);
    expect(privateAddress('https://a.test/?constructor=x&__proto__=abc&toString=y', rules)).toBe(`https://a.test/?constructor=${R}&__proto__=[masked:a×3]&toString=y`);
  });
});

describe('privateText', () => {
  it('applies the address rule to addresses inside text, and redacts secret-shaped words', () => {
    expect(privateText('127.0.0.1:4173/pay/?pw=hunter2&delivery=express', checkout)).toBe(`127.0.0.1:4173/pay/?pw=${R}&delivery=express`);
    expect(privateText('Trailnote cannot record https://a.test/f.pdf?token=abc — open a web page', none)).toBe(
      `Trailnote cannot record https://a.test/f.pdf?token=${R} — open a web page`,
    );
    expect(privateText(`Welcome back ${jwt}`, none)).toBe(`Welcome back ${R}`);
    expect(privateText('Trailhead 2 Tent — Northwind Outfitters', none)).toBe('Trailhead 2 Tent — Northwind Outfitters');
    expect(privateText('Order NW-10482 confirmed: 2 items, $289.00', none)).toBe('Order NW-10482 confirmed: 2 items, $289.00');
  });
});
