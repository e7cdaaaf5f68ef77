/** @vitest-environment happy-dom */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import html2canvas from 'html2canvas';
import { renderPage } from '../../lib/capture/render-page';
import { sensitiveFill, typedTextFill } from '../../lib/privacy/cover-fills';

/** html2canvas itself cannot draw under happy-dom: its clone step is what holds the privacy rule, so run that on this document. */
vi.mock('html2canvas', () => ({
  default: vi.fn(async (_root: HTMLElement, options: { onclone: (clone: Document) => void }) => {
    options.onclone(document);
    return { toDataURL: () => 'data:image/jpeg;base64,' };
  }),
}));

const page = `
  <input id="name" value="Camille Martin" placeholder="Your name">
  <textarea id="note">Leave at the door</textarea>
  <div id="editor" contenteditable><p>Dear Camille</p></div>
  <input id="agree" type="checkbox" checked>
  <input id="pw" type="password" value="hunter2">`;

const field = (id: string) => document.getElementById(id) as HTMLInputElement;

describe('renderPage, the html2canvas fallback', () => {
  beforeEach(() => {
    document.body.innerHTML = page;
    vi.mocked(html2canvas).mockClear();
  });

  it('blanks typed text and paints the hatch in its place when typed text is covered', async () => {
    await renderPage({ fullPage: false, maxWidth: 1280, coverTypedText: true });
    expect([field('name').value, field('name').placeholder, (document.getElementById('note') as HTMLTextAreaElement).value]).toEqual(['', '', '']);
    for (const id of ['name', 'note', 'editor']) {
      const style = (document.getElementById(id) as HTMLElement).style;
      expect(style.backgroundImage).toBe(typedTextFill()['background-image']);
      expect(style.color).toBe('transparent');
    }
    expect((document.querySelector('#editor p') as HTMLElement).style.visibility).toBe('hidden');
    expect(field('agree').checked).toBe(true);
    expect(field('agree').style.backgroundImage).toBe('');
    expect(field('pw').value).toBe('');
    expect(field('pw').style.background).toBe(sensitiveFill().background);
  });

  it('leaves typed text as it is when the walk records it, and still blanks sensitive fields', async () => {
    await renderPage({ fullPage: false, maxWidth: 1280, coverTypedText: false });
    expect(field('name').value).toBe('Camille Martin');
    expect(field('name').style.backgroundImage).toBe('');
    expect(document.getElementById('editor')?.style.color).toBe('');
    expect(field('pw').value).toBe('');
  });
});
