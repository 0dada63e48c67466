/**
 * A calendar file (iCalendar, RFC 5545) of a pathway's computed target dates, made in the
 * browser: nothing is sent anywhere. Each date is an all-day event (a window spans its days),
 * so no time zone can move it. The text says plainly that the dates are latest dates, not
 * appointments.
 */

export interface CalendarEntry {
  /** Stable per step (and branch), so importing the file again updates instead of duplicating. */
  uid: string;
  /** First day (UTC date). */
  from: Date;
  /** Last day (UTC date, inclusive). */
  to: Date;
  summary: string;
  description: string;
}

function day(d: Date): string {
  return `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}`;
}

function stamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** TEXT escaping of RFC 5545 §3.3.11. */
export function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character. */
export function fold(line: string): string {
  const enc = new TextEncoder();
  const out: string[] = [];
  let cur = '';
  let bytes = 0;
  for (const ch of line) {
    const n = enc.encode(ch).length;
    if (bytes + n > (out.length ? 74 : 75)) {
      out.push(cur);
      cur = '';
      bytes = 0;
    }
    cur += ch;
    bytes += n;
  }
  out.push(cur);
  return out.join('\r\n ');
}

/** The whole `.ics` text for `entries`. `now` is the DTSTAMP (a parameter, so tests can fix it). */
export function calendarFile(entries: readonly CalendarEntry[], calendarName: string, now: Date = new Date()): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//pakke-elements//pathway//EN', 'CALSCALE:GREGORIAN', `X-WR-CALNAME:${escapeText(calendarName)}`];
  for (const e of entries) {
    const end = new Date(Date.UTC(e.to.getUTCFullYear(), e.to.getUTCMonth(), e.to.getUTCDate() + 1));
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${stamp(now)}`,
      `DTSTART;VALUE=DATE:${day(e.from)}`,
      `DTEND;VALUE=DATE:${day(end)}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
