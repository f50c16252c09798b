// public/embed.js is plain JavaScript served as it is, so it carries its own copy of the labs and their
// names: this holds the copy to src/ui (a lab added there and not here would be refused in course pages).
import { expect, test } from 'vitest';
import embedSource from '../../public/embed.js?raw';
import { LAB_IDS } from '../ui/lab-ids.ts';
import { appLabNames } from '../ui/lab-names.ts';

test('embed.js knows every lab, by the names the app gives them', () => {
  const names = [...embedSource.matchAll(/^ {4}(\w+): \{ en: '([^']+)', zh: '([^']+)' \},$/gm)].map(
    ([, id, en, zh]) => [id, en, zh],
  );
  expect(names).toEqual(LAB_IDS.map((id) => [id, appLabNames.en.labs[id], appLabNames.zh.labs[id]]));
});
