// "Copy a link with this code": the page's address with the code (compressed when long) in `fn` and
// `items`. Where the clipboard is refused (an embedded frame, an old browser) the link is shown to copy by
// hand.
import { useState } from 'react';
import type { Dictionary } from '../../ui/lang.ts';
import type { CodeForm } from './code-form.ts';
import type { codeLabMessages } from './code-lab-messages.ts';
import { encodeCode } from './engine/code-link.ts';

/** The address of the lab with `form`'s code in it; the other inputs are already in the address. */
export async function linkWithCode(form: CodeForm, href: string): Promise<string> {
  const url = new URL(href);
  url.searchParams.delete('embed');
  url.searchParams.set('lab', 'code');
  url.searchParams.set('fn', await encodeCode(form.fn));
  if (form.from === 'range') url.searchParams.delete('items');
  else url.searchParams.set('items', await encodeCode(form.itemsText));
  return url.href;
}

export function CodeLinkField({
  form,
  messages: m,
}: {
  form: CodeForm;
  messages: Dictionary<(typeof codeLabMessages)['en']>;
}) {
  const [shown, setShown] = useState<{ link: string; copied: boolean } | undefined>();
  const copy = async () => {
    const link = await linkWithCode(form, window.location.href);
    try {
      await navigator.clipboard.writeText(link);
      setShown({ link, copied: true });
    } catch {
      setShown({ link, copied: false });
    }
  };
  return (
    <>
      <button type="button" onClick={() => void copy()}>
        {m.copyLink}
      </button>
      {shown && (
        <span className="link-copy" data-testid="code-link">
          {shown.copied ? (
            m.linkCopied
          ) : (
            <label>
              {m.linkShown}{' '}
              <input type="text" readOnly value={shown.link} onFocus={(e) => e.currentTarget.select()} />
            </label>
          )}
        </span>
      )}
    </>
  );
}
