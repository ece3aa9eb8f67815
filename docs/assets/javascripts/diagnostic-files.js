// Files the reader takes away or brings: downloads, and the checks an imported file passes
// before the engine reads it.

/** Offer `text` as a file called `name`. */
export function download(name, type, text) {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/** A file name from a client's name: "Maison Verdier" → "maison-verdier". */
export function slug(text, fallback = "case") {
  return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
    .replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || fallback;
}

/**
 * Read a file the reader chose to import: {text} when it is UTF-8 JSON within the engine's size
 * limit, else {problem} naming the interface string that says why.
 */
export async function readCaseFile(file, maxBytes) {
  // Say so before reading a huge file into memory; the engine would refuse it anyway.
  if (file.size > maxBytes) return { problem: "case.import_too_large" };
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return { problem: "case.import_not_utf8" };
  }
  try {
    JSON.parse(text);
  } catch {
    return { problem: "case.import_not_json" };
  }
  return { text };
}
