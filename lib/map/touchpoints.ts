import type { Journey, Step } from '../journey/types';
import { pageName } from '../journey/step-sentence';
import { hostOf } from '../journey/urls';

/** A page the walk went through, in one stage. */
export interface Touchpoint {
  /** The page's name: its title, else its address. */
  name: string;
  host: string;
  /** On another site than the one walked: a payment provider, a chat widget, a sign-in service. */
  thirdParty: boolean;
  /** How many steps happened on it within the stage. */
  steps: number;
}

/** example.com for shop.example.com: a shop's own subdomains are not third parties. (No public-suffix list: good enough for .co.uk-style sites, which share the last two labels with their subdomains too.) */
function siteOf(host: string): string {
  const hostname = host.replace(/:\d+$/, '');
  if (/^[\d.]+$/.test(hostname) || !hostname.includes('.')) return hostname;
  return hostname.split('.').slice(-2).join('.');
}

/** The pages of a stage's steps, in the order first reached, each once. */
export function touchpoints(journey: Pick<Journey, 'site'>, steps: readonly Step[]): Touchpoint[] {
  const own = siteOf(journey.site);
  const found = new Map<string, Touchpoint>();
  for (const step of steps) {
    const host = hostOf(step.url);
    const name = pageName(step);
    const key = `${host} ${name}`;
    const existing = found.get(key);
    if (existing) existing.steps++;
    else found.set(key, { name, host, thirdParty: host !== '' && siteOf(host) !== own, steps: 1 });
  }
  return [...found.values()];
}
