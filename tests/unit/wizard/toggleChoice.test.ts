import { describe, expect, test } from 'vitest';
import { toggleChoice } from '../../../src/wizard/toggleChoice';

const order = ['email', 'files', 'visio', 'chat'] as const;

describe('ticking a box of a multi-choice answer', () => {
  test('adds an unticked value, in the catalogue order', () => {
    expect(toggleChoice(order, ['chat'], 'files')).toEqual(['files', 'chat']);
  });

  test('removes a ticked value', () => {
    expect(toggleChoice(order, ['email', 'visio'], 'email')).toEqual(['visio']);
  });

  test('the same choices give the same answer whatever the order of ticking', () => {
    const one = toggleChoice(order, toggleChoice(order, [], 'visio'), 'email');
    const other = toggleChoice(order, toggleChoice(order, [], 'email'), 'visio');
    expect(one).toEqual(['email', 'visio']);
    expect(other).toEqual(one);
  });

  test('unticking the last value leaves an empty answer', () => {
    expect(toggleChoice(order, ['chat'], 'chat')).toEqual([]);
  });
});
