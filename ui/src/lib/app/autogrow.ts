// A text box as tall as its text: the page scrolls, never the box inside it (a long context
// in a scrolling box within a scrolling page was hard to read and to edit). Its CSS
// min-height still gives an empty box room to type.

function fit(node: HTMLTextAreaElement) {
  node.style.height = 'auto';
  const borders = node.offsetHeight - node.clientHeight;
  node.style.height = `${node.scrollHeight + borders}px`;
}

/**
 * `use:autogrow={value}`: fits the box now, as she types, when `value` changes from elsewhere
 * and when the width does.
 */
export function autogrow(node: HTMLTextAreaElement, _value?: string) {
  let width = node.clientWidth;
  const typed = () => fit(node);
  node.addEventListener('input', typed);
  // Absent only where there is no layout (the unit tests' DOM).
  const observer =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver(() => {
          if (node.clientWidth !== width) {
            width = node.clientWidth;
            fit(node);
          }
        });
  observer?.observe(node);
  fit(node);
  return {
    update: () => fit(node),
    destroy: () => {
      observer?.disconnect();
      node.removeEventListener('input', typed);
    },
  };
}
