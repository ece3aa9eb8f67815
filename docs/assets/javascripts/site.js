// Entry point of the site's scripts. Material's document$ emits for every page shown, so each
// set-up function must be idempotent.
import { setUpChecklists } from "./checklists.js";
import { setUpDiagnostic } from "./diagnostic.js";

// Material's search overlay is a dialog without a name; give it the search field's own label.
function nameSearchDialog() {
  const dialog = document.querySelector(".md-search[role=dialog]");
  const field = document.querySelector(".md-search__input");
  if (dialog && field && !dialog.hasAttribute("aria-label")) {
    dialog.setAttribute("aria-label", field.getAttribute("aria-label") || field.placeholder);
  }
}

function setUpPage() {
  nameSearchDialog();
  setUpChecklists();
  setUpDiagnostic();
}

if (typeof document$ !== "undefined") {
  document$.subscribe(setUpPage); // eslint-disable-line no-undef
} else {
  setUpPage();
}
