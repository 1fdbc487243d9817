/** Resolves after `count` animation frames of this window: the virtualizer measures and moves rows in frames. */
export function frames(count = 2, win: Window = window): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left ? win.requestAnimationFrame(() => step(left - 1)) : resolve());
    step(count);
  });
}
