/** The states the status bar shows for the language server. */
export type ServerState = 'starting' | 'ready' | 'stopped';

/** What the status bar item says: text with a codicon, and its tooltip. */
export interface StatusLook {
  readonly text: string;
  readonly tooltip: string;
  readonly alarm: boolean;
}

/**
 * The status bar item for a state and the number of errors the server reports in open files.
 * `reason` says why a stopped server stopped (e.g. the Java it found).
 */
export function statusLook(state: ServerState, errors: number, reason?: string): StatusLook {
  switch (state) {
    case 'starting':
      return { text: '$(sync~spin) Plans', tooltip: 'The plans language server is starting', alarm: false };
    case 'stopped':
      return {
        text: '$(circle-slash) Plans: stopped',
        tooltip: reason ?? 'The plans language server is not running. Click for its output.',
        alarm: true,
      };
    default:
      if (errors > 0) {
        return {
          text: `$(error) Plans: ${errors} ${errors === 1 ? 'error' : 'errors'}`,
          tooltip: `The plans language server reports ${errors} ${errors === 1 ? 'error' : 'errors'}. Click for its output.`,
          alarm: false,
        };
      }
      return { text: '$(check) Plans', tooltip: 'The plans language server is ready. Click for its output.', alarm: false };
  }
}
