/** Machine-readable failure codes, carried in `pakke-error` event details. */
export type PakkeErrorCode =
  /** The request never got an answer (offline, DNS, CORS, connection refused). */
  | 'network'
  /** The page's Content-Security-Policy refused the request (`connect-src`): a fault of the page, not of the network. */
  | 'blocked'
  /** No answer within the element's `timeout`. */
  | 'timeout'
  /** The server answered with a non-2xx status. */
  | 'http'
  /** The response was not JSON. */
  | 'invalid-json'
  /** The JSON does not match the bundle schema. */
  | 'schema'
  /** The content's hash does not match `integrity`, or it could not be checked. */
  | 'integrity'
  /** The bundle's `format` major is one this toolkit does not understand. */
  | 'unsupported-format'
  /** A bundle of another kind was given to this element. */
  | 'wrong-kind'
  /** Neither `src` nor `bundle` (nor `bundle-id` with `content-base`) was set. */
  | 'no-content'
  /** The catalogue has no bundle with that id, or no version in the requested range. */
  | 'not-found'
  /** An attribute has a value the element cannot use (e.g. an invalid date). */
  | 'invalid-attribute'
  /**
   * A local overlay (`overlay`) was not applied: it could not be loaded, is invalid, is written for
   * another bundle or for versions the loaded bundle is outside of, or would change something the
   * base does not allow. The national content is shown without it (never partly changed).
   */
  | 'overlay-not-applied';

export interface SchemaIssue {
  /** JSON path such as `$.phases[0].steps[1].title.nb`. */
  path: string;
  message: string;
}

export interface PakkeErrorDetail {
  code: PakkeErrorCode;
  message: string;
  url?: string;
  status?: number;
  issues?: SchemaIssue[];
  /** For `unsupported-format`: the bundle's format and the one understood. */
  format?: { found: unknown; supported: number };
  /** For `wrong-kind`: the kind found and the one expected. */
  kind?: { found: unknown; expected: string };
  /** For `invalid-attribute`: which attribute. */
  attribute?: string;
  /** For `overlay-not-applied`: which overlay, for which base, and why. */
  overlay?: OverlayRefusal;
}

/** Why an overlay was not applied. */
export interface OverlayRefusal {
  /** `load`: not fetched or not JSON; `integrity`: the file does not match `overlay-integrity`; `invalid`: not a valid overlay; `other-bundle`: written for another bundle id;
   * `version`: the base version is outside the overlay's range; `target`: an id the overlay names is missing or
   * ambiguous in the base; `not-replaceable`: it replaces wording the base does not mark as replaceable. */
  reason: 'load' | 'integrity' | 'invalid' | 'other-bundle' | 'version' | 'target' | 'not-replaceable';
  id?: string;
  baseId?: string;
  range?: string;
  baseVersion?: string;
}

/** An error from loading or checking a bundle. */
export class BundleError extends Error {
  readonly detail: PakkeErrorDetail;
  constructor(detail: PakkeErrorDetail) {
    super(detail.message);
    this.name = 'BundleError';
    this.detail = detail;
  }
  get code(): PakkeErrorCode {
    return this.detail.code;
  }
}

/** Codes for which trying again can help. */
export function isRetryable(detail: PakkeErrorDetail): boolean {
  if (detail.code === 'network' || detail.code === 'timeout') return true;
  return detail.code === 'http' && (detail.status === undefined || detail.status >= 500 || detail.status === 408 || detail.status === 429);
}

/** Formats a zod issue path as a JSON path. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$-]*$/.test(key) && !key.includes('-')) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}
