/** The blocks of the walk screen that open over the step list's room. */
export type PanelBlock = 'details' | 'stages' | 'note';

/**
 * Which block is open: one at a time, so that the step list always keeps its room (issue 20). Opening one
 * folds the one open before; a note being typed still keeps the note box open (the dock sees to it).
 */
class OpenBlock {
  current = $state<PanelBlock | null>(null);

  is(block: PanelBlock): boolean {
    return this.current === block;
  }

  /** Opens or folds a block, as its own button or summary says. */
  set(block: PanelBlock, open: boolean): void {
    if (open) this.current = block;
    else if (this.current === block) this.current = null;
  }

  toggle(block: PanelBlock): void {
    this.set(block, !this.is(block));
  }
}

export const openBlock = new OpenBlock();
