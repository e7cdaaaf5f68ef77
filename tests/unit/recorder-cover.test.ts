/** @vitest-environment happy-dom */
import { describe, expect, it, vi } from 'vitest';
import { clickPoint } from '../../lib/recorder/click-recorder';
import { coverSensitiveFields } from '../../lib/recorder/cover';
import { framePath } from '../../lib/recorder/selectors';

function placeAt(el: Element, left: number, top: number, width = 200, height = 30): void {
  vi.spyOn(el, 'getBoundingClientRect').mockReturnValue({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON: () => ({}) } as DOMRect);
}

describe('coverSensitiveFields', () => {
  it('puts one opaque, click-through box over each visible sensitive field, and removes them', () => {
    document.body.innerHTML = `
      <input name="email" id="email"><input type="password" id="pw"><input name="cvc" id="cvc">
      <div data-trailnote-mask id="box"><p>private</p></div><input type="password" id="offscreen">`;
    placeAt(document.getElementById('email') as Element, 10, 10);
    placeAt(document.getElementById('pw') as Element, 10, 50);
    placeAt(document.getElementById('cvc') as Element, 10, 90, 60, 30);
    placeAt(document.getElementById('box') as Element, 300, 10, 100, 100);
    placeAt(document.getElementById('offscreen') as Element, 10, 5000);

    const uncover = coverSensitiveFields(document);
    const containers = document.querySelectorAll('[data-trailnote-cover]');
    expect(containers).toHaveLength(1);
    const container = containers[0] as HTMLElement;
    expect(container.style.getPropertyValue('pointer-events')).toBe('none');
    expect(container.style.getPropertyValue('z-index')).toBe('2147483647');
    const boxes = Array.from(container.children) as HTMLElement[];
    expect(boxes.map((box) => [box.style.left, box.style.top, box.style.width, box.style.height])).toEqual([
      ['300px', '10px', '100px', '100px'],
      ['10px', '50px', '200px', '30px'],
      ['10px', '90px', '60px', '30px'],
    ]);
    for (const box of boxes) {
      expect(box.style.position).toBe('fixed');
      expect(box.style.background).not.toBe('');
    }
    // Covering twice replaces the old cover rather than stacking.
    coverSensitiveFields(document);
    expect(document.querySelectorAll('[data-trailnote-cover]')).toHaveLength(1);
    uncover();
  });
});

/** A chain of window doubles: top → child frames, as the frame path code sees them. */
function frameTree() {
  const top = { innerWidth: 1200, innerHeight: 800 } as unknown as Window & Record<string, unknown>;
  const frameEl = { getBoundingClientRect: () => ({ left: 100, top: 200 }), clientLeft: 2, clientTop: 2 };
  const child = { frameElement: frameEl } as unknown as Window & Record<string, unknown>;
  const sibling = {} as Window;
  Object.assign(top, { top, parent: top, frames: [sibling, child], getComputedStyle: () => ({ paddingLeft: '0px', paddingTop: '0px' }) });
  Object.assign(child, { top, parent: top, frames: [] });
  return { top, child };
}

describe('frames', () => {
  it('gives the Chrome Recorder frame path and a click point in top-viewport pixels', () => {
    const { top, child } = frameTree();
    expect(framePath(top)).toBeUndefined();
    expect(framePath(child)).toEqual([1]);
    const event = { clientX: 10, clientY: 20, detail: 1 } as MouseEvent;
    expect(clickPoint(event, child)).toEqual({ x: 112, y: 222, viewportWidth: 1200, viewportHeight: 800 });
  });

  it('omits the point when a cross-origin ancestor hides its frame element', () => {
    const { child } = frameTree();
    Object.assign(child, { frameElement: null });
    expect(clickPoint({ clientX: 10, clientY: 20, detail: 1 } as MouseEvent, child)).toBeUndefined();
  });
});
