import { describe, expect, it } from 'vitest';
import { autogrow } from './autogrow';

/** A text box whose text needs `height` pixels (jsdom lays nothing out). */
function box(height: () => number): HTMLTextAreaElement {
  const node = document.createElement('textarea');
  Object.defineProperty(node, 'scrollHeight', { get: height });
  document.body.append(node);
  return node;
}

describe('autogrow', () => {
  it('makes the box as tall as its text, as she types and when the value changes', () => {
    let needed = 120;
    const node = box(() => needed);
    const action = autogrow(node, 'short');
    expect(node.style.height).toBe('120px');
    needed = 300;
    node.dispatchEvent(new Event('input'));
    expect(node.style.height).toBe('300px');
    needed = 90;
    action.update();
    expect(node.style.height).toBe('90px');
    action.destroy();
    needed = 500;
    node.dispatchEvent(new Event('input'));
    expect(node.style.height).toBe('90px');
  });
});
