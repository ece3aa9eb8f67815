// Messages at the top of the page about the reader's saved data: storage refused or full, data
// set aside because it could not be read, data saved by a newer version of the site.
//
// The notices are drawn from the store's state, by one function (renderNotices), on every change:
// a notice stays while its cause does, e.g. until the reader has downloaded the unreadable data.
import { localToday, t } from "./config.js";

const watched = new WeakSet();

/** The notices the store's state calls for, as [name, message key, with a download button]. */
function wanted(store) {
  const notices = [];
  if (store.unavailable) notices.push(["unavailable", "store.unavailable", false]);
  if (store.readOnly === "newer") notices.push(["newer", "store.newer", false]);
  if (store.readOnly === "stuck") notices.push(["stuck", "store.stuck", true]);
  else if (store.unseenBackups().length) notices.push(["corrupt", "store.corrupt", true]);
  if (!store.readOnly && !store.unavailable && store.failure === "full") {
    notices.push(["full", "store.full", false]);
  }
  return notices;
}

/**
 * One file with every piece of unreadable data this site keeps in this browser. The download
 * helper is loaded on demand: every page shows notices, few pages ever download.
 */
export async function downloadUnreadable(store) {
  const { download } = await import("./diagnostic-files.js");
  const today = localToday();
  const file = {
    format: "client-conflict-unreadable",
    storage_key: store.key,
    downloaded: today,
    items: store.unreadable(),
  };
  download(`client-conflict-unreadable-${today}.json`, "application/json",
    `${JSON.stringify(file, null, 2)}\n`);
  store.markBackupsSeen();
}

function noticeBox(config, store, name, key, offersDownload) {
  const box = document.createElement("div");
  box.className = "admonition warning cc-notice";
  box.dataset.ccNotice = name;
  box.setAttribute("role", "alert");
  const text = document.createElement("p");
  text.textContent = t(config, key);
  box.append(text);
  if (offersDownload) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "md-button";
    button.dataset.ccDownloadUnreadable = "";
    button.textContent = t(config, "store.download_unreadable");
    button.addEventListener("click", () => downloadUnreadable(store));
    const actions = document.createElement("p");
    actions.append(button);
    box.append(actions);
  }
  return box;
}

/** Show exactly the notices the store's state calls for; the only writer of the notices. */
export function renderNotices(config, store) {
  const article = document.querySelector("article.md-content__inner") || document.body;
  const notices = wanted(store);
  const names = new Set(notices.map(([name]) => name));
  document.querySelectorAll("[data-cc-notice]").forEach((box) => {
    if (!names.has(box.dataset.ccNotice)) box.remove();
  });
  for (const [name, key, offersDownload] of [...notices].reverse()) {
    if (document.querySelector(`[data-cc-notice="${name}"]`)) continue;
    article.prepend(noticeBox(config, store, name, key, offersDownload));
  }
}

/** The store's callback for problems: keeps the notices in step with the store from then on. */
export function storeProblem(config) {
  return (problem, store) => {
    if (!store) return;
    if (!watched.has(store)) {
      watched.add(store);
      store.subscribe(() => renderNotices(config, store));
    }
    renderNotices(config, store);
  };
}
