/**
 * Token counts without a tokenizer. Neither Bedrock nor the project ships one for Claude or Nova,
 * so counts are an approximation: about four characters a token, the usual rule of thumb for
 * English prose. JSON (quotes, braces, enum values) tokenizes denser, so JSON-heavy parts such as
 * the tool schema are likely undercounted by 10–30%; treat every figure as ±25%. The local stand-in
 * model reports usage with the same rule, so the figures here and in `triage run` agree.
 */

const CHARS_PER_TOKEN = 4;

/** The tool-use block around the model's JSON input (block markers, tool name, id). */
const TOOL_CALL_FRAMING_TOKENS = 12;

const estimateTokens = (text: string): number => Math.ceil(text.length / CHARS_PER_TOKEN);

export { CHARS_PER_TOKEN, estimateTokens, TOOL_CALL_FRAMING_TOKENS };
