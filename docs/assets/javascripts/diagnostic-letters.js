// The letters the engine wrote, in the report: under each letter's heading, "Copy", "Download as
// text" and "Print this letter". The text is the engine's own plain text of the letter
// (assessment.law.letters[].text, in the letter's language, whatever the page's), cleaned by
// clean-text.js before it leaves the page; never read back from the report's HTML. The only
// writer of the letters' buttons and of their confirmation line; printing belongs to the report
// script, which gets the chosen letter through `print`.
import { cleanLine, cleanText } from "./clean-text.js";
import { download, slug } from "./diagnostic-files.js";

/** Select the text of `node`, so the reader can copy it by hand. */
function selectText(node) {
  const range = document.createRange();
  range.selectNodeContents(node);
  const selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
}

/** Copy `text`: the clipboard, else the letter selected and copied the old way, else selected. */
async function copyText(text, node) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    selectText(node);
    try {
      return document.execCommand("copy");
    } catch {
      return false;
    }
  }
}

function button(label, action) {
  const element = document.createElement("button");
  element.type = "button";
  element.className = "md-button";
  element.textContent = label;
  element.dataset.ccLetterAction = action;
  return element;
}

/**
 * Give each letter of the report its buttons.
 * @param {HTMLElement} result  the report's region, already filled with the engine's HTML
 * @param {Array<{kind: string, title: string, text: string}>} letters  the engine's letters
 * @param {object} deps  {say, client, date, print}; print(pre) prints that letter alone
 */
export function addLetterActions(result, letters, { say, client, date, print }) {
  const files = {
    reminder: say("letters.file_reminder"),
    final_notice: say("letters.file_final_notice"),
  };
  (letters || []).forEach((letter) => {
    const pre = result.querySelector(`pre.cc-letter-${CSS.escape(String(letter.kind))}`);
    if (!pre || typeof letter.text !== "string") return;
    const text = cleanText(letter.text);
    const bar = document.createElement("div");
    bar.className = "cc-letter-actions";
    bar.setAttribute("role", "group");
    bar.setAttribute("aria-label", say("letters.actions", { title: cleanLine(letter.title) }));
    bar.dataset.ccLetter = letter.kind;
    const done = document.createElement("p");
    done.className = "cc-letter-done";
    done.setAttribute("role", "status");

    const copy = button(say("letters.copy"), "copy");
    copy.addEventListener("click", async () => {
      done.textContent = "";
      const copied = await copyText(text, pre);
      done.textContent = say(copied ? "letters.copied" : "letters.copy_refused");
    });
    const save = button(say("letters.download"), "download");
    save.addEventListener("click", () => {
      const kind = files[letter.kind] || slug(letter.kind, "letter");
      download(`${slug(client)}-${kind}-${date}.txt`, "text/plain;charset=utf-8", text);
    });
    const printIt = button(say("letters.print"), "print");
    printIt.addEventListener("click", () => print(pre));

    bar.append(copy, save, printIt, done);
    pre.before(bar);
  });
}
