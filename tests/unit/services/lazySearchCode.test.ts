import { describe, expect, test, vi } from 'vitest';
import { lazyModule } from '../../../src/app/lazyModule';

/** An import that the test answers by hand, as a slow or failing network would. */
function fakeImport() {
  const calls: { resolve: (module: { name: string }) => void; reject: (e: Error) => void }[] = [];
  const importCode = vi.fn(
    () =>
      new Promise<{ name: string }>((resolve, reject) => {
        calls.push({ resolve, reject });
      }),
  );
  return { importCode, calls };
}

describe('code fetched only when first wanted', () => {
  test('nothing is fetched until asked; then once, however many ask', async () => {
    const { importCode, calls } = fakeImport();
    const lazy = lazyModule(importCode);
    expect(importCode).not.toHaveBeenCalled();
    expect(lazy.now()).toEqual({ module: null, failed: false });
    const first = lazy.load();
    const second = lazy.load();
    expect(importCode).toHaveBeenCalledTimes(1);
    calls[0]?.resolve({ name: 'search' });
    await expect(first).resolves.toEqual({ name: 'search' });
    await expect(second).resolves.toEqual({ name: 'search' });
    expect(lazy.now()).toEqual({ module: { name: 'search' }, failed: false });
    await lazy.load();
    expect(importCode).toHaveBeenCalledTimes(1);
  });

  test('the screens waiting for it are told when it arrives, and stop being told once they leave', async () => {
    const { importCode, calls } = fakeImport();
    const lazy = lazyModule(importCode);
    const staying = vi.fn();
    const leaving = vi.fn();
    lazy.subscribe(staying);
    lazy.subscribe(leaving)();
    const loaded = lazy.load();
    expect(staying).not.toHaveBeenCalled();
    calls[0]?.resolve({ name: 'search' });
    await loaded;
    expect(staying).toHaveBeenCalledTimes(1);
    expect(leaving).not.toHaveBeenCalled();
  });

  test('a failed fetch is said, and the next try fetches again', async () => {
    const { importCode, calls } = fakeImport();
    const lazy = lazyModule(importCode);
    const listener = vi.fn();
    lazy.subscribe(listener);
    const failing = lazy.load();
    calls[0]?.reject(new Error('offline'));
    await expect(failing).rejects.toThrow('offline');
    expect(lazy.now()).toEqual({ module: null, failed: true });
    expect(listener).toHaveBeenCalledTimes(1);
    const retry = lazy.load();
    expect(importCode).toHaveBeenCalledTimes(2);
    calls[1]?.resolve({ name: 'search' });
    await expect(retry).resolves.toEqual({ name: 'search' });
    expect(lazy.now()).toEqual({ module: { name: 'search' }, failed: false });
  });
});
