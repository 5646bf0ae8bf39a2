/**
 * The one line `triage` prints for an error. Messages echo what the user typed (a flag's value, a
 * path, a route), and a terminal would act on control characters in it: an escape sequence could
 * recolour or rewrite the screen, a newline or carriage return could forge a second line. Each is
 * shown as its JSON escape instead (`\u001b`, `\n`), so the line is the message and only one line.
 */

const SHORT: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** C0 controls, DEL, C1 controls (CSI is \u009b), and the Unicode line and paragraph separators. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

const escapeControl = (text: string): string =>
  text.replace(CONTROL, (c) => SHORT[c] ?? `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);

const errorLine = (message: string): string => `triage: ${escapeControl(message)}\n`;

export { errorLine, escapeControl };
