import { getDomain } from 'tldts';

/**
 * Which site a host belongs to, by the public-suffix list (tldts): `shop.example.co.uk` and
 * `pay.example.co.uk` are one site, `example.co.uk` and `other.co.uk` two. Private suffixes count
 * (`alice.github.io` and `bob.github.io` are different people's sites). An address, `localhost` or a
 * name the list does not know is its own site.
 */
export function siteOf(host: string): string {
  const hostname = host
    .replace(/:\d+$/, '')
    .replace(/^\[|\]$/g, '')
    .toLowerCase();
  return getDomain(hostname, { allowPrivateDomains: true }) ?? hostname;
}

/** Known kinds of third party a walk meets: the moments a customer leaves the shop's own pages. */
export type ThirdPartyKind = 'payment' | 'sign-in' | 'support';

/**
 * Hosts of well-known providers, by kind. An entry is a host or a site: it matches itself and its subdomains
 * (`checkout.stripe.com` is `stripe.com`'s). Hosts come before their sites where a company does several
 * things (`pay.google.com` is a payment, `accounts.google.com` a sign-in; `google.com` itself is neither).
 * Deliberately short: the providers a tester is likely to be handed to mid-walk in Europe and North America.
 */
export const thirdPartyHosts: Readonly<Record<ThirdPartyKind, readonly string[]>> = {
  payment: [
    'stripe.com',
    'stripe.network',
    'paypal.com',
    'paypalobjects.com',
    'braintreegateway.com',
    'adyen.com',
    'checkout.com',
    'klarna.com',
    'mollie.com',
    'squareup.com',
    'pay.google.com',
    'apple-pay-gateway.apple.com',
    'shop.app',
    'worldpay.com',
    'payplug.com',
    'lyra.com',
    'alma.eu',
  ],
  'sign-in': ['accounts.google.com', 'appleid.apple.com', 'login.microsoftonline.com', 'login.live.com', 'auth0.com', 'okta.com', 'cognito.amazonaws.com', 'franceconnect.gouv.fr'],
  support: [
    'intercom.io',
    'intercomcdn.com',
    'zendesk.com',
    'zdassets.com',
    'drift.com',
    'crisp.chat',
    'tawk.to',
    'livechatinc.com',
    'freshchat.com',
    'helpscout.net',
    'olark.com',
    'tidio.co',
    'gorgias.chat',
  ],
};

const byHost = new Map(Object.entries(thirdPartyHosts).flatMap(([kind, hosts]) => hosts.map((host) => [host, kind as ThirdPartyKind])));

/** The known kind of a host (by the longest listed host it is or is under), or undefined. */
export function thirdPartyKind(host: string): ThirdPartyKind | undefined {
  const labels = host.replace(/:\d+$/, '').toLowerCase().split('.');
  for (let start = 0; start < labels.length - 1; start++) {
    const kind = byHost.get(labels.slice(start).join('.'));
    if (kind) return kind;
  }
  return undefined;
}
