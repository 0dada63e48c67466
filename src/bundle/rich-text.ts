/**
 * Rich text: a small, safe Markdown-like subset parsed into a tree of plain data. This file is
 * the parser and has no dependencies on Lit, so `parseRichText` and `richTextToPlain` from
 * `pakke-elements/model` stay small; `rich-text-render.ts` turns the tree into Lit templates.
 * Content strings only ever become text nodes or attribute values; no HTML parser sees them.
 *
 * Blocks (separated by a blank line): paragraphs, `#`–`###` headings, `- `/`* ` bullet lists,
 * `1. ` numbered lists. Inline: `**strong**`, `*emphasis*` / `_emphasis_`, `[text](url)`, a
 * backslash escapes the next character, and a single newline is a line break.
 *
 * Media, each on a line of its own:
 * - `![Alt text](image.jpg)`: an image; the alt text is required (no alt text: not shown).
 * - `!video[Title](src=video.mp4 captions=captions.vtt sign=sign-language.mp4)`: a video with a
 *   required WebVTT captions track and an optional sign-language version. Without captions it is
 *   not shown. Videos never autoplay and load nothing until played; images load lazily.
 * Media URLs must be `https:` or relative; others are dropped. The validator reports all of these.
 */
import { MEDIA_SCHEMES, safeUrl } from './url.js';

export type Inline =
  | { t: 'text'; v: string }
  | { t: 'br' }
  | { t: 'strong'; c: Inline[] }
  | { t: 'em'; c: Inline[] }
  | { t: 'link'; href: string | undefined; c: Inline[] };

export type Block =
  | { t: 'p'; c: Inline[] }
  /** `src` is undefined when the URL was missing or not allowed. */
  | { t: 'img'; alt: string; src: string | undefined; raw: string }
  | { t: 'video'; title: string; src: string | undefined; captions: string | undefined; sign: string | undefined; raw: Record<string, string> }
  | { t: 'h'; level: 1 | 2 | 3; c: Inline[] }
  | { t: 'ul' | 'ol'; items: Inline[][] };

/** Parsed rich text by source: every render shows the same texts again, and a parse is plain data. */
const cache = new Map<string, Block[]>();

/** Media URLs: `https:` or relative only. */
export function safeMediaUrl(raw: string | undefined): string | undefined {
  return safeUrl(raw, MEDIA_SCHEMES);
}

/** Parses a media line (`![alt](src)` or `!video[title](key=url …)`), or returns null. */
function parseMedia(line: string): Block | null {
  const img = /^\s{0,3}!\[((?:\\.|[^\]\\])*)\]\(\s*(\S*)\s*\)\s*$/.exec(line);
  if (img) return { t: 'img', alt: img[1]!.replace(/\\(.)/g, '$1').trim(), src: safeMediaUrl(img[2]), raw: img[2]! };
  const video = /^\s{0,3}!video\[((?:\\.|[^\]\\])*)\]\(([^)]*)\)\s*$/.exec(line);
  if (!video) return null;
  const raw: Record<string, string> = {};
  for (const token of video[2]!.trim().split(/\s+/)) {
    const m = /^(src|captions|sign)=(\S+)$/.exec(token);
    if (m) raw[m[1]!] = m[2]!;
  }
  return {
    t: 'video',
    title: video[1]!.replace(/\\(.)/g, '$1').trim(),
    src: safeMediaUrl(raw.src),
    captions: safeMediaUrl(raw.captions),
    sign: safeMediaUrl(raw.sign),
    raw,
  };
}
const CACHE_LIMIT = 2000;

/** Parses rich text into blocks. Never throws; unknown syntax stays text. */
export function parseRichText(source: string): Block[] {
  const hit = cache.get(source);
  if (hit) return hit;
  const blocks: Block[] = [];
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  let para: string[] = [];
  let list: { t: 'ul' | 'ol'; items: string[] } | null = null;
  const flushPara = () => {
    if (para.length) blocks.push({ t: 'p', c: parseInline(para.join('\n')) });
    para = [];
  };
  const flushList = () => {
    if (list) blocks.push({ t: list.t, items: list.items.map(parseInline) });
    list = null;
  };
  for (const raw of lines) {
    const line = raw.trimEnd();
    if (line.trim() === '') {
      flushPara();
      flushList();
      continue;
    }
    const media = /^\s{0,3}!/.test(line) ? parseMedia(line) : null;
    if (media) {
      flushPara();
      flushList();
      blocks.push(media);
      continue;
    }
    const heading = /^\s{0,3}(#{1,3})\s+(.*)$/.exec(line);
    const bullet = /^\s{0,3}[-*]\s+(.*)$/.exec(line);
    const numbered = /^\s{0,3}\d{1,3}[.)]\s+(.*)$/.exec(line);
    if (heading) {
      flushPara();
      flushList();
      blocks.push({ t: 'h', level: heading[1]!.length as 1 | 2 | 3, c: parseInline(heading[2]!) });
    } else if (bullet || numbered) {
      flushPara();
      const t = bullet ? 'ul' : 'ol';
      if (list && list.t !== t) flushList();
      list ??= { t, items: [] };
      list.items.push((bullet ?? numbered)![1]!);
    } else if (list && /^\s{2,}\S/.test(raw)) {
      // An indented line continues the previous list item.
      const items: string[] = list.items;
      items[items.length - 1] += '\n' + line.trim();
    } else {
      flushList();
      para.push(line.trim());
    }
  }
  flushPara();
  flushList();
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(source, blocks);
  return blocks;
}

/**
 * Emphasis, strong and link text nest at most this deep; deeper markers stay text. The parser
 * and the renderer recurse once per level, so the depth must not follow the input.
 */
export const MAX_INLINE_DEPTH = 16;

/**
 * Where each marker occurs next, and where each line ends, from every position: answered in
 * constant time, so no marker makes the parser scan ahead again (every step is linear).
 */
interface Lookahead {
  /** Next index ≥ i of `*`, `_`, `**`, and `\n`. */
  star: Int32Array;
  under: Int32Array;
  double: Int32Array;
  newline: Int32Array;
  /** For a `[` at i: the index of its matching `]` on the same line (escapes skipped), or -1. */
  bracket: Int32Array;
  /** For a `(` at i: the index of its matching `)` on the same line, or -1. */
  paren: Int32Array;
  /** White-space characters before index i (prefix sums), for "does this href contain a space". */
  spaces: Int32Array;
}

function lookahead(src: string): Lookahead {
  const n = src.length;
  const next = (test: (i: number) => boolean) => {
    const a = new Int32Array(n + 1).fill(n);
    for (let i = n - 1; i >= 0; i--) a[i] = test(i) ? i : a[i + 1]!;
    return a;
  };
  const bracket = new Int32Array(n).fill(-1);
  const paren = new Int32Array(n).fill(-1);
  const spaces = new Int32Array(n + 1);
  let brackets: number[] = [];
  let parens: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = src[i]!;
    spaces[i + 1] = spaces[i]! + (/\s/.test(c) ? 1 : 0);
    if (c === '\n') {
      brackets = [];
      parens = [];
    } else if (c === '(') parens.push(i);
    else if (c === ')') {
      const open = parens.pop();
      if (open !== undefined) paren[open] = i;
    }
    // Brackets skip escaped characters (as the link text does); parentheses do not (as URLs).
    if (c === '\\' && i + 1 < n && src[i + 1] !== '\n') {
      if (src[i + 1] === '(') parens.push(i + 1);
      else if (src[i + 1] === ')') {
        const open = parens.pop();
        if (open !== undefined) paren[open] = i + 1;
      }
      spaces[i + 2] = spaces[i + 1]! + (/\s/.test(src[i + 1]!) ? 1 : 0);
      i++;
      continue;
    }
    if (c === '[') brackets.push(i);
    else if (c === ']') {
      const open = brackets.pop();
      if (open !== undefined) bracket[open] = i;
    }
  }
  return {
    star: next((i) => src[i] === '*'),
    under: next((i) => src[i] === '_'),
    double: next((i) => src[i] === '*' && src[i + 1] === '*'),
    newline: next((i) => src[i] === '\n'),
    bracket,
    paren,
    spaces,
  };
}

/** Parses inline markup, in time linear in the length of `src`. */
export function parseInline(src: string): Inline[] {
  const la = lookahead(src);
  /** True when `marker` occurs again after `from`, before the end of the line. */
  const closes = (from: number, marker: string): boolean => {
    if (from > src.length) return false;
    const end = (marker === '**' ? la.double : marker === '*' ? la.star : la.under)[from]!;
    return end > from && end < src.length && end < la.newline[from]!;
  };
  /** `[text](href)` starting at `start`: the href and where the link ends. */
  const matchLink = (start: number): { href: string; end: number } | null => {
    const i = la.bracket[start]!;
    if (i < 0 || src[i + 1] !== '(') return null;
    const close = la.paren[i + 1]!;
    if (close < 0) return null;
    // The href, trimmed, must not contain white space: count it without copying the text.
    let a = i + 2;
    let b = close;
    while (a < b && /\s/.test(src[a]!)) a++;
    while (b > a && /\s/.test(src[b - 1]!)) b--;
    if (la.spaces[b]! - la.spaces[a]! > 0) return null;
    return { href: src.slice(a, b), end: close + 1 };
  };
  let pos = 0;
  const parse = (stop: string | null, depth: number): Inline[] => {
    const out: Inline[] = [];
    let text = '';
    const pushText = () => {
      if (text) out.push({ t: 'text', v: text });
      text = '';
    };
    const deeper = depth < MAX_INLINE_DEPTH;
    while (pos < src.length) {
      if (stop && src.startsWith(stop, pos)) {
        pushText();
        pos += stop.length;
        return out;
      }
      const ch = src[pos]!;
      if (ch === '\\' && pos + 1 < src.length) {
        text += src[pos + 1];
        pos += 2;
      } else if (ch === '\n') {
        pushText();
        out.push({ t: 'br' });
        pos++;
      } else if (deeper && src.startsWith('**', pos) && closes(pos + 2, '**')) {
        pushText();
        pos += 2;
        out.push({ t: 'strong', c: parse('**', depth + 1) });
      } else if (deeper && (ch === '*' || ch === '_') && closes(pos + 1, ch) && src[pos + 1] !== ' ') {
        pushText();
        pos += 1;
        out.push({ t: 'em', c: parse(ch, depth + 1) });
      } else if (deeper && ch === '[' && stop !== ']') {
        const link = matchLink(pos);
        if (link) {
          pushText();
          pos += 1;
          const inner = parse(']', depth + 1);
          pos = link.end;
          out.push({ t: 'link', href: safeUrl(link.href), c: inner });
        } else {
          text += ch;
          pos++;
        }
      } else {
        text += ch;
        pos++;
      }
    }
    pushText();
    return out;
  };
  return parse(null, 0);
}

/** What is wrong with a media block, for the validator; empty when it is fine. */
export function mediaProblems(b: Block): string[] {
  const out: string[] = [];
  if (b.t === 'img') {
    if (!b.alt) out.push('Image without alt text (describe what it shows)');
    if (!b.src) out.push(`Image URL "${b.raw}" is not https: or relative`);
  } else if (b.t === 'video') {
    if (!b.title) out.push('Video without a title');
    if (!b.raw.src) out.push('Video without src=');
    else if (!b.src) out.push(`Video URL "${b.raw.src}" is not https: or relative`);
    if (!b.raw.captions) out.push('Video without a captions track (captions=… .vtt)');
    else if (!b.captions) out.push(`Captions URL "${b.raw.captions}" is not https: or relative`);
    else if (!/\.vtt(?:[?#].*)?$/i.test(b.captions)) out.push('Captions must be a WebVTT file (.vtt)');
    if (b.raw.sign && !b.sign) out.push(`Sign-language video URL "${b.raw.sign}" is not https: or relative`);
  }
  return out;
}

/**
 * Headings never skip a level: a text's first heading is `#` whatever its marks say, and each
 * later one at most one deeper than the one before. A `##` that opens a text would otherwise
 * come out two levels below the element's title, and a screen reader's list of headings would
 * show a hole.
 */
export function outlineLevels(blocks: Block[]): Block[] {
  let previous = 0;
  return blocks.map((b) => {
    if (b.t !== 'h') return b;
    const level = Math.min(b.level, previous + 1) as 1 | 2 | 3;
    previous = level;
    return level === b.level ? b : { ...b, level };
  });
}

/** Plain text of rich text, for attributes, summaries and readability checks. */
export function richTextToPlain(source: string): string {
  const flat = (nodes: readonly Inline[]): string =>
    nodes.map((n) => (n.t === 'text' ? n.v : n.t === 'br' ? ' ' : flat(n.c))).join('');
  return parseRichText(source)
    .map((b) => (b.t === 'p' || b.t === 'h' ? flat(b.c) : b.t === 'img' ? b.alt : b.t === 'video' ? b.title : b.items.map(flat).join('. ')))
    .join('\n\n');
}
