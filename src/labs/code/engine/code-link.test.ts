import { describe, expect, test } from 'vitest';
import { CodeLinkError, decodeCode, encodeCode, MAX_CODE_LENGTH, PLAIN_UP_TO } from './code-link.ts';

describe('code in a link', () => {
  test('short code goes as it is', async () => {
    const code = 'function work(x) {\n  return x * 2; // 中文\n}';
    expect(await encodeCode(code)).toBe(code);
    expect(await decodeCode(code)).toBe(code);
  });

  test('long code is compressed, survives a URL and comes back exactly', async () => {
    const code = Array.from({ length: 80 }, (_, i) => `  const v${i} = item * ${i}; // 行 ${i}`).join('\n');
    expect(code.length).toBeGreaterThan(PLAIN_UP_TO);
    const packed = await encodeCode(code);
    expect(packed.startsWith('~z1.')).toBe(true);
    expect(packed.length).toBeLessThan(code.length / 2);
    const url = new URL('https://example.org/?lab=code');
    url.searchParams.set('fn', packed);
    const back = new URL(url.href).searchParams.get('fn')!;
    expect(await decodeCode(back)).toBe(code);
  });

  test('a damaged compressed value is refused with a CodeLinkError', async () => {
    const packed = await encodeCode('let x = 1;\n'.repeat(200));
    await expect(decodeCode(packed.slice(0, packed.length - 9) + 'AAAA')).rejects.toBeInstanceOf(
      CodeLinkError,
    );
    await expect(decodeCode('~z1.not*base64')).rejects.toBeInstanceOf(CodeLinkError);
    // The reason, for a message in the reader's language.
    await expect(decodeCode('~z1.12.AAAA')).rejects.toMatchObject({ reason: 'damaged' });
  });

  test('a value that inflates past the limit is refused, not decoded in full', async () => {
    const bomb = await encodeCode('a'.repeat(MAX_CODE_LENGTH * 4));
    expect(bomb.length).toBeLessThan(2000);
    await expect(decodeCode(bomb)).rejects.toThrow(`longer than ${MAX_CODE_LENGTH}`);
    await expect(decodeCode('b'.repeat(MAX_CODE_LENGTH + 1))).rejects.toMatchObject({ reason: 'too-long' });
  });
});
