// The reader's case files, one per client, kept in this browser's localStorage and nowhere else.
//
// Every GitHub Pages project site of one owner shares one origin, so the storage key carries the
// site's base path, and a version so that a future layout can migrate this one.

export const CASE_FORMAT = "client-conflict-case";
export const CASE_VERSION = 4;
const STORE_VERSION = 1;

/** The localStorage key of the site whose root path is `rootPath` (e.g. "/my-repo/"). */
export function storageKey(rootPath) {
  return `${rootPath}client-conflict.store.v${STORE_VERSION}`;
}

/** A new, empty case file in the engine's format; `id` is the case's stable id. */
export function newCase(client, today, id = newId()) {
  return {
    format: CASE_FORMAT,
    version: CASE_VERSION,
    id,
    client,
    created: today,
    updated: today,
    narrative: "",
    timeline: [],
    answers: {},
    checklists: {},
    invoices: [],
    analyses: [],
  };
}

function newId() {
  return `c${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

function emptyStore() {
  return { version: STORE_VERSION, active: null, cases: {} };
}

function isStore(value) {
  return Boolean(value) && typeof value === "object" && value.version === STORE_VERSION
    && value.cases && typeof value.cases === "object" && !Array.isArray(value.cases);
}

export class CaseStore {
  /**
   * @param {Storage|null} storage  window.localStorage, or null when the browser refuses it
   * @param {string} key            from storageKey()
   * @param {(problem: "corrupt"|"full"|"unavailable") => void} onProblem
   */
  constructor(storage, key, onProblem = () => {}) {
    this.storage = storage;
    this.key = key;
    this.onProblem = onProblem;
    this.listeners = new Set();
    this.data = this.read();
  }

  read() {
    if (!this.storage) {
      this.onProblem("unavailable");
      return emptyStore();
    }
    let raw = null;
    try {
      raw = this.storage.getItem(this.key);
    } catch {
      this.onProblem("unavailable");
      return emptyStore();
    }
    if (raw === null) return emptyStore();
    try {
      const value = JSON.parse(raw);
      if (isStore(value)) return value;
    } catch {
      // fall through: unreadable data is set aside below, never thrown away
    }
    try {
      this.storage.setItem(`${this.key}.unreadable-${Date.now()}`, raw);
    } catch {
      // no room for a backup either: keep the original where it is, untouched
      this.readOnly = true;
    }
    this.onProblem("corrupt");
    return emptyStore();
  }

  /** Re-read after another tab changed the data. */
  reload() {
    this.data = this.read();
    this.emit();
  }

  write() {
    if (!this.storage || this.readOnly) return false;
    try {
      this.storage.setItem(this.key, JSON.stringify(this.data));
      return true;
    } catch {
      this.onProblem("full");
      return false;
    }
  }

  subscribe(listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tell listeners; `change` is "update" when only the active case's content changed. */
  emit(change = "structure") {
    for (const listener of this.listeners) listener(change, this);
  }

  /** All cases as [id, case] pairs, by client name. */
  list() {
    return Object.entries(this.data.cases).sort(([, a], [, b]) =>
      String(a.client).localeCompare(String(b.client)));
  }

  activeId() {
    const { active, cases } = this.data;
    if (active && cases[active]) return active;
    const first = this.list()[0];
    return first ? first[0] : null;
  }

  active() {
    const id = this.activeId();
    return id ? this.data.cases[id] : null;
  }

  /** The active case, created under `client` if there is none yet. */
  ensureActive(client, today) {
    if (!this.activeId()) this.create(client, today);
    return this.active();
  }

  create(client, today) {
    const id = newId();
    this.data.cases[id] = newCase(client, today, id);
    this.data.active = id;
    this.write();
    this.emit();
    return id;
  }

  add(caseFile) {
    const id = newId();
    this.data.cases[id] = caseFile;
    this.data.active = id;
    this.write();
    this.emit();
    return id;
  }

  select(id) {
    if (!this.data.cases[id]) return;
    this.data.active = id;
    this.write();
    this.emit();
  }

  /**
   * Change the active case in place with `mutate(case)`, stamp it and save. With `client`, a
   * reader who has no case yet gets one, in the same single "update": the control they are
   * using is not redrawn under their finger.
   */
  update(mutate, today, client) {
    if (!this.activeId() && client) {
      const id = newId();
      this.data.cases[id] = newCase(client, today, id);
      this.data.active = id;
    }
    const current = this.active();
    if (!current) return false;
    mutate(current);
    if (today) current.updated = today;
    const saved = this.write();
    this.emit("update");
    return saved;
  }

  remove(id) {
    delete this.data.cases[id];
    if (this.data.active === id) this.data.active = null;
    this.write();
    this.emit();
  }

  /** Forget every case, and every backup this site left in this browser. */
  removeAll() {
    this.data = emptyStore();
    this.readOnly = false;
    if (this.storage) {
      try {
        const keys = [];
        for (let i = 0; i < this.storage.length; i += 1) {
          const key = this.storage.key(i);
          if (key && key.startsWith(this.key)) keys.push(key);
        }
        keys.forEach((key) => this.storage.removeItem(key));
      } catch {
        this.onProblem("unavailable");
      }
    }
    this.emit();
  }
}

function browserStorage() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

let shared = null;

/** The one store of this page, created on first use and kept in step with other tabs. */
export function caseStore(config, onProblem) {
  const key = storageKey(new URL(config.siteRoot).pathname);
  if (!shared || shared.key !== key) {
    shared = new CaseStore(browserStorage(), key, onProblem);
    window.addEventListener("storage", (event) => {
      if (event.key === shared.key) shared.reload();
    });
  } else if (onProblem) {
    shared.onProblem = onProblem;
  }
  return shared;
}

/**
 * Change the active case with `mutate` and save, as `store.update` does; a reader who has no
 * case yet gets an unnamed one in the same single "update" (the page shows an unnamed case in
 * its own language, so no name is stored in one language).
 */
export function editActive(store, mutate, today) {
  if (!store.activeId()) {
    const id = newId();
    store.data.cases[id] = newCase("", today, id);
    store.data.active = id;
  }
  return store.update(mutate, today);
}

/** The name to show for a case: its client, or the page's own word for an unnamed case. */
export function caseName(file, unnamed) {
  return (file && String(file.client || "").trim()) || unnamed;
}
