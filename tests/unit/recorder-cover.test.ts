/** @vitest-environment happy-dom */
import { describe, expect, it, vi } from 'vitest';
import { clickPoint } from '../../lib/recorder/click-recorder';
import { afterCoverPainted, coverSensitiveFields } from '../../lib/recorder/cover';
import { sensitiveFill, typedTextFill } from '../../lib/privacy/cover-fills';
import { framePath } from '../../lib/recorder/selectors';

function placeAt(el: Element, left: number, top: number, width = 200, height = 30): void {
  vi.spyOn(el, 'getBoundingClientRect').mockReturnValue({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON: () => ({}) });
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

    const { uncover, boxes: painted } = coverSensitiveFields(document, { coverTypedText: false, shade: 0 });
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
    // The boxes it reports, for the background to find in the picture, are the ones it put up.
    expect(painted.map(({ left, top, width, height, fill }) => [`${left}px`, `${top}px`, `${width}px`, `${height}px`, fill])).toEqual([
      ['300px', '10px', '100px', '100px', 'sensitive'],
      ['10px', '50px', '200px', '30px', 'sensitive'],
      ['10px', '90px', '60px', '30px', 'sensitive'],
    ]);
    for (const box of boxes) {
      expect(box.style.position).toBe('fixed');
      expect(box.style.background).not.toBe('');
    }
    // Covering twice replaces the old cover rather than stacking.
    coverSensitiveFields(document, { coverTypedText: false, shade: 0 });
    expect(document.querySelectorAll('[data-trailnote-cover]')).toHaveLength(1);
    uncover();
  });
});

type Fill = 'sensitive' | 'typed';

/** Each box of the cover as where it stands and which fill it has. */
function boxes(): Array<{ at: string[]; fill: Fill; radius: string }> {
  const container = document.querySelector('[data-trailnote-cover]') as HTMLElement;
  return (Array.from(container.children) as HTMLElement[]).map((box) => ({
    at: [box.style.left, box.style.top, box.style.width, box.style.height],
    fill: /gradient/.test(box.style.backgroundImage) ? 'typed' : 'sensitive',
    radius: box.style.borderRadius,
  }));
}

/** Places each element with an id at y = 40 × its order, so a box tells which field it covers by its top. */
function placeAll(): Map<number, string> {
  const tops = new Map<number, string>();
  const all = [
    ...Array.from(document.querySelectorAll('[id]')),
    ...Array.from(document.querySelectorAll('*')).flatMap((el) => Array.from(el.shadowRoot?.querySelectorAll('[id]') ?? [])),
  ];
  all.forEach((el, index) => {
    placeAt(el, 10, 40 * index);
    tops.set(40 * index, el.id);
  });
  return tops;
}

/** Which field (placed by placeAll) each box covers, by its top inside the field's 40px row, and its fill. */
function covered(tops: Map<number, string>): Array<[string | undefined, Fill]> {
  return boxes().map((box) => [tops.get(Math.floor(parseFloat(box.at[1]) / 40) * 40), box.fill]);
}

describe('coverSensitiveFields with typed text covered', () => {
  it('hatches the padding box of each field that shows typed text, and leaves empty fields and choices alone', () => {
    document.body.innerHTML = `
      <input id="name" value="Camille Martin" style="border: 2px solid #888; border-radius: 6px">
      <input id="untyped" type="" value="no type attribute">
      <input id="email" type="email" value="camille@example.com">
      <input id="qty" type="number" value="3">
      <input id="when" type="date" value="2026-05-01">
      <input id="search" type="search" value="tent">
      <textarea id="note">Leave at the door</textarea>
      <div id="editor" contenteditable="true"><p>Hello <b contenteditable="true">there</b></p></div>
      <input id="emptyName" value="">
      <textarea id="emptyNote"></textarea>
      <div id="emptyEditor" contenteditable><br></div>
      <div id="readOnly" contenteditable="false">Not typed</div>
      <input id="agree" type="checkbox" checked><input id="size" type="radio" value="large" checked>
      <select id="colour"><option selected>Sand</option></select>
      <input id="volume" type="range" value="40"><input id="tint" type="color" value="#ff0000">
      <input id="go" type="submit" value="Continue"><input id="again" type="button" value="Try again">
      <input id="pw" type="password" value="hunter2">`;
    const tops = placeAll();

    coverSensitiveFields(document, { coverTypedText: true, shade: 0 });
    expect(covered(tops)).toEqual([
      ['pw', 'sensitive'],
      ['name', 'typed'],
      ['untyped', 'typed'],
      ['email', 'typed'],
      ['qty', 'typed'],
      ['when', 'typed'],
      ['search', 'typed'],
      ['note', 'typed'],
      ['editor', 'typed'],
    ]);
    // Inside the 2px border, with the corners rounded to fit inside the field's own.
    expect(boxes()[1]).toEqual({ at: ['12px', '2px', '196px', '26px'], fill: 'typed', radius: '4px' });
    // The sensitive field keeps its whole dark box, border included.
    expect(boxes()[0].at).toEqual(['10px', `${40 * Array.from(tops.values()).indexOf('pw')}px`, '200px', '30px']);
  });

  it('covers only sensitive fields when the journey records typed text', () => {
    document.body.innerHTML = `<input id="name" value="Camille Martin"><div id="editor" contenteditable>Hello</div><input id="cvc" name="cvc" value="123">`;
    placeAll();
    coverSensitiveFields(document, { coverTypedText: false, shade: 0 });
    expect(boxes().map((box) => box.fill)).toEqual(['sensitive']);
  });

  it('fills typed text with the light hatch and sensitive fields with the dark box', () => {
    document.body.innerHTML = `<input id="name" value="Camille"><input id="pw" type="password" value="hunter2">`;
    placeAll();
    coverSensitiveFields(document, { coverTypedText: true, shade: 0 });
    const [dark, hatch] = Array.from(document.querySelector('[data-trailnote-cover]')?.children ?? []) as HTMLElement[];
    expect(dark.style.background).toBe(sensitiveFill(0).background);
    expect(dark.style.backgroundImage).not.toMatch(/gradient/);
    expect(hatch.style.backgroundImage).toMatch(/^linear-gradient/);
    expect(hatch.style.getPropertyPriority('background-image')).toBe('important');
  });

  it('paints the shade it is asked for, so a picture of the previous cover can be told from this one', () => {
    document.body.innerHTML = `<input id="name" value="Camille"><input id="pw" type="password" value="hunter2">`;
    placeAll();
    const fills = (shade: 0 | 1) => {
      coverSensitiveFields(document, { coverTypedText: true, shade });
      const [dark, hatch] = Array.from(document.querySelector('[data-trailnote-cover]')?.children ?? []) as HTMLElement[];
      return [dark.style.background, hatch.style.backgroundColor, hatch.style.backgroundImage];
    };
    const [first, second] = [fills(0), fills(1)];
    expect(second[0]).toBe(sensitiveFill(1).background);
    expect(second[2]).toBe(typedTextFill(1)['background-image']);
    for (const at of [0, 1, 2]) expect(second[at]).not.toBe(first[at]);
  });

  it('looks inside open shadow roots, and does not cover again what a masked container covers', () => {
    document.body.innerHTML = `<div id="host"></div><div data-private id="private"><div id="maskedHost"></div><input id="inMask" value="secret"></div>`;
    const shadow = (document.getElementById('host') as Element).attachShadow({ mode: 'open' });
    shadow.innerHTML = `<input id="shadowName" value="Camille"><input id="shadowEmpty"><input id="shadowPw" type="password" value="pw">`;
    const maskedShadow = (document.getElementById('maskedHost') as Element).attachShadow({ mode: 'open' });
    maskedShadow.innerHTML = `<input id="maskedName" value="Camille">`;
    const tops = placeAll();

    coverSensitiveFields(document, { coverTypedText: true, shade: 0 });
    expect(covered(tops)).toEqual([
      ['private', 'sensitive'],
      ['shadowPw', 'sensitive'],
      ['shadowName', 'typed'],
    ]);
  });

  it('hatches a file input once a file is chosen, as its name shows', () => {
    document.body.innerHTML = `<input id="cv" type="file"><input id="none" type="file">`;
    Object.defineProperty(document.getElementById('cv'), 'value', { value: 'C:\\fakepath\\camille-martin-cv.pdf' });
    const tops = placeAll();
    coverSensitiveFields(document, { coverTypedText: true, shade: 0 });
    expect(covered(tops)).toEqual([['cv', 'typed']]);
  });
});

/** A window double whose animation frames run only when `frame()` is called, as a page paints them. */
function paintingWindow(isTop: boolean) {
  let callbacks: FrameRequestCallback[] = [];
  const win = {
    requestAnimationFrame: (callback: FrameRequestCallback) => callbacks.push(callback),
    setTimeout: (handler: () => void, ms: number) => setTimeout(handler, ms),
  } as unknown as Window & { top: Window };
  win.top = isTop ? win : ({} as Window);
  const frame = () => {
    const due = callbacks;
    callbacks = [];
    due.forEach((callback) => callback(0));
  };
  return { win, frame };
}

describe('afterCoverPainted', () => {
  it('answers only once a frame with the cover was painted, however long that takes', async () => {
    vi.useFakeTimers();
    try {
      const { win, frame } = paintingWindow(true);
      let answered = false;
      const done = afterCoverPainted(win).then(() => (answered = true));
      await vi.advanceTimersByTimeAsync(1000);
      frame();
      await vi.advanceTimersByTimeAsync(0);
      expect(answered).toBe(false);
      frame();
      await done;
      expect(answered).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not wait for ever on an inner frame Chrome does not render', async () => {
    vi.useFakeTimers();
    try {
      const { win } = paintingWindow(false);
      let answered = false;
      const done = afterCoverPainted(win).then(() => (answered = true));
      await vi.advanceTimersByTimeAsync(99);
      expect(answered).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await done;
      expect(answered).toBe(true);
    } finally {
      vi.useRealTimers();
    }
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
