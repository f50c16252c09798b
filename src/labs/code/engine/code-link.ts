// Code in a link: `?lab=code&fn=…&items=…`. Short text goes as it is (URL-encoded by URLSearchParams);
// longer text is deflated and base64url-encoded behind a prefix, so a page of code still fits in a link.
// Runs on the page; CompressionStream exists in every browser the app supports.

/** Marks a compressed value; plain code never starts with it (`~z1.` is not how a program or JSON begins). */
const COMPRESSED = '~z1.';
/** Text up to this length goes plain: readable in the address bar, and compression gains little. */
export const PLAIN_UP_TO = 600;
/** The longest text a link may carry, in UTF-16 units; a longer one (or one that inflates past it) is refused. */
export const MAX_CODE_LENGTH = 100_000;

export class CodeLinkError extends Error {
  override readonly name = 'CodeLinkError';
  constructor(
    message: string,
    /** What is wrong, for a message in the reader's language. */
    readonly reason: 'damaged' | 'too-long',
  ) {
    super(message);
  }
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text))
    throw new CodeLinkError('the compressed code has characters base64url lacks', 'damaged');
  let binary: string;
  try {
    binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    throw new CodeLinkError('the compressed code in the link is damaged', 'damaged');
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function pipeBytes(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit: number) {
  const writer = stream.writable.getWriter();
  // Not awaited: the writes complete as the reader below drains the stream.
  void writer
    .write(bytes as Uint8Array<ArrayBuffer>)
    .then(() => writer.close())
    .catch(() => {});
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > limit) {
      await reader.cancel();
      throw new CodeLinkError(
        `the code in the link is longer than ${MAX_CODE_LENGTH} characters`,
        'too-long',
      );
    }
    chunks.push(value);
  }
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** The value of a link parameter that carries `text`. */
export async function encodeCode(text: string): Promise<string> {
  if (text.length <= PLAIN_UP_TO) return text;
  const bytes = new TextEncoder().encode(text);
  const deflated = await pipeBytes(bytes, new CompressionStream('deflate-raw'), Number.POSITIVE_INFINITY);
  // The length goes first: a damaged value that still inflates is caught by it.
  const packed = `${COMPRESSED}${text.length}.${toBase64Url(deflated)}`;
  return packed.length < text.length ? packed : text;
}

/** The text a link parameter carries. Throws a CodeLinkError for a damaged or oversized value. */
export async function decodeCode(value: string): Promise<string> {
  if (!value.startsWith(COMPRESSED)) {
    if (value.length > MAX_CODE_LENGTH) {
      throw new CodeLinkError(
        `the code in the link is longer than ${MAX_CODE_LENGTH} characters`,
        'too-long',
      );
    }
    return value;
  }
  const header = /^(\d{1,6})\./.exec(value.slice(COMPRESSED.length));
  if (!header) throw new CodeLinkError('the compressed code in the link is damaged', 'damaged');
  const expectedLength = Number(header[1]);
  if (expectedLength > MAX_CODE_LENGTH) {
    throw new CodeLinkError(`the code in the link is longer than ${MAX_CODE_LENGTH} characters`, 'too-long');
  }
  const bytes = fromBase64Url(value.slice(COMPRESSED.length + header[0].length));
  let inflated: Uint8Array;
  try {
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    inflated = await pipeBytes(bytes, new DecompressionStream('deflate-raw'), MAX_CODE_LENGTH * 3);
  } catch (error) {
    if (error instanceof CodeLinkError) throw error;
    throw new CodeLinkError('the compressed code in the link is damaged', 'damaged');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    throw new CodeLinkError('the compressed code in the link is damaged', 'damaged');
  }
  if (text.length !== expectedLength)
    throw new CodeLinkError('the compressed code in the link is damaged', 'damaged');
  return text;
}
