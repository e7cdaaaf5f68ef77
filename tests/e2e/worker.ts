import type { BrowserContext, Page } from '@playwright/test';

/**
 * Stops Trailnote's service worker the way Chrome does when it is idle, by closing its target over
 * CDP (docs/architecture.md, Platform facts). Returns once the worker target is gone.
 */
export async function stopServiceWorker(context: BrowserContext, anyPage: Page): Promise<void> {
  const cdp = await context.newCDPSession(anyPage);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find((target) => target.type === 'service_worker' && target.url.startsWith('chrome-extension://'));
    if (!worker) return;
    for (let tries = 0; tries < 40; tries++) {
      // A worker busy with an event may outlive one close; ask again until it is gone.
      if (tries % 10 === 0) await cdp.send('Target.closeTarget', { targetId: worker.targetId });
      const { targetInfos: after } = await cdp.send('Target.getTargets');
      if (!after.some((target) => target.targetId === worker.targetId)) return;
      await anyPage.waitForTimeout(50);
    }
    throw new Error('The service worker did not stop');
  } finally {
    await cdp.detach();
  }
}
