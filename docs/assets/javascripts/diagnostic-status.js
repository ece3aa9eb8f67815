// The diagnostic's status line ("Saved in this browser.", "Case imported.", "Import refused: …").
// This module is the only writer of [data-cc-status].

/** The function that says something on the status line of `app` (an empty message clears it). */
export function statusLine(app) {
  const node = app.querySelector("[data-cc-status]");
  return (message) => { node.textContent = message; };
}
