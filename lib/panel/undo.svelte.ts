import { panelMessage } from './error-words';

/**
 * The one "… deleted. Undo" offer the panel shows at a time. A newer delete replaces the offer (its own
 * undo is then the one on screen); an offer fades after a while, and the delete stays.
 */
export interface UndoOffer {
  message: string;
  revert: () => Promise<unknown>;
}

const OFFER_MS = 10_000;

class UndoState {
  offer = $state<UndoOffer | null>(null);
  private timer: ReturnType<typeof setTimeout> | undefined;

  propose(offer: UndoOffer): void {
    clearTimeout(this.timer);
    this.offer = offer;
    this.timer = setTimeout(() => this.dismiss(), OFFER_MS);
  }

  dismiss(): void {
    clearTimeout(this.timer);
    this.offer = null;
  }

  /** Runs the offer's revert; resolves with its error message, or '' when it worked. */
  async undo(): Promise<string> {
    const offer = this.offer;
    this.dismiss();
    if (!offer) return '';
    try {
      await offer.revert();
      return '';
    } catch (error) {
      return panelMessage(error, 'panel: undo');
    }
  }
}

export const undo = new UndoState();
