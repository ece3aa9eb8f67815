// Entry point of the site's scripts. Material's document$ emits for every page shown, so each
// set-up function must be idempotent.
import { setUpChecklists } from "./checklists.js";
import { setUpDiagnostic } from "./diagnostic.js";

function setUpPage() {
  setUpChecklists();
  setUpDiagnostic();
}

if (typeof document$ !== "undefined") {
  document$.subscribe(setUpPage); // eslint-disable-line no-undef
} else {
  setUpPage();
}
