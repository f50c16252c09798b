import { describe, expect, test } from 'vitest';
import { formFromParams, validateForm, type SumFormText } from './sum-form-state.ts';

const labels = {
  low: 'Low',
  high: 'High',
  workers: 'Workers',
  chunks: 'Chunks per worker',
  gilMs: 'Switch interval',
};
const base: SumFormText = formFromParams({
  low: 0,
  high: 1_000_000,
  workers: 2,
  chunks: 4,
  transport: 'message',
  gil: undefined,
  where: 'workers',
});

describe('validateForm', () => {
  test('the defaults make the article’s run', () => {
    const result = validateForm(base, labels, 'en');
    expect(result).toMatchObject({
      ok: true,
      request: { low: 0, high: 1_000_000, workers: 2, chunksPerWorker: 4 },
    });
  });

  test('each bad field gets a message naming it and what is allowed', () => {
    const result = validateForm(
      { ...base, low: '1.5', workers: '0', chunks: 'many', gilOn: true, gilMs: '-1' },
      labels,
      'en',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.low).toBe(
      'Low must be an integer from -9,007,199,254,740,991 to 9,007,199,254,740,991.',
    );
    expect(result.errors.workers).toBe('Workers must be an integer from 1 to 64.');
    expect(result.errors.chunks).toBe('Chunks per worker must be an integer from 1 to 1,000.');
    expect(result.errors.gilMs).toBe('Switch interval must be a number from 0.1 to 1,000.');
    expect(result.errors.high).toBeUndefined();
  });

  test('low above high is named on low, in both languages', () => {
    const en = validateForm({ ...base, low: '10', high: '5' }, labels, 'en');
    expect(en.ok ? '' : en.errors.low).toContain('must not be above High');
    const zh = validateForm({ ...base, low: '10', high: '5' }, labels, 'zh');
    expect(zh.ok ? '' : zh.errors.low).toContain('不能大于');
  });

  test('beyond the safe integer range is refused', () => {
    const result = validateForm({ ...base, high: String(2 ** 53 + 2) }, labels, 'en');
    expect(result.ok ? '' : result.errors.high).toContain('must be an integer from');
  });

  test('the GIL interval is read only when the GIL is on', () => {
    expect(validateForm({ ...base, gilOn: false, gilMs: 'x' }, labels, 'en').ok).toBe(true);
    expect(validateForm({ ...base, gilOn: true, gilMs: '5' }, labels, 'en')).toMatchObject({
      ok: true,
      request: { gilMs: 5 },
    });
  });
});
