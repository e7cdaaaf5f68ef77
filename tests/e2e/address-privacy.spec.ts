import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import type { Step } from '../../lib/journey/types';
import { expect, tabIdOf, test } from './fixtures';
import { exportedFile } from './map-exports';
import { PanelPage } from './panel-page';

/**
 * Canaries: secrets the walk puts into addresses. Each is long and odd enough never to occur by chance in ids,
 * timestamps or JPEG bytes, so finding one anywhere Trailnote stores or exports means it leaked.
 */

/** Typed into the express checkout, whose GET form puts every value into the landing page's query. */
const typedInGetForm = {
  // Typed text: the address may keep only its mask, as the field does while typed text is not recorded.
  fullName: 'Camille Quillfeather',
  email: 'trailwalker.k9m@example.com',
  // Sensitive fields: never stored, so never in an address either.
  password: 'CanaryPass9Vq2Lw',
  // Luhn-valid, so it is card-shaped as well as from a card field; the form sends its spaces as "+".
  card: '4716 1234 5678 9012',
  cvc: 'CanaryCvc4Tz',
  oneTimeCode: 'CanaryOtp8Xk2',
  // Inside a data-trailnote-mask container.
  giftMessage: 'Happy trails CanaryGift3Wm',
};

/** Handed over by the shop's own pages: the same values are written in them (see each comment). */
const handedOver = {
  // express.html's hidden input.
  basket: 'CANARYBASKETq2Wd8Ns',
  // payment/oauth/authorize.html: the code in the callback's query, JWT-shaped tokens in its fragment. A JWT's
  // payload is base64url, so the canary inside it never shows as plain text: the token itself is searched.
  oauthCode: 'CANARYCODEq7Zp3Lx9Vb2Nw8',
  accessToken:
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJjYW1pbGxlIiwic2NvcGUiOiJwcm9maWxlIiwiY2FuYXJ5IjoiQ0FOQVJZQUNDRVNTZTRUcTlXbTIifQ.Zk3Qx8Lr1Vn5Tb7Yc2Hw9Ps4Md6Ja0Ge3Uo1Ri8Kf5',
  idToken:
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJjYW1pbGxlIiwiYXVkIjoibm9ydGh3aW5kIiwiY2FuYXJ5IjoiQ0FOQVJZSURUT0tFTnI1SHM4S2QxIn0.Wp7Vb2Nq9Lx4Ct6Zm1Fy8Ge3Rk5Jd0Hs2Ua7Ti4Oe9',
  // reset-sent.html's link: a random token in the path (caught by its shape alone), another in the query.
  resetPathToken: 'kc9_P4Gjt8cMm_Sw0f4B_8QraXYKrhBz-mc6pyU-nuY',
  resetQueryToken: 'CANARYRESETt5Gh8Jk2Lp4Qw',
};

/** Typed into the reset form, which posts: never in an address, kept out by its field's rule alone. */
const posted = {
  newPassword: 'CanaryNewPw6Rb1',
};

const inAddresses = { ...typedInGetForm, ...handedOver };
const canaries = { ...inAddresses, ...posted };

const exportButtons = ['Export ZIP', 'Export HTML report', 'Export JSON', 'Export CSV', 'Export Markdown', 'Export Chrome Recorder'];

/**
 * The ways a secret can be written down: as typed, as a GET form sends it (spaces as "+"), percent-encoded,
 * without its spaces (how a card number is often kept), and a JWT's payload alone (a token cut short still
 * carries its claims).
 */
function spellings(secret: string): string[] {
  const jwtPayload = /^eyJ[\w-]+\.([\w-]+)\.[\w-]+$/.exec(secret)?.[1];
  return [
    ...new Set([secret, new URLSearchParams({ s: secret }).toString().slice('s='.length), encodeURIComponent(secret), secret.replaceAll(' ', '')]),
    ...(jwtPayload ? [jwtPayload] : []),
  ];
}

/** Every canary found in each text, as "<canary> in <where>". */
function leaks(texts: Record<string, string>): string[] {
  return Object.entries(texts).flatMap(([where, text]) =>
    Object.entries(canaries)
      .filter(([, secret]) => spellings(secret).some((spelling) => text.includes(spelling)))
      .map(([name]) => `${name} in ${where}`),
  );
}

/** Everything Trailnote keeps in the browser, by where it keeps it. */
async function storedTexts(panel: PanelPage): Promise<Record<string, string>> {
  const [local, session] = await panel.page.evaluate(async () => [JSON.stringify(await chrome.storage.local.get(null)), JSON.stringify(await chrome.storage.session.get(null))]);
  return { 'IndexedDB (with pictures)': await panel.rawStoreText(), 'storage.local': local, 'storage.session': session };
}

/** The text of every export of the map's journey; the ZIP's entries one by one, unzipped. */
async function exportedTexts(map: Page): Promise<Record<string, string>> {
  const texts: Record<string, string> = {};
  for (const button of exportButtons) {
    const file = readFileSync(await exportedFile(map, button));
    if (button === 'Export ZIP') {
      for (const [entry, bytes] of Object.entries(unzipSync(file))) texts[`${button} ${entry}`] = strFromU8(bytes, true);
    } else {
      texts[button] = strFromU8(file);
    }
  }
  return texts;
}

/** A step as "kind:what" for comparing walks in order; pages by title, since their addresses are redacted. */
function describe(step: Step): string {
  switch (step.kind) {
    case 'navigation':
      return `${step.navigation}:${step.title}`;
    case 'click':
    case 'submit':
      return `${step.kind}:${step.target.text}`;
    case 'input':
      return `input:${step.field.label}`;
  }
}

/** The path, query and fragment of a step's address, decoded: "%5Bredacted%5D" and "[redacted]" read the same. */
function partsOf(step: Step): { path: string; query: URLSearchParams; fragment: URLSearchParams } {
  const url = new URL(step.url);
  return { path: decodeURIComponent(url.pathname), query: url.searchParams, fragment: new URLSearchParams(url.hash.slice(1)) };
}

test('secrets in addresses (a GET checkout, an OAuth callback, a reset link) are never stored or exported', async ({ context, background, shop }) => {
  const shopPage = await context.newPage();
  const visited: string[] = [];
  shopPage.on('framenavigated', (frame) => {
    if (frame === shopPage.mainFrame()) visited.push(frame.url());
  });
  await shopPage.goto(shop.origin + '/checkout.html');
  const panel = await PanelPage.open(context, background, await tabIdOf(background, shopPage));
  await panel.start('Express checkout and sign-in');

  // At a reader's pace, as in record-walk.spec.ts: each page's screenshot is taken before the next click.
  const look = async () => {
    await expect(panel.stepItems.last()).toContainText(`Opened ${await shopPage.title()}`);
    return panel.settled();
  };
  await look();

  await shopPage.getByRole('link', { name: 'Express checkout' }).click();
  await shopPage.waitForURL('**/express.html', { waitUntil: 'load' });
  await look();
  await shopPage.getByLabel('Full name').fill(typedInGetForm.fullName);
  await shopPage.getByLabel('Email').fill(typedInGetForm.email);
  await shopPage.getByLabel('Password').fill(typedInGetForm.password);
  await shopPage.getByLabel('Card number').fill(typedInGetForm.card);
  await shopPage.getByLabel('CVC').fill(typedInGetForm.cvc);
  await shopPage.getByLabel('Code from your bank app').fill(typedInGetForm.oneTimeCode);
  // A keyboard choice is a trusted event; Playwright's selectOption is not (see record-walk.spec.ts).
  await shopPage.getByLabel('Delivery speed').focus();
  await shopPage.keyboard.press('n');
  await expect(shopPage.getByLabel('Delivery speed')).toHaveValue('next-day');
  await shopPage.getByLabel('Gift message').fill(typedInGetForm.giftMessage);
  await shopPage.getByRole('button', { name: 'Place express order' }).click();
  await shopPage.waitForURL('**/express-pay.html?**', { waitUntil: 'load' });
  await look();

  await shopPage.getByRole('link', { name: 'Sign in to track your order' }).click();
  await shopPage.waitForURL('**/signin.html', { waitUntil: 'load' });
  await look();
  await shopPage.getByRole('link', { name: 'Forgot password?' }).click();
  await shopPage.waitForURL('**/reset-sent.html', { waitUntil: 'load' });
  await look();
  await shopPage.getByRole('link', { name: 'Open the reset link (demo)' }).click();
  await shopPage.waitForURL('**/reset/**', { waitUntil: 'load' });
  await look();
  await shopPage.getByLabel('New password').fill(posted.newPassword);
  await shopPage.getByRole('button', { name: 'Save new password' }).click();
  await shopPage.waitForURL('**/signin.html', { waitUntil: 'load' });
  await look();

  await shopPage.getByRole('link', { name: 'Sign in with PayBridge' }).click();
  await shopPage.waitForURL(shop.paymentOrigin + '/oauth/authorize?**', { waitUntil: 'load' });
  await look();
  await shopPage.getByRole('button', { name: 'Allow' }).click();
  await shopPage.waitForURL('**/auth/callback?**', { waitUntil: 'load' });
  await expect(shopPage.getByRole('heading', { name: 'Signed in' })).toBeVisible();
  const dump = await look();
  const storedWhileRecording = await storedTexts(panel);
  await panel.stop();

  // The secrets did reach the addresses: otherwise finding none of them below would prove nothing.
  for (const [name, secret] of Object.entries(inAddresses)) {
    expect(
      spellings(secret).some((spelling) => visited.some((url) => url.includes(spelling))),
      `${name} in an address`,
    ).toBe(true);
  }

  // The whole walk is there, in order.
  expect(dump.journeys[0].recordTypedText).toBe(false);
  expect(dump.steps.map(describe)).toEqual([
    'load:Checkout — Northwind Outfitters',
    'click:Express checkout',
    'load:Express checkout — Northwind Outfitters',
    'input:Full name',
    'input:Email',
    'input:Password',
    'input:Card number',
    'input:CVC',
    'input:Code from your bank app',
    'input:Delivery speed',
    'input:Gift message',
    'click:Place express order',
    'load:Express order placed — Northwind Outfitters',
    'click:Sign in to track your order',
    'load:Sign in — Northwind Outfitters',
    'click:Forgot password?',
    'load:Check your email — Northwind Outfitters',
    'click:Open the reset link (demo)',
    'load:Choose a new password — Northwind Outfitters',
    'input:New password',
    'click:Save new password',
    'load:Sign in — Northwind Outfitters',
    'click:Sign in with PayBridge',
    'load:PayBridge — Sign in',
    'click:Allow',
    'load:Signed in — Northwind Outfitters',
  ]);
  // Always found: the list above has every page.
  const page = (title: string) => dump.steps.find((step) => step.kind === 'navigation' && step.title.startsWith(title))!;

  // Addresses keep every parameter's name and whatever is no secret; a secret value becomes a marker.
  // Soft, so that a failure here still lets the search for canaries below report every leak.
  const landing = partsOf(page('Express order placed'));
  expect.soft([...landing.query.keys()]).toEqual(['basket', 'fullname', 'email', 'pw', 'cardnumber', 'cvc', 'otp', 'delivery', 'giftnote']);
  expect.soft(landing.query.get('delivery')).toBe('next-day');
  for (const name of ['basket', 'pw', 'cardnumber', 'cvc', 'otp', 'giftnote']) expect.soft(landing.query.get(name), name).toBe('[redacted]');
  expect.soft(landing.query.get('fullname')).toMatch(new RegExp(`^\\[masked:.+×${typedInGetForm.fullName.length}\\]$`));
  expect.soft(landing.query.get('email')).toMatch(new RegExp(`^\\[masked:.+×${typedInGetForm.email.length}\\]$`));

  const authorize = page('PayBridge — Sign in');
  expect.soft(authorize.url).toContain('client_id=northwind');
  expect.soft(authorize.url).toContain('response_type=code');
  expect.soft(partsOf(authorize).query.get('redirect_uri')).toBe(shop.origin + '/auth/callback');

  const callback = partsOf(page('Signed in'));
  expect.soft(callback.query.get('code')).toBe('[redacted]');
  expect.soft(callback.query.has('state')).toBe(true);
  expect.soft(Object.fromEntries(callback.fragment)).toEqual({ access_token: '[redacted]', id_token: '[redacted]', token_type: 'bearer' });

  const reset = partsOf(page('Choose a new password'));
  expect.soft(reset.path).toBe('/reset/[redacted]');
  expect.soft(reset.query.get('token')).toBe('[redacted]');

  // No canary anywhere Trailnote keeps or hands out the walk: stored while recording and after, and exported.
  const opened = context.waitForEvent('page');
  await panel.page.getByRole('link', { name: 'Open journey map' }).click();
  const map = await opened;
  await expect(map.getByRole('heading', { name: 'Express checkout and sign-in' })).toBeVisible();
  await map.screenshot({ path: test.info().outputPath('map.png'), fullPage: true });
  const storedAfterwards = await storedTexts(panel);
  const everywhere = {
    ...Object.fromEntries(Object.entries(storedWhileRecording).map(([where, text]) => [`${where} while recording`, text])),
    ...storedAfterwards,
    ...(await exportedTexts(map)),
  };
  expect(leaks(everywhere)).toEqual([]);
});
