// Types for peer-support-screener.js: the JavaScript API and the custom element.
// The JSON shapes are those of SCREENING.md.

export type ProgramId = /*dist:program-ids*/ string;

/** `YYYY-MM-DD`, a calendar date with no time zone. */
export type IsoDate = string;

export type Lang = 'en' | 'es';
export type Audience = 'staff' | 'family';

/** A yes/no, a date, option ids of a multi-select, one option id, or a count; null is unknown. */
export type AnswerValue = boolean | IsoDate | string[] | string | number | null;

export interface ScreeningRequest {
  program: ProgramId;
  /** The screening date; defaults to today's local date. */
  as_of?: IsoDate;
  /** The language of `reason` and `next_steps`; defaults to `en`. */
  lang?: Lang;
  /** Keyed by question id; an absent or null answer is unknown (not "no"). */
  answers?: Record<string, AnswerValue>;
}

export type Outcome = 'eligible' | 'not_eligible' | 'incomplete';
export type CriterionKind = 'eligibility' | 'exclusion' | 'requirement' | 'limit';
export type Status = 'pass' | 'fail' | 'unknown';

export interface Source {
  /** The source's file name: a stable id of the document. */
  document: string;
  section: string;
  title: string;
  /** Verbatim from the document. */
  quote: string;
}

export interface CriterionResult {
  id: string;
  kind: CriterionKind;
  status: Status;
  reason: string;
  source: Source;
}

export interface Transition {
  service: string;
  from: IsoDate;
  until: IsoDate;
}

export interface ServiceFacts {
  unit_minutes: number | null;
  rate_cents: number | null;
  procedure_code: string | null;
  max_units_per_day: number | null;
  max_units_per_month: number | null;
}

export interface ScreeningResponse {
  program: ProgramId;
  /** The rulebook's version. */
  version: string;
  as_of: IsoDate;
  outcome: Outcome;
  eligible_from: IsoDate | null;
  /** The first day after `as_of` on which the outcome would change, if any. */
  rescreen_on: IsoDate | null;
  transitions: Transition[];
  criteria: CriterionResult[];
  /** Question ids to answer next, in question order (only when incomplete). */
  missing: string[];
  next_steps: string[];
  service: ServiceFacts;
}

export type ErrorCode =
  | 'invalid_request'
  | 'unknown_program'
  | 'not_in_force'
  | 'unknown_question'
  | 'invalid_answer'
  /** `programs()` or `screen()` called before `ready` resolved, or after the screener stopped (a trap). */
  | 'not_ready';

/** What `screen()` throws on bad input. Its `message` is plain text, never HTML. */
export interface ScreeningError extends Error {
  code: ErrorCode;
  /** The answer key at fault, for `unknown_question` and `invalid_answer`; otherwise null. */
  question: string | null;
}

/** Staff and family wording, each in English and Spanish. */
export interface Wording {
  staff: { en: string; es: string };
  family: { en: string; es: string };
}

export interface QuestionInfo {
  id: string;
  type: 'yes_no' | 'date' | 'multi_select' | 'single_choice' | 'count';
  /** The yes/no question this one follows up, or null. */
  parent: string | null;
  text: Wording;
  options: { id: string; text: Wording }[];
}

export interface CriterionInfo {
  id: string;
  kind: CriterionKind;
  /** The question ids it reads. */
  questions: string[];
  source: Source;
}

export interface ProgramInfo {
  id: ProgramId;
  state: string;
  title: Wording;
  version: string;
  effective_from: IsoDate | null;
  questions: QuestionInfo[];
  criteria: CriterionInfo[];
  service: ServiceFacts;
}

/** Resolves once the WebAssembly is loaded. */
export const ready: Promise<void>;

/** Every program as data (the same as `peer-screen programs`). */
export function programs(): { programs: ProgramInfo[] };

/** Screens one request; throws a ScreeningError on bad input. */
export function screen(request: ScreeningRequest): ScreeningResponse;

/**
 * Whether the element would take `value` for the attribute `name` (`contact-phone`, `exit-url`,
 * `fallback-url`, …): null when it would, otherwise the reason it would leave the value out (the
 * words of its console warning). Throws a ScreeningError `not_ready` before `ready` resolves.
 */
export function checkOption(name: string, value: string | null): string | null;

/** The `detail` of `screening-change` with `events="summary"`: no answer, no criterion, no reason. */
export interface ScreeningSummary {
  program: ProgramId;
  /** The rulebook's version. */
  version: string;
  as_of: IsoDate;
  outcome: Outcome;
  eligible_from: IsoDate | null;
  /** The first day after `as_of` on which the outcome would change, if any. */
  rescreen_on: IsoDate | null;
  missing: string[];
}

/**
 * `<peer-support-screener>`; attributes: program, state, lang, audience, heading-level, events
 * (`summary` | `full`), idle-minutes, shadow (`open`, for tests), crisis, exit, exit-url,
 * contact-name, contact-phone, contact-email, contact-url, contact-hours, layout, history,
 * fallback-url (EMBEDDING.md §2). When it cannot start on a page it shows `[data-fallback]` in its
 * shadow root, with a link to `fallback-url` (EMBEDDING.md §10).
 * With `events` (read once, when first connected), it dispatches `screening-change` on itself only
 * (not bubbling, not composed): listen on the element, with `ScreeningSummary` or
 * `ScreeningResponse` as the detail (`null` to a listener anywhere else, EMBEDDING.md §4).
 */
export class PeerSupportScreener extends HTMLElement {}

declare global {
  interface HTMLElementTagNameMap {
    'peer-support-screener': PeerSupportScreener;
  }
  interface HTMLElementEventMap {
    'screening-change': CustomEvent<ScreeningSummary | ScreeningResponse>;
  }
}
