import { useId, type ReactNode } from 'react';

/**
 * A lab's input card: a form titled by its heading, where Enter in any field (or the Run submit button)
 * calls `onRun` instead of reloading the page.
 */
export function CardForm({
  title,
  onRun,
  className,
  children,
}: {
  title: string;
  onRun: () => void;
  /** Extra classes beside `card`. */
  className?: string;
  children: ReactNode;
}) {
  const titleId = useId();
  return (
    <form
      className={className ? `card ${className}` : 'card'}
      aria-labelledby={titleId}
      onSubmit={(event) => {
        event.preventDefault();
        onRun();
      }}
    >
      <h3 id={titleId}>{title}</h3>
      {children}
    </form>
  );
}
