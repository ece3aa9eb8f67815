// Entry point of the site's scripts. Material's document$ emits for every page shown, so each
// set-up function must be idempotent.
//
// The diagnostic's modules (the form, the case bar, the report, the engine) are loaded only on a
// page that has the diagnostic ([data-cc-app]), by a dynamic import: a content page fetches none
// of them. The diagnostic marks its root data-cc-ready once the form and the case store are bound.
import { setUpChecklists } from "./checklists.js";

// Material's search overlay is a dialog without a name; give it the search field's own label.
function nameSearchDialog() {
  const dialog = document.querySelector(".md-search[role=dialog]");
  const field = document.querySelector(".md-search__input");
  if (dialog && field && !dialog.hasAttribute("aria-label")) {
    dialog.setAttribute("aria-label", field.getAttribute("aria-label") || field.placeholder);
  }
}

// Material puts each code block's copy button in a <nav>: one unnamed landmark per block, which
// screen readers list as so many identical "navigation" regions. They are buttons, not landmarks.
function unlandmarkCodeButtons() {
  const fix = () => document.querySelectorAll("nav.md-code__nav:not([role])")
    .forEach((nav) => nav.setAttribute("role", "none"));
  fix();
  // Material may add them after this runs; watch once per document.
  if (document.querySelector("pre > code") && !document.body.dataset.ccCodeNav) {
    document.body.dataset.ccCodeNav = "watched";
    new MutationObserver(fix).observe(document.body, { childList: true, subtree: true });
  }
}

function setUpDiagnostic() {
  if (!document.querySelector("[data-cc-app]")) return;
  import("./diagnostic.js")
    .then((diagnostic) => diagnostic.setUpDiagnostic())
    .catch((error) => console.error("client-conflict: the diagnostic's scripts did not load", error));
}

function setUpPage() {
  nameSearchDialog();
  unlandmarkCodeButtons();
  setUpChecklists();
  setUpDiagnostic();
}

if (typeof document$ !== "undefined") {
  document$.subscribe(setUpPage); // eslint-disable-line no-undef
} else {
  setUpPage();
}
