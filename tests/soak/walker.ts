import type { Page } from '@playwright/test';
import type { Shop } from '../shop/server';
import type { SeededRandom } from './seeded-random';
import { shopTour, typeAddress, whereOf, type Move, type Where } from './shop-tour';

/** A step the walk should have left in the store, and the move that made it (for a failure's diff). */
export interface ExpectedStep {
  kind: 'navigation' | 'click' | 'input';
  where: Where;
  move: string;
}

/** How a step reads when walks are compared: "click /cart". */
export const stepLine = (step: { kind: string; where: Where }): string => `${step.kind} ${step.where}`;

/** An app route's step is reported once its view has been quiet this long (lib/recorder/route-watch.ts, quietMs), with margin. */
const routeSettleMs = 1000;

/**
 * A tester walking the demo shop at random (seeded): links, buttons, fields, menus, app views, addresses
 * typed in, a tab opened and later closed. It keeps the steps Trailnote should record, in order, while
 * recording is on; pages seen least are walked to most.
 */
export class ShopWalker {
  readonly expected: ExpectedStep[] = [];
  private readonly tour: ReturnType<typeof shopTour>;
  private readonly visits = new Map<Where, number>();
  /** The tabs of the walk, the one in use last; a tab the walk opened is closed after a few moves. */
  private readonly tabs: Array<{ page: Page; movesLeft: number }>;
  private recording = true;
  private lastRouteAt = 0;
  moves = 0;

  constructor(
    private readonly shop: Shop,
    private readonly random: SeededRandom,
    page: Page,
    /** How long a tester looks before the next move, at most (ms). */
    private readonly thinkMs: number,
    /**
     * Resolves once the panel shows this many steps: on each new page the tester looks at the panel until
     * the page is there, as the record-walk test does. Trailnote's recorder hears from the worker that the
     * tab is recorded before it sends the page's step, and a page left sooner (at a robot's pace, on a
     * busy machine) may go unrecorded: odd-pages.spec.ts covers that pace.
     */
    private readonly panelShows: (steps: number) => Promise<void>,
  ) {
    this.tour = shopTour(shop);
    this.tabs = [{ page, movesLeft: Number.POSITIVE_INFINITY }];
    this.visited(this.where);
  }

  get page(): Page {
    return this.tabs[this.tabs.length - 1].page;
  }

  get where(): Where {
    return whereOf(this.page.url(), this.shop);
  }

  /** Recording paused: what the walk does now must not be stored. */
  set paused(paused: boolean) {
    this.recording = !paused;
  }

  /** Records that the walk's recording starts (or continues) on the current page: its page is a step. */
  startsHere(move: string): void {
    this.expect('navigation', this.where, move);
  }

  /** Waits until an app route changed just now has been reported (as a tester does before typing an address). */
  async routeSettled(): Promise<void> {
    const left = this.lastRouteAt + routeSettleMs - Date.now();
    if (left > 0) await this.page.waitForTimeout(left);
  }

  /** Whether the next step closes the tab the walk opened, rather than making a move. */
  get closesTabNext(): boolean {
    return this.tabs.length > 1 && this.tabs[this.tabs.length - 1].movesLeft <= 0;
  }

  /** One move, chosen at random among the current page's (and addresses to type), weighted to pages seen least. */
  async step(): Promise<void> {
    const tab = this.tabs[this.tabs.length - 1];
    if (this.tabs.length > 1 && tab.movesLeft-- <= 0) return this.closeTab();
    const move = this.choose();
    await this.walk(move);
    this.moves += 1;
    const think = this.random.between(0, this.thinkMs);
    if (think > 0) await this.page.waitForTimeout(think);
  }

  private choose(): Move {
    // Now and then the tester heads for a page not seen yet: chance alone left a deep one or two unseen
    // in some 500-step walks, and the soak promises every page of the tour.
    if (this.random.between(1, 4) === 1) {
      const way = this.wayToUnseen();
      if (way) return way;
    }
    // A tester does a few things on a page before moving on (a move that stays is as likely as two links),
    // and is drawn to the pages they have not seen yet, strongly: some are three or four pages deep.
    const weight = (move: Move) => (move.to === undefined ? 2 : 1 + 24 / (1 + (this.visits.get(move.to) ?? 0)) ** 2);
    const typed = this.typedAddresses().map((move) => ({ item: move, weight: weight(move) / 8 }));
    // A second tab is opened only from the first: the walk keeps one tab of its own at a time.
    const moves = this.tour.movesFrom(this.where).filter((move) => move.leads !== 'new-tab' || this.tabs.length === 1);
    return this.random.weighted([...moves.map((move) => ({ item: move, weight: weight(move) })), ...typed]);
  }

  private typedAddresses(): Move[] {
    return this.tour.typedAddresses.map((where) => typeAddress(this.shop, where));
  }

  /** The first move on the shortest way (links, app views, typed addresses) to the nearest page not seen yet. */
  private wayToUnseen(): Move | undefined {
    const firstMove = new Map<Where, Move | undefined>([[this.where, undefined]]);
    const queue: Where[] = [this.where];
    for (let from = queue.shift(); from !== undefined; from = queue.shift()) {
      const onward = [...this.tour.movesFrom(from), ...this.typedAddresses()].filter((move) => move.to !== undefined && (move.leads === 'page' || move.leads === 'route'));
      for (const move of onward) {
        const to = move.to as Where;
        if (firstMove.has(to)) continue;
        const first = firstMove.get(from) ?? move;
        if (!this.visits.has(to)) return first;
        firstMove.set(to, first);
        queue.push(to);
      }
    }
    return undefined;
  }

  /**
   * The steps a move makes are expected before it acts, as far as they are known: a move the browser is
   * killed in the middle of may have left them in the store, or not (the soak accepts a prefix of them).
   * Only an app route waits to see whether the address changed.
   */
  private async walk(move: Move): Promise<void> {
    const page = this.page;
    if (move.makes === 'nothing') await this.routeSettled();
    const before = { url: page.url(), where: this.where };
    if (move.makes !== 'nothing') this.expect(move.makes, before.where, move.name);
    if (move.leads === 'page' || move.leads === 'new-tab') this.expect('navigation', this.destination(move), move.name);
    if (move.leads === 'new-tab') {
      const [opened] = await Promise.all([page.context().waitForEvent('page'), move.act(page, this.random)]);
      await opened.waitForURL((url) => whereOf(url.href, this.shop) === move.to, { waitUntil: 'load' });
      this.tabs.push({ page: opened, movesLeft: this.random.between(2, 6) });
      await this.pageRecorded();
      this.visited(this.where);
      return;
    }
    await move.act(page, this.random);
    if (move.leads === 'page') await this.pageRecorded();
    if (move.leads === 'route') {
      if (page.url() !== before.url) this.expect('navigation', this.where, move.name);
      this.lastRouteAt = Date.now();
    }
    this.visited(this.where);
  }

  private destination(move: Move): Where {
    if (move.to === undefined) throw new Error(`The move “${move.name}” leads somewhere but does not say where`);
    return move.to;
  }

  private async closeTab(): Promise<void> {
    await this.routeSettled();
    const closing = this.tabs.pop();
    await closing?.page.close();
    await this.page.bringToFront();
  }

  private async pageRecorded(): Promise<void> {
    if (this.recording) await this.panelShows(this.expected.length);
  }

  private expect(kind: ExpectedStep['kind'], where: Where, move: string): void {
    if (this.recording) this.expected.push({ kind, where, move });
  }

  private visited(where: Where): void {
    this.visits.set(where, (this.visits.get(where) ?? 0) + 1);
  }

  /**
   * The browser was killed and started again: the walk goes on in a new tab, from the steps the store kept
   * (`kept` of the expected ones: a move cut off by the kill may have left fewer steps than expected).
   */
  restartIn(page: Page, kept: number): void {
    this.expected.length = kept;
    this.tabs.splice(0, this.tabs.length, { page, movesLeft: Number.POSITIVE_INFINITY });
  }

  /** The distinct pages the walk has been on. */
  get pagesSeen(): number {
    return this.visits.size;
  }
}
