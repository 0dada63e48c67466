/**
 * Where things are in a JSON text, for `file:line:column` in the validator's report: a small
 * scanner that records the position of every value by its JSON path, and the line and column
 * of a syntax error (JSON.parse gives at best a character offset).
 */

export interface Position {
  line: number;
  column: number;
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: Position,
  ) {
    super(message);
  }
}

/** Line and column (both 1-based) of a character offset. */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/**
 * Scans `text` as JSON. Returns a map from JSON path (`$.a[0].b`, written as `jsonPath` writes
 * them) to the offset of the value there (for an object member, its key). Throws
 * `JsonSyntaxError` with a position for invalid JSON.
 */
export function jsonOffsets(text: string, pathOf: (path: (string | number)[]) => string): Map<string, number> {
  const out = new Map<string, number>();
  let i = 0;
  const fail = (what: string): never => {
    const found = i >= text.length ? 'the end of the file' : JSON.stringify(text[i]);
    throw new JsonSyntaxError(`${what}, found ${found}`, positionAt(text, i));
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const string = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') i++;
      else if (text[i]! < ' ') fail('Unescaped control character in a string');
      i++;
    }
    if (i >= text.length) {
      i = start;
      fail('Unterminated string');
    }
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: (string | number)[], at?: number): void => {
    ws();
    out.set(pathOf(path), at ?? i);
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('Expected a property name in double quotes');
        const keyAt = i;
        const key = string();
        ws();
        if (text[i] !== ':') fail(`Expected ":" after the property name "${key}"`);
        i++;
        value([...path, key], undefined);
        out.set(pathOf([...path, key]), keyAt);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail('Expected "," or "}" after a property value');
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (let n = 0; ; n++) {
        value([...path, n]);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail('Expected "," or "]" after an array item');
      }
    }
    if (c === '"') {
      string();
      return;
    }
    const m = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (!m) fail('Expected a value (a string in double quotes, a number, true, false, null, an object or an array)');
    i += m![0].length;
  };
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  value([]);
  ws();
  if (i < text.length) fail('Unexpected text after the JSON value');
  return out;
}
