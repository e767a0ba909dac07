/**
 * The offline copy waits for a moment when nothing is pressed (src/main.tsx):
 * the quiet time, started again by each press or key.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { afterQuiet } from '../../../src/app/afterQuiet';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const press = (target: EventTarget, type = 'pointerdown') => target.dispatchEvent(new Event(type));

test('runs the work once nothing has been pressed for the quiet time', () => {
  const target = new EventTarget();
  const work = vi.fn();
  afterQuiet(target, 1500, work);
  vi.advanceTimersByTime(1499);
  expect(work).not.toHaveBeenCalled();
  vi.advanceTimersByTime(1);
  expect(work).toHaveBeenCalledTimes(1);
});

test('each press or key starts the quiet time again', () => {
  const target = new EventTarget();
  const work = vi.fn();
  afterQuiet(target, 1500, work);
  for (const type of ['pointerdown', 'keydown', 'pointerdown']) {
    vi.advanceTimersByTime(1000);
    press(target, type);
  }
  vi.advanceTimersByTime(1499);
  expect(work).not.toHaveBeenCalled();
  vi.advanceTimersByTime(1);
  expect(work).toHaveBeenCalledTimes(1);
});

test('runs the work once only: a press after it starts nothing again', () => {
  const target = new EventTarget();
  const work = vi.fn();
  afterQuiet(target, 1500, work);
  vi.advanceTimersByTime(1500);
  press(target);
  vi.advanceTimersByTime(10_000);
  expect(work).toHaveBeenCalledTimes(1);
});
