/** Problems the validator reports beyond the schema (cross-references, kind-specific rules). */
export interface LintIssue {
  /** JSON path, e.g. `$.options[1].cons`. */
  path: string;
  message: string;
  /** `error` fails validation; `warning` is printed but passes. */
  severity: 'error' | 'warning';
}

export type Linter<B> = (bundle: B) => LintIssue[];
