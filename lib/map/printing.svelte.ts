/**
 * Whether the map is being printed: then every lane shows all of its items and every thumbnail loads, so the
 * PDF leaves nothing out. Set by the print media query, which both a real print and an emulated one change.
 */
class Printing {
  on = $state(false);

  /** Follows the print media query; returns the teardown. */
  watch(): () => void {
    const query = matchMedia('print');
    const follow = () => (this.on = query.matches);
    const before = () => (this.on = true);
    const after = () => (this.on = query.matches);
    query.addEventListener('change', follow);
    addEventListener('beforeprint', before);
    addEventListener('afterprint', after);
    return () => {
      query.removeEventListener('change', follow);
      removeEventListener('beforeprint', before);
      removeEventListener('afterprint', after);
    };
  }

  /** The Print button: everything drawn and every picture loaded first (a few seconds at most), then the dialog. */
  async print(): Promise<void> {
    this.on = true;
    const deadline = Date.now() + 5_000;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    while (Date.now() < deadline && document.querySelector('.thumb:not(:has(img))')) await new Promise((resolve) => setTimeout(resolve, 50));
    print();
  }
}

export const printing = new Printing();
