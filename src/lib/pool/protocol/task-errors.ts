// How a task's failure is described on the wire. Realm-neutral: the worker builds these, the page words
// the closure check with the same message.
import type { ErrorInfo } from './pool-protocol.ts';
import { formatValue } from './format-log.ts';

/** The one wording of "this task is not self-contained", before sending and at run time. */
export function outerVariablesMessage(names: readonly string[], subject = 'task'): string {
  return (
    `${subject} reads outer variable(s) ${names.join(', ')}; ` +
    'task functions must be self-contained: pass data through the argument'
  );
}

/**
 * Name, message and stack of anything thrown. A ReferenceError for an undefined name is the run-time form of
 * the closure check and says so.
 */
export function toErrorInfo(thrown: unknown): ErrorInfo {
  if (thrown instanceof Error) {
    const undefinedName =
      thrown.name === 'ReferenceError' ? /^(\S+) is not defined$/.exec(thrown.message)?.[1] : undefined;
    const message = undefinedName
      ? `${outerVariablesMessage([undefinedName])} (${thrown.message})`
      : thrown.message;
    return thrown.stack === undefined
      ? { name: thrown.name, message }
      : { name: thrown.name, message, stack: thrown.stack };
  }
  return { name: 'Error', message: `a task threw a non-Error value: ${formatValue(thrown)}` };
}
