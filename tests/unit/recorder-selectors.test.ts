/** @vitest-environment happy-dom */
import { beforeEach, describe, expect, it } from 'vitest';
import { accessibleName, accessibleRole } from '../../lib/dom/accessible-name';
import { describeElement, describeTarget, isStableId } from '../../lib/recorder/selectors';

/** The composed path a click on `el` would have: el, its ancestors, across shadow hosts. */
function pathOf(el: Element): EventTarget[] {
  const path: EventTarget[] = [];
  for (let node: Node | null = el; node;) {
    path.push(node);
    node = node.parentNode ?? ((node as ShadowRoot).host || null);
  }
  return path;
}

function byText(text: string, root: ParentNode = document): Element {
  const found = Array.from(root.querySelectorAll('*')).find((el) => el.textContent?.trim() === text && el.children.length === 0);
  if (!found) throw new Error(`no element with text ${text}`);
  return found;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('describeTarget', () => {
  it('climbs from the clicked span to its button, and prefers data-testid', () => {
    document.body.innerHTML = '<main><button id="buy" data-testid="add-to-cart"><span>Add to cart</span></button></main>';
    const target = describeTarget(pathOf(byText('Add to cart')), window);
    expect(target).toMatchObject({ text: 'Add to cart', role: 'button', tag: 'button' });
    expect(target.selectors).toEqual(['aria/Add to cart[role="button"]', '[data-testid="add-to-cart"]', 'xpath///*[@id="buy"]']);
    expect(target.frame).toBeUndefined();
  });

  it('uses data-test, data-cy and data-qa in that order after data-testid', () => {
    document.body.innerHTML = '<a href="/x" data-qa="q" data-cy="c">Go</a>';
    expect(describeTarget(pathOf(byText('Go')), window).selectors[1]).toBe('[data-cy="c"]');
  });

  it('uses a unique, stable id', () => {
    document.body.innerHTML = '<form><input id="email" name="email"></form>';
    const target = describeElement(document.getElementById('email') as Element, window);
    expect(target.selectors).toEqual(['#email', 'xpath///*[@id="email"]']);
    expect(target.role).toBe('textbox');
  });

  it('skips generated-looking ids and builds a short nth-of-type path', () => {
    document.body.innerHTML = `
      <ul class="products"><li><a href="/a" id="item-182736">Red shoe</a></li><li><a href="/b" id=":r3:">Blue shoe</a></li></ul>`;
    const target = describeTarget(pathOf(byText('Blue shoe')), window);
    expect(target.selectors).toEqual(['aria/Blue shoe[role="link"]', 'li:nth-of-type(2) > a', 'xpath//html/body/ul/li[2]/a']);
    expect(document.querySelectorAll(target.selectors[1] as string)).toHaveLength(1);
  });

  it('anchors a path at an ancestor id and ignores state classes', () => {
    document.body.innerHTML = `
      <div id="menu"><div class="item is-active"><span>One</span></div><div class="item"><span>Two</span></div></div>
      <div><div class="item"><span>Three</span></div><div class="item"><span>Four</span></div></div>`;
    const css = describeTarget(pathOf(byText('Two')), window).selectors[1] as string;
    expect(css).toBe('#menu > div.item:nth-of-type(2) > span');
    expect(document.querySelector(css)?.textContent).toBe('Two');
  });

  it('gives an array css selector, outermost host first, inside shadow roots and no xpath', () => {
    document.body.innerHTML = '<shop-app id="app"></shop-app>';
    const outer = (document.getElementById('app') as HTMLElement).attachShadow({ mode: 'open' });
    outer.innerHTML = '<header></header><cart-button></cart-button>';
    const inner = (outer.querySelector('cart-button') as HTMLElement).attachShadow({ mode: 'open' });
    inner.innerHTML = '<button data-testid="cart">Cart <b>3</b></button>';
    const target = describeTarget(pathOf(inner.querySelector('b') as Element), window);
    expect(target.text).toBe('Cart 3');
    expect(target.selectors).toEqual(['aria/Cart 3[role="button"]', ['#app', 'cart-button', '[data-testid="cart"]']]);
  });

  it('has no aria selector without a name, and no text inside a masked container', () => {
    document.body.innerHTML = '<div data-private><p>Jane Doe, 12 rue X</p></div>';
    const target = describeTarget(pathOf(document.querySelector('p') as Element), window);
    expect(target.text).toBe('');
    expect(JSON.stringify(target)).not.toContain('Jane');
    expect((target.selectors[0] as string).startsWith('aria/')).toBe(false);
  });

  it('stays fast on a ~300-element page', () => {
    const rows = Array.from({ length: 100 }, (_, i) => `<li class="row"><span>Item</span><button>Add ${i % 10}</button></li>`).join('');
    document.body.innerHTML = `<ul>${rows}</ul>`;
    const buttons = document.querySelectorAll('button');
    const started = performance.now();
    for (let i = 0; i < 50; i++) describeTarget(pathOf(buttons[(i * 37) % 100]), window);
    // happy-dom is far slower than Chrome; this only catches accidental whole-document loops.
    expect((performance.now() - started) / 50).toBeLessThan(20);
  });
});

describe('accessible names and roles', () => {
  it.each([
    ['<button aria-label="Close">×</button>', 'Close', 'button'],
    ['<span id="l1">Quantity</span><input aria-labelledby="l1" type="number">', 'Quantity', 'spinbutton'],
    ['<label for="s">Country</label><select id="s"><option>France</option></select>', 'Country', 'combobox'],
    ['<label>Size <select><option>M</option></select></label>', 'Size', 'combobox'],
    ['<img src="x.png" alt="Logo">', 'Logo', 'img'],
    ['<a href="/" title="Home page">Home</a>', 'Home', 'link'],
    ['<input type="search" placeholder="Search products">', 'Search products', 'searchbox'],
    ['<input type="submit" value="Pay now">', 'Pay now', 'button'],
    ['<h2>  Your   basket </h2>', 'Your basket', 'heading'],
    ['<div role="tab">Reviews</div>', 'Reviews', 'tab'],
    ['<div contenteditable="true">typed secret</div>', '', ''],
  ])('%s → %j (%s)', (html, name, role) => {
    document.body.innerHTML = html;
    const el = document.body.lastElementChild as Element;
    const target = el.localName === 'label' ? (el.querySelector('select') as Element) : el;
    expect(accessibleName(target)).toBe(name);
    expect(accessibleRole(target)).toBe(role);
  });

  it('shortens long text to 80 characters', () => {
    document.body.innerHTML = `<p>${'word '.repeat(60)}</p>`;
    expect(accessibleName(document.querySelector('p') as Element).length).toBeLessThanOrEqual(80);
  });

  it.each([
    ['email', true],
    ['main-nav', true],
    [':r1:', false],
    ['ember1234', false],
    ['4f9c2a1e-0000-4000-8000-000000000000', false],
  ])('isStableId(%j) is %s', (id, stable) => {
    expect(isStableId(id)).toBe(stable);
  });
});
