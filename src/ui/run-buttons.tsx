/**
 * The Run (submits the lab's form) and Cancel pair every lab shows: Run is off while running, Cancel only
 * while running (or while `cancellable`).
 */
export function RunButtons({
  running,
  onCancel,
  runLabel,
  cancelLabel,
  cancellable = running,
}: {
  running: boolean;
  onCancel: () => void;
  runLabel: string;
  cancelLabel: string;
  cancellable?: boolean;
}) {
  return (
    <>
      <button type="submit" className="primary" disabled={running}>
        {runLabel}
      </button>
      <button type="button" onClick={onCancel} disabled={!cancellable}>
        {cancelLabel}
      </button>
    </>
  );
}
