import { defineRule } from './engine/rule.ts';

/** Words that say how the evidence review saw a detail: a note for editors, not readers. */
const EDITORS_WORDING = /\b(seen|not shown|unverified|not verified|secondary (?:site|summary|summaries|report|reports|source)|mirror|aggregator|evidence review|copy of the page)\b/i;

export default defineRule({
  id: 'reference-reader-note',
  severity: 'error',
  appliesTo: ['reference'],
  finds: "A reference's `note` (which readers see under the source) that reads like a note for editors: how a detail was seen, what is unverified, a secondary site or a mirror.",
  example: 'the note reads like a note for editors ("seen"), but readers see note under the source. Move it to editorNote, and keep in note only what a reader should know (funding, a correction).',
  fix: 'Move it to `editorNote:`; keep in `note:` only what a reader should know.',
  check({ document, report }) {
    const note = document.data?.note;
    if (typeof note !== 'string') return;
    const match = EDITORS_WORDING.exec(note);
    if (!match) return;
    report(
      document.fieldPlaces.get('note'),
      `the note reads like a note for editors ("${match[0]}"), but readers see note under the source. Move it to editorNote, and keep in note only what a reader should know (funding, a correction).`,
    );
  },
});
