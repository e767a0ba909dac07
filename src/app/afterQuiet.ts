const presses = ['pointerdown', 'keydown'] as const;

/**
 * Runs `work` once nothing has been pressed on `target` for `quietMs`. Work
 * in the background that would compete with a press for a slow phone's
 * cores waits for a moment when the person is reading, not pressing.
 */
export function afterQuiet(target: EventTarget, quietMs: number, work: () => void): void {
  const done = () => {
    for (const type of presses) target.removeEventListener(type, again, { capture: true });
    work();
  };
  let timer = setTimeout(done, quietMs);
  function again() {
    clearTimeout(timer);
    timer = setTimeout(done, quietMs);
  }
  for (const type of presses)
    target.addEventListener(type, again, { capture: true, passive: true });
}
