/**
 * Report pages show route ids and reasons that come from tickets, taxonomies and model output, so
 * every such string is escaped before it reaches HTML, and JSON embedded in a script block cannot
 * close that block early.
 */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text safe inside an element or a quoted attribute. */
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

/**
 * JSON safe inside `<script type="application/json">`: `</` (and `<!--`) would end or confuse the
 * block, so every `<` becomes `\u003c`, which JSON.parse reads back as the same character. U+2028
 * and U+2029 are escaped too, for older parsers that treat them as line ends.
 */
const jsonForScript = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

export { escapeHtml, jsonForScript };
