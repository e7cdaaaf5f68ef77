import { describe, expect, it } from 'vitest';
import { siteOf, thirdPartyHosts, thirdPartyKind } from '../../lib/journey/third-parties';
import { thirdPartyLabel, touchpoints } from '../../lib/map/touchpoints';
import type { Step } from '../../lib/journey/types';

let seq = 0;
function page(url: string, title = `Page ${seq + 1}`): Step {
  seq++;
  return { id: `p${seq}`, journeyId: 'j', seq, at: seq, stageId: 's', url, title, tabId: 1, kind: 'navigation', navigation: 'load' };
}

describe('siteOf', () => {
  it('groups a site by the public-suffix list, not by its last two labels', () => {
    expect(siteOf('shop.example.co.uk')).toBe('example.co.uk');
    expect(siteOf('pay.example.co.uk')).toBe('example.co.uk');
    expect(siteOf('other.co.uk')).toBe('other.co.uk');
    expect(siteOf('www.shop.example.com:8443')).toBe('example.com');
  });

  it('keeps people’s sites on a shared host apart (private suffixes)', () => {
    expect(siteOf('alice.github.io')).not.toBe(siteOf('bob.github.io'));
  });

  it('takes an address or a local name as its own site', () => {
    expect(siteOf('127.0.0.1:4173')).toBe('127.0.0.1');
    expect(siteOf('localhost:4174')).toBe('localhost');
  });
});

describe('thirdPartyKind', () => {
  it('knows providers and their subdomains', () => {
    expect(thirdPartyKind('checkout.stripe.com')).toBe('payment');
    expect(thirdPartyKind('www.paypal.com')).toBe('payment');
    expect(thirdPartyKind('accounts.google.com')).toBe('sign-in');
    expect(thirdPartyKind('widget.intercom.io')).toBe('support');
  });

  it('tells a company’s services apart by host, and labels nothing it does not know', () => {
    expect(thirdPartyKind('pay.google.com')).toBe('payment');
    expect(thirdPartyKind('www.google.com')).toBeUndefined();
    expect(thirdPartyKind('notstripe.com')).toBeUndefined();
    expect(thirdPartyKind('stripe.com.evil.example')).toBeUndefined();
  });

  it('lists each host once, in lower case', () => {
    const hosts = Object.values(thirdPartyHosts).flat();
    expect(new Set(hosts).size).toBe(hosts.length);
    for (const host of hosts) expect(host).toBe(host.toLowerCase());
  });
});

describe('touchpoints', () => {
  it('sees the shop’s subdomains under a two-label suffix as first party, and a payment provider as a labelled third party', () => {
    const points = touchpoints({ site: 'shop.example.co.uk' }, [
      page('https://shop.example.co.uk/cart', 'Cart'),
      page('https://pay.example.co.uk/checkout', 'Checkout'),
      page('https://other.co.uk/', 'Elsewhere'),
      page('https://checkout.stripe.com/c/pay', 'Stripe Checkout'),
    ]);
    expect(points.map(({ name, thirdParty, thirdPartyKind }) => ({ name, thirdParty, thirdPartyKind }))).toEqual([
      { name: 'Cart', thirdParty: false, thirdPartyKind: undefined },
      { name: 'Checkout', thirdParty: false, thirdPartyKind: undefined },
      { name: 'Elsewhere', thirdParty: true, thirdPartyKind: undefined },
      { name: 'Stripe Checkout', thirdParty: true, thirdPartyKind: 'payment' },
    ]);
    expect(thirdPartyLabel(points[3])).toBe('Payment provider');
    expect(thirdPartyLabel(points[2])).toBe('Third party');
  });

  it('does not call the walked provider a third party on its own site', () => {
    const [point] = touchpoints({ site: 'dashboard.stripe.com' }, [page('https://checkout.stripe.com/')]);
    expect(point.thirdParty).toBe(false);
  });
});
