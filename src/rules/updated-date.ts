import { firstOutOfOrder, latestChangeDate } from '../lib/changes.ts';
import { isCalendarDate } from '../lib/dates.ts';
import { defineRule } from './engine/rule.ts';

interface RawChange {
  date: string;
}

function datedChanges(value: unknown): RawChange[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const changes = value.filter((entry): entry is RawChange => typeof entry === 'object' && entry !== null && typeof (entry as RawChange).date === 'string' && isCalendarDate((entry as RawChange).date));
  return changes.length === value.length ? changes : undefined;
}

export default defineRule({
  id: 'updated-date',
  severity: 'error',
  appliesTo: ['article'],
  finds: 'An article with a `changes` history whose `updatedDate` is not the date of its latest entry, or whose entries are not newest first.',
  example: 'updatedDate is 2026-11-29, but the latest entry in changes is dated 2026-12-03. Set updatedDate: 2026-12-03.',
  fix: 'Set `updatedDate` to the date of the newest `changes` entry, and list the entries newest first.',
  check({ document, report }) {
    const data = document.data;
    if (!data) return;
    // The schema reports a wrong date or entry; this rule reads only a well-formed history.
    const changes = datedChanges(data.changes);
    const latest = changes && latestChangeDate(changes);
    if (!changes || !latest) return;
    const updated = data.updatedDate;
    if (updated === undefined) {
      report(document.fieldPlaces.get('changes'), `the latest entry in changes is dated ${latest}, but there is no updatedDate. Add updatedDate: ${latest}.`);
    } else if (updated !== latest) {
      report(document.fieldPlaces.get('updatedDate'), `updatedDate is ${String(updated)}, but the latest entry in changes is dated ${latest}. Set updatedDate: ${latest}.`);
    }
    const outOfOrder = firstOutOfOrder(changes);
    if (outOfOrder > 0) {
      report(
        document.fieldPlaces.get('changes'),
        `changes must be newest first, but entry ${outOfOrder + 1} (${changes[outOfOrder]!.date}) is newer than entry ${outOfOrder} (${changes[outOfOrder - 1]!.date}). Move the newest entry to the top.`,
      );
    }
  },
});
