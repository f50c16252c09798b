// Test support: files a page starts downloading (an <a download> clicked by the export code), caught before
// the browser saves them and read before their object URLs are revoked. Not part of the app.
import { expect, vi } from 'vitest';

export async function downloadsDuring(
  act: () => void,
  count: number,
): Promise<{ name: string; blob: Blob }[]> {
  const links: HTMLAnchorElement[] = [];
  const keep = (event: MouseEvent) => {
    if (event.target instanceof HTMLAnchorElement && event.target.download) {
      links.push(event.target);
      event.preventDefault();
    }
  };
  document.addEventListener('click', keep, true);
  try {
    act();
    await vi.waitFor(() => expect(links).toHaveLength(count), { timeout: 10_000 });
  } finally {
    document.removeEventListener('click', keep, true);
  }
  return Promise.all(
    links.map(async (link) => ({ name: link.download, blob: await (await fetch(link.href)).blob() })),
  );
}
