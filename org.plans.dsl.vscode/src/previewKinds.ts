/** The pages the server's `plans/preview` request makes (docs/editors.md). */
export interface PreviewKind {
  readonly kind: 'report' | 'plan' | 'checklist' | 'by-lead';
  readonly label: string;
}

export const PREVIEW_KINDS: readonly PreviewKind[] = [
  { kind: 'report', label: 'Board report' },
  { kind: 'plan', label: 'Whole plan' },
  { kind: 'checklist', label: 'Checklist by priority' },
  { kind: 'by-lead', label: "Each lead's actions" },
];

/** The request `plans/preview` and its result. */
export const PREVIEW_REQUEST = 'plans/preview';

export interface PreviewResult {
  readonly html: string;
  readonly kind: string;
}

/** Milliseconds after the last edit before the preview asks the server again. */
export const PREVIEW_DELAY_MS = 400;
