// The code editor as the lab places it: its chunk (140 KB gzip, CodeMirror) is requested only once the lab
// has committed its first render, so the lab is usable before the chunk arrives, and a line saying it is
// loading holds its place meanwhile.
import { lazy, Suspense } from 'react';
import { useAfterFirstCommit } from '../../ui/use-after-first-commit.ts';
import type { CodeEditorProps } from './code-editor.tsx';

/** The editor's chunk has arrived: a lab mounted again shows its editors in its first render. */
let editorChunkLoaded = false;
const CodeEditor = lazy(() =>
  import('./code-editor.tsx').then((module) => {
    editorChunkLoaded = true;
    return module;
  }),
);

/** Whether the editors may load now: after the lab's first commit, or at once when the chunk is here. */
export function useEditorsMayLoad(): boolean {
  return useAfterFirstCommit(editorChunkLoaded);
}

export function LazyCodeEditor({
  ready,
  loadingText,
  ...props
}: CodeEditorProps & { readonly ready: boolean; readonly loadingText: string }) {
  const loading = <p className="note">{loadingText}</p>;
  return ready ? (
    <Suspense fallback={loading}>
      <CodeEditor {...props} />
    </Suspense>
  ) : (
    loading
  );
}
