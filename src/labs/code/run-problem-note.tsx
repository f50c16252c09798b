// What stopped a run before it started, naming the editor, line and column, with a button that puts the
// cursor there.
import type { Dictionary } from '../../ui/lang.ts';
import type { codeLabMessages } from './code-lab-messages.ts';
import type { RunProblem } from './prepare-run.ts';

export function RunProblemNote({
  problem,
  messages: m,
  onGoTo,
}: {
  problem: RunProblem;
  messages: Dictionary<(typeof codeLabMessages)['en']>;
  onGoTo?: (editor: 'fn' | 'items', line: number, column: number) => void;
}) {
  const where = problem.where === 'fn' ? m.inCode : m.inItems;
  let text: string;
  let at: { line: number; column: number } | undefined;
  switch (problem.kind) {
    case 'syntax':
      at = problem.at;
      text = at
        ? m.syntaxError(where, at.line, at.column, problem.message)
        : `${where}: SyntaxError: ${problem.message}`;
      break;
    case 'missing':
      text = m.missing(where, problem.name);
      break;
    case 'json':
      at = problem.at;
      text = at ? m.jsonErrorAt(at.line, at.column, problem.message) : m.jsonError(problem.message);
      break;
    case 'generator': {
      at = problem.at;
      const said =
        problem.reason === 'threw'
          ? m.generatorThrew(problem.detail)
          : problem.reason === 'timeout'
            ? (problem.python ? m.generatorTimeoutPython : m.generatorTimeout)(Number(problem.detail))
            : m.generatorCrashed(problem.detail);
      text = at ? m.runError(where, at.line, at.column, said) : `${where}: ${said}`;
      break;
    }
    case 'limit':
      text = m.tooManyItems(problem.max);
      break;
    case 'unprotected':
      text = m.unprotectedLink;
      break;
  }
  return (
    <p className="check-bad" role="alert" data-testid="run-problem" data-line={at?.line}>
      {text}{' '}
      {at && onGoTo && (
        <button type="button" onClick={() => onGoTo(problem.where, at.line, at.column)}>
          {m.goToLine(at.line)}
        </button>
      )}
    </p>
  );
}
