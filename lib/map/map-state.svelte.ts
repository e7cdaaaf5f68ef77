import { logError } from '../diagnostics';
import { messageOf } from '../errors';
import { listJourneys, loadJourneyBundle, type JourneyBundle } from '../db';
import type { Journey } from '../journey/types';
import { onJourneyChange } from '../messaging/changes';

/** The map page's journeys: the one it draws and those it is compared with, re-read when one changes. */
class MapState {
  /** The journey of `?id=` first, then the compared ones, in the order asked. */
  bundles = $state.raw<JourneyBundle[]>([]);
  /** Every saved journey, for choosing comparisons. */
  journeys = $state.raw<Journey[]>([]);
  error = $state('');
  loaded = $state(false);
  private ids: string[] = [];

  /** Reads `?id=<journey>&compare=<id>,<id>` and keeps the page in step with the store; returns the teardown. */
  connect(search: string): () => void {
    const params = new URLSearchParams(search);
    const id = params.get('id');
    const compared = (params.get('compare') ?? '').split(',').filter((other) => other && other !== id);
    this.ids = id ? [id, ...compared.slice(0, 2)] : [];
    void this.load();
    return onJourneyChange((change) => {
      if (change.kind !== 'recording' && this.ids.includes(change.journeyId)) void this.load();
    });
  }

  private async load(): Promise<void> {
    try {
      if (this.ids.length === 0) throw new Error('noJourneyId');
      const [bundles, journeys] = await Promise.all([Promise.all(this.ids.map((id) => loadJourneyBundle(id))), listJourneys()]);
      this.bundles = bundles;
      this.journeys = journeys;
      this.error = '';
    } catch (error) {
      this.error = messageOf(error);
      // A map opened without a journey is a wrong address, not a failure.
      if (this.ids.length > 0) logError(error, 'map: reading the journeys');
    } finally {
      this.loaded = true;
    }
  }
}

export const map = new MapState();
