// A short message for the reader at the top of the page, e.g. when the browser refuses to save.
import { t } from "./config.js";

/** Show the message `key` once per page, above the article. */
export function notify(config, key, values) {
  const article = document.querySelector("article.md-content__inner") || document.body;
  const id = `cc-notice-${key.replace(/\W/g, "-")}`;
  if (document.getElementById(id)) return;
  const box = document.createElement("div");
  box.id = id;
  box.className = "admonition warning cc-notice";
  box.setAttribute("role", "alert");
  const text = document.createElement("p");
  text.textContent = t(config, key, values);
  box.append(text);
  article.prepend(box);
}

/** The store's callback for problems, turned into a message for the reader. */
export function storeProblem(config) {
  return (problem) => notify(config, `store.${problem}`);
}
