import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { focusScreen } from './focus';

// jsdom lays nothing out: an element is "shown" here unless it carries data-unseen.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'getClientRects').mockImplementation(function (this: HTMLElement) {
    return (this.hasAttribute('data-unseen') ? [] : [{}]) as unknown as DOMRectList;
  });
  document.body.innerHTML = `<nav><a href="#" id="link">Page</a><button id="other">FR</button></nav>
    <main id="content" tabindex="-1"></main>`;
});

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

const main = () => document.getElementById('content') as HTMLElement;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('focusScreen', () => {
  it('moves the focus from the navigation to the page heading, made focusable', () => {
    main().innerHTML = '<h2 data-unseen>in a closed panel</h2><header class="page-head"><h2>People</h2></header>';
    document.getElementById('link')?.focus();
    focusScreen(main());
    expect(document.activeElement?.textContent).toBe('People');
    expect(document.activeElement?.getAttribute('tabindex')).toBe('-1');
  });

  it('leaves the focus on the control the screen chose', () => {
    main().innerHTML = '<h2>New mission</h2><input id="first" />';
    (document.getElementById('first') as HTMLInputElement).focus();
    focusScreen(main());
    expect(document.activeElement?.id).toBe('first');
  });

  it('waits on the main area for a heading that comes with the data', async () => {
    document.getElementById('link')?.focus();
    const stop = focusScreen(main());
    expect(document.activeElement).toBe(main());
    main().innerHTML = '<h2>Wellbeing</h2>';
    await flush();
    expect(document.activeElement?.textContent).toBe('Wellbeing');
    stop();
  });

  it('does not take back a focus put elsewhere meanwhile', async () => {
    const stop = focusScreen(main());
    document.getElementById('other')?.focus();
    main().innerHTML = '<h2>Grid</h2>';
    await flush();
    expect(document.activeElement?.id).toBe('other');
    stop();
  });
});
