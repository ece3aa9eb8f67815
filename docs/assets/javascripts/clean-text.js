// Text from a case file, cleaned before the page writes it into a file (letter, calendar,
// dossier): the twin of the engine's py/client_conflict/_text.py, checked against it character
// by character (tests/site/test_clean_text.py). DESIGN.md, "Hostile text", says what goes and why.

// C0 controls but tab and newline, DEL, C1 controls; bidi marks, embeddings, overrides, isolates.
const REMOVE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const NEWLINES = /\r\n?|[\u0085\u2028\u2029]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// Whitespace but the no-break spaces French typography needs, and the byte-order mark.
const BREAKING_SPACE = /[^\S\u00a0\u202f\ufeff]+/g;
const EDGE_SPACE = /^[^\S\ufeff]+|[^\S\ufeff]+$/g;

/** Remove control and bidirectional formatting characters; keep newlines and tabs. */
export function cleanText(text) {
  return String(text).replace(NEWLINES, "\n").replace(LONE_SURROGATE, "\ufffd").replace(REMOVE, "");
}

/** Clean, then put on one line: each run of breaking whitespace becomes one space. */
export function cleanLine(text) {
  return cleanText(text).replace(BREAKING_SPACE, " ").replace(EDGE_SPACE, "");
}
