import { t } from '../i18n';
import type { Journey, Step } from '../journey/types';
import { pageName } from '../journey/step-sentence';
import { siteOf, thirdPartyKind, type ThirdPartyKind } from '../journey/third-parties';
import { hostOf } from '../journey/urls';

/** A page the walk went through, in one stage. */
export interface Touchpoint {
  /** The page's name: its title, else its address. */
  name: string;
  host: string;
  /** On another site than the one walked: a payment provider, a chat widget, a sign-in service. */
  thirdParty: boolean;
  /** What kind of third party, when its host is a known provider (lib/journey/third-parties.ts). */
  thirdPartyKind?: ThirdPartyKind;
  /** How many steps happened on it within the stage. */
  steps: number;
}

/** Whether a host is another site than the walk's own, and which known kind of provider it is. */
function thirdPartyOf(host: string, ownSite: string): Pick<Touchpoint, 'thirdParty' | 'thirdPartyKind'> {
  if (host === '' || siteOf(host) === ownSite) return { thirdParty: false };
  const kind = thirdPartyKind(host);
  return { thirdParty: true, ...(kind && { thirdPartyKind: kind }) };
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
    else found.set(key, { name, host, steps: 1, ...thirdPartyOf(host, own) });
  }
  return [...found.values()];
}

const kindWords = { payment: 'thirdPartyPayment', 'sign-in': 'thirdPartySignIn', support: 'thirdPartySupport' } as const;

/** What a third-party touchpoint is called in the lane and the exports: its known kind ("Payment provider"), else "Third party". */
export function thirdPartyLabel(point: Pick<Touchpoint, 'thirdPartyKind'>): string {
  return point.thirdPartyKind ? t(kindWords[point.thirdPartyKind]) : t('thirdParty');
}
