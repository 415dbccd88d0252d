/**
 * The editors' rulebook: every content rule, one per file, in the order the
 * guide lists them. `npm run check` and `astro build` run exactly this list
 * (through src/rules/engine/runner.ts), so they report the same findings.
 */
import emptyFile from './empty-file.ts';
import yamlSyntax from './yaml-syntax.ts';
import fields from './fields.ts';
import mdxSyntax from './mdx-syntax.ts';
import fileName from './file-name.ts';
import duplicateUrl from './duplicate-url.ts';
import duplicateTitle from './duplicate-title.ts';
import titleMarkup from './title-markup.ts';
import mdxImport from './mdx-import.ts';
import mdxCode from './mdx-code.ts';
import componentUnknown from './component-unknown.ts';
import unsafeHtml from './unsafe-html.ts';
import headingH1 from './heading-h1.ts';
import headingSkip from './heading-skip.ts';
import emptySection from './empty-section.ts';
import keyPoints from './key-points.ts';
import brokenLink from './broken-link.ts';
import unpublishedLink from './unpublished-link.ts';
import brokenAnchor from './broken-anchor.ts';
import httpLink from './http-link.ts';
import imageAlt from './image-alt.ts';
import imageMissing from './image-missing.ts';
import imageSize from './image-size.ts';
import citeUnknown from './cite-unknown.ts';
import sleepOptions from './sleep-options.ts';
import optionData from './option-data.ts';
import termUnknown from './term-unknown.ts';
import termUndefined from './term-undefined.ts';
import effectSize from './effect-size.ts';
import sourceUncited from './source-uncited.ts';
import evidenceLevel from './evidence-level.ts';
import sectionGrade from './section-grade.ts';
import stepFigure from './step-figure.ts';
import evidenceClaim from './evidence-claim.ts';
import evidenceCeiling from './evidence-ceiling.ts';
import gradeTable from './grade-table.ts';
import sourceStrength from './source-strength.ts';
import uncitedClaim from './uncited-claim.ts';
import sharedWords from './shared-words.ts';
import answerMissing from './answer-missing.ts';
import descriptionTodo from './description-todo.ts';
import todo from './todo.ts';
import reviewOverdue from './review-overdue.ts';
import updatedDate from './updated-date.ts';
import referenceReaderNote from './reference-reader-note.ts';
import triageLevel from './triage-level.ts';
import triageNoCard from './triage-no-card.ts';
import addressGone from './address-gone.ts';
import addressNew from './address-new.ts';
import redirectTarget from './redirect-target.ts';
import type { Rule } from './engine/rule.ts';

export const rulebook: readonly Rule[] = [
  emptyFile,
  yamlSyntax,
  fields,
  mdxSyntax,
  fileName,
  duplicateUrl,
  duplicateTitle,
  titleMarkup,
  mdxImport,
  mdxCode,
  componentUnknown,
  unsafeHtml,
  headingH1,
  headingSkip,
  emptySection,
  keyPoints,
  brokenLink,
  unpublishedLink,
  brokenAnchor,
  httpLink,
  imageAlt,
  imageMissing,
  imageSize,
  citeUnknown,
  sourceUncited,
  sleepOptions,
  optionData,
  termUnknown,
  evidenceLevel,
  sectionGrade,
  stepFigure,
  evidenceClaim,
  evidenceCeiling,
  gradeTable,
  sourceStrength,
  uncitedClaim,
  termUndefined,
  effectSize,
  triageLevel,
  triageNoCard,
  sharedWords,
  answerMissing,
  descriptionTodo,
  todo,
  reviewOverdue,
  updatedDate,
  referenceReaderNote,
  addressGone,
  addressNew,
  redirectTarget,
];
