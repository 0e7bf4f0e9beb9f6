// Crosscheck's own LSP messages, shared by the server and the client. Plain names and shapes
// only (no imports), so the client bundle does not pull in server code.

/** Request: re-read every article from disk and re-analyse the whole workspace. */
export const REANALYZE_REQUEST = 'crosscheck/reanalyze';

export interface ReanalyzeResult {
  articles: number;
  skipped: number;
}

/** Notification, server -> client, after each index update (drives the status bar). */
export const STATUS_NOTIFICATION = 'crosscheck/status';

export interface StatusParams {
  /** Articles currently analysed. */
  articles: number;
  /** Findings of severity error, warning or information (hints are not conflicts). */
  conflicts: number;
  /** All findings, hints included. */
  findings: number;
  /** Files that matched the article globs but could not be read (see the log). */
  skipped: number;
  /** True while the workspace is being (re)indexed. */
  indexing: boolean;
  /**
   * True while the diagnostics shown are the ones saved at the end of the last session for
   * exactly this state of the folder (every article's text, the settings, annotations, date
   * and code the same), and the index behind them is being loaded: hover, references, symbols
   * and code actions wait for it. The counts above are the saved ones meanwhile.
   */
  restoring?: boolean;
}
