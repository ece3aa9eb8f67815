// The reader's case files, one per client, kept in this browser's localStorage and nowhere else.
//
// Every GitHub Pages project site of one owner shares one origin, so the storage key carries the
// site's base path, and a version so that a future layout can migrate this one.
//
// What the store promises (DESIGN.md, "Storage"):
// - nothing unreadable is thrown away: it is copied to a backup key, once per distinct value,
//   before anything is written over it; when there is no room for that copy, nothing is written;
// - every failed write is exposed (`saved`, `failure`), so no one says "saved" after a failure;
// - data written by a newer version of the site is never overwritten (`readOnly === "newer"`);
// - stored cases are checked one by one, with own-property lookups; a case that does not pass is
//   set aside as a backup, the others stay usable;
// - the active case belongs to the tab (sessionStorage); the stored `active` is only the default
//   for a new tab, so another tab's switch never moves what this tab is typing;
// - every change starts from what is stored now, so a change made in another tab is not
//   overwritten by this tab's older copy.

export const CASE_FORMAT = "client-conflict-case";
export const CASE_VERSION = 4;
// Version 2 counted the deadline in days from `updated`: re-stamping such a case moves its dates.
const FIRST_VERSION_WITH_FIXED_DATES = 3;
const STORE_VERSION = 1;
const CASE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The localStorage key of the site whose root path is `rootPath` (e.g. "/my-repo/"). */
export function storageKey(rootPath) {
  return `${rootPath}client-conflict.store.v${STORE_VERSION}`;
}

/** Every backup of unreadable data starts with this; `key` is from storageKey(). */
export function backupPrefix(key) {
  return `${key}.unreadable-`;
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

const own = (object, key) => Object.prototype.hasOwnProperty.call(object, key);
const isRecord = (value) => value !== null && typeof value === "object" && !Array.isArray(value);

/** Why a stored case cannot be used as it is ("newer" for a later version), or null. */
export function caseProblem(file) {
  if (!isRecord(file)) return "not_an_object";
  if (file.format !== CASE_FORMAT) return "format";
  if (!Number.isInteger(file.version) || file.version < 1) return "version";
  if (file.version > CASE_VERSION) return "newer";
  if (typeof file.client !== "string") return "client";
  if (own(file, "narrative") && typeof file.narrative !== "string") return "narrative";
  if (own(file, "timeline") && !(Array.isArray(file.timeline) && file.timeline.every(
    (entry) => isRecord(entry) && typeof entry.date === "string" && typeof entry.what === "string",
  ))) return "timeline";
  if (own(file, "answers") && !isRecord(file.answers)) return "answers";
  if (own(file, "checklists") && !(isRecord(file.checklists)
    && Object.values(file.checklists).every(Array.isArray))) return "checklists";
  return null;
}

function newId() {
  return `c${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

function emptyStore() {
  // No prototype: a case id such as "__proto__" is a plain key here, never Object.prototype.
  return { version: STORE_VERSION, active: null, cases: Object.create(null), seen: [] };
}

export class CaseStore {
  /**
   * @param {Storage|null} storage  window.localStorage, or null when the browser refuses it
   * @param {string} key            from storageKey()
   * @param {(problem: string, store: CaseStore) => void} onProblem
   *   "unavailable", "corrupt" (data set aside), "stuck" (unreadable and no room to set it aside),
   *   "newer" (written by a newer version of the site), "full" (a write failed), "gone"
   * @param {{session?: Storage|null, now?: () => number}} options
   *   session: window.sessionStorage, where this tab keeps its active case
   */
  constructor(storage, key, onProblem = () => {}, { session = null, now = Date.now } = {}) {
    this.storage = storage;
    this.key = key;
    this.onProblem = onProblem;
    this.session = session;
    this.now = now;
    this.listeners = new Set();
    this.flushers = new Set();
    this.failure = null;
    this.raw = undefined;
    const problems = [];
    this.load(this.readRaw(problems), problems);
    this.tabActive = this.sessionGet();
    problems.forEach((problem) => this.onProblem(problem, this));
  }

  // --- reading --------------------------------------------------------------------------------

  readRaw(problems) {
    if (!this.storage) {
      this.unavailable = true;
      problems?.push("unavailable");
      return null;
    }
    try {
      this.unavailable = false;
      return this.storage.getItem(this.key);
    } catch {
      this.unavailable = true;
      problems?.push("unavailable");
      return null;
    }
  }

  /** Build this.data from the stored text `raw`; set aside what cannot be used. */
  load(raw, problems = []) {
    this.raw = raw;
    this.readOnly = null;
    this.data = emptyStore();
    if (raw === null) return;
    let value;
    try {
      value = JSON.parse(raw);
    } catch {
      value = undefined;
    }
    if (isRecord(value) && Number.isInteger(value.version) && value.version > STORE_VERSION) {
      this.readOnly = "newer";
      problems.push("newer");
      return;
    }
    if (!isRecord(value) || value.version !== STORE_VERSION || !isRecord(value.cases)) {
      // Unreadable as a whole: copy it aside before anything is written over it.
      if (this.setAside(raw)) {
        problems.push("corrupt");
      } else {
        this.readOnly = "stuck";
        problems.push("stuck");
      }
      return;
    }
    let newer = false;
    let setAside = 0;
    for (const id of Object.keys(value.cases)) {
      const file = value.cases[id];
      const problem = CASE_ID.test(id) ? caseProblem(file) : "id";
      if (!problem) {
        this.data.cases[id] = file;
      } else if (problem === "newer") {
        newer = true;
      } else if (this.setAside(JSON.stringify({ id, case: file }))) {
        setAside += 1;
      } else {
        this.readOnly = "stuck";
      }
    }
    if (typeof value.active === "string" && own(this.data.cases, value.active)) {
      this.data.active = value.active;
    }
    if (Array.isArray(value.seen)) {
      this.data.seen = value.seen.filter((key) => typeof key === "string");
    }
    // A case from a newer version: keep the whole store as it is, shown but never written.
    if (newer) this.readOnly = "newer";
    if (newer) problems.push("newer");
    if (this.readOnly === "stuck") problems.push("stuck");
    else if (setAside) problems.push("corrupt");
  }

  /** Keys of this site's backups of unreadable data, oldest first. */
  backupKeys() {
    if (!this.storage) return [];
    const prefix = backupPrefix(this.key);
    const keys = [];
    try {
      for (let i = 0; i < this.storage.length; i += 1) {
        const key = this.storage.key(i);
        if (key && key.startsWith(prefix)) keys.push(key);
      }
    } catch {
      return [];
    }
    return keys.sort((a, b) => Number(a.slice(prefix.length)) - Number(b.slice(prefix.length)));
  }

  /** Copy `text` to a backup key, unless an identical backup exists; false when there is no room. */
  setAside(text) {
    if (!this.storage) return false;
    const keys = this.backupKeys();
    try {
      if (keys.some((key) => this.storage.getItem(key) === text)) return true;
      let stamp = this.now();
      while (this.storage.getItem(`${backupPrefix(this.key)}${stamp}`) !== null) stamp += 1;
      this.storage.setItem(`${backupPrefix(this.key)}${stamp}`, text);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Everything unreadable this site keeps in this browser, for the reader to download: the backups,
   * and the stored value itself while it is unreadable and could not be set aside.
   */
  unreadable() {
    const items = [];
    if (this.readOnly === "stuck" && this.raw !== null && this.raw !== undefined) {
      items.push({ key: this.key, value: this.raw });
    }
    for (const key of this.backupKeys()) {
      try {
        items.push({ key, value: this.storage.getItem(key) });
      } catch {
        // unreadable storage: the notice for "unavailable" says so
      }
    }
    return items;
  }

  /** Backups the reader has not yet downloaded: the notice stays until they have. */
  unseenBackups() {
    const seen = new Set(this.data.seen);
    return this.backupKeys().filter((key) => !seen.has(key));
  }

  /** The reader has downloaded the unreadable data: stop asking, keep the backups. */
  markBackupsSeen() {
    this.sync();
    this.data.seen = this.backupKeys();
    const saved = this.write();
    this.emit("structure");
    return saved;
  }

  /** Pick up what another tab stored since this tab last read or wrote; true if it changed. */
  sync() {
    const problems = [];
    const raw = this.readRaw(problems);
    if (raw === this.raw) return false;
    this.load(raw, problems);
    problems.forEach((problem) => this.onProblem(problem, this));
    return true;
  }

  /** Another tab changed the data: save this tab's pending input first, then show the change. */
  externalChange() {
    for (const flush of [...this.flushers]) flush();
    if (this.sync()) this.emit("external");
  }

  /** `flush()` saves input the reader has typed but the page has not yet saved. */
  onBeforeExternalChange(flush) {
    this.flushers.add(flush);
    return () => this.flushers.delete(flush);
  }

  /** @deprecated name kept for callers: re-read after another tab changed the data. */
  reload() {
    this.externalChange();
  }

  // --- writing --------------------------------------------------------------------------------

  /** Store this.data; false (and `failure` says why) when nothing was stored. */
  write() {
    let reason = null;
    if (!this.storage || this.unavailable) reason = "unavailable";
    else if (this.readOnly) reason = this.readOnly;
    if (!reason) {
      const text = JSON.stringify(this.data);
      try {
        this.storage.setItem(this.key, text);
        this.raw = text;
        this.failure = null;
        return true;
      } catch {
        reason = "full";
      }
    }
    this.failure = reason;
    this.onProblem(reason === "unavailable" ? "unavailable" : "full", this);
    return false;
  }

  /** True unless the last write failed or nothing can be written. */
  get saved() {
    return this.failure === null && !this.readOnly && !this.unavailable;
  }

  subscribe(listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Tell listeners: "update" when only the active case's content changed in this tab, "external"
   * when another tab changed the data, "structure" for anything else.
   */
  emit(change = "structure") {
    for (const listener of this.listeners) listener(change, this);
  }

  // --- cases ----------------------------------------------------------------------------------

  /** All cases as [id, case] pairs, by client name. */
  list() {
    return Object.entries(this.data.cases).sort(([, a], [, b]) =>
      String(a.client).localeCompare(String(b.client)));
  }

  has(id) {
    return typeof id === "string" && own(this.data.cases, id);
  }

  get(id) {
    return this.has(id) ? this.data.cases[id] : null;
  }

  sessionKey() {
    return `${this.key}.active`;
  }

  sessionGet() {
    try {
      return this.session?.getItem(this.sessionKey()) ?? null;
    } catch {
      return null;
    }
  }

  /** This tab's case from now on; the stored `active` stays the default for a new tab. */
  pin(id) {
    this.tabActive = id;
    try {
      if (id) this.session?.setItem(this.sessionKey(), id);
      else this.session?.removeItem(this.sessionKey());
    } catch {
      // without sessionStorage the tab still keeps its case for as long as the page is open
    }
  }

  activeId() {
    let id = null;
    if (this.has(this.tabActive)) id = this.tabActive;
    else if (this.has(this.data.active)) id = this.data.active;
    else id = this.list()[0]?.[0] ?? null;
    if (id && id !== this.tabActive) this.pin(id);
    return id;
  }

  active() {
    return this.get(this.activeId());
  }

  /** The active case, created under `client` if there is none yet. */
  ensureActive(client, today) {
    if (!this.activeId()) this.create(client, today);
    return this.active();
  }

  create(client, today) {
    return this.add(newCase(client, today));
  }

  /** Store `caseFile` under its own id (a new one if it has none, or one that is taken). */
  add(caseFile) {
    const external = this.sync();
    if (this.readOnly) {
      this.write(); // reports why nothing is stored
      if (external) this.emit("external");
      return null;
    }
    let id = typeof caseFile.id === "string" && CASE_ID.test(caseFile.id) ? caseFile.id : newId();
    while (this.has(id)) id = newId();
    if (caseFile.version >= 4) caseFile.id = id;
    this.data.cases[id] = caseFile;
    this.data.active = id;
    this.pin(id);
    this.write();
    this.emit();
    return id;
  }

  /** Put `caseFile` in place of the case `id` (an import the reader chose to replace it with). */
  replace(id, caseFile) {
    this.sync();
    if (!this.has(id) || this.readOnly) return this.readOnly ? this.write() : false;
    if (caseFile.version >= 4) caseFile.id = id;
    this.data.cases[id] = caseFile;
    this.data.active = id;
    this.pin(id);
    const saved = this.write();
    this.emit();
    return saved;
  }

  /**
   * Bring stored cases of versions 3 to CASE_VERSION - 1 to the current version with `load(text)`
   * (the engine's own migration; resolves the migrated case, or null when it refuses). A case the
   * reader changed meanwhile is left for next time. Older cases are left as they are: version 2
   * counted its deadline from `updated`, and only the engine decides what that date was.
   */
  async migrate(load) {
    let migrated = 0;
    for (const [id, file] of this.list()) {
      if (!(file.version >= FIRST_VERSION_WITH_FIXED_DATES && file.version < CASE_VERSION)) continue;
      const before = JSON.stringify(file);
      const after = await load(before);
      if (!isRecord(after) || after.version !== CASE_VERSION) continue;
      this.sync();
      if (this.readOnly || JSON.stringify(this.get(id)) !== before) continue;
      if (/^[A-Za-z0-9_-]{8,64}$/.test(id)) after.id = id; // the store's key: already a stable id
      this.data.cases[id] = after;
      if (!this.write()) break;
      migrated += 1;
      this.emit("structure");
    }
    return migrated;
  }

  select(id) {
    this.sync();
    if (!this.has(id)) return;
    this.pin(id);
    this.data.active = id;
    if (!this.readOnly) this.write();
    this.emit();
  }

  /**
   * Change the active case in place with `mutate(case)`, stamp it and save; return whether it was
   * saved. With `client`, a reader who has no case yet gets one, in the same single "update": the
   * control they are using is not redrawn under their finger.
   */
  update(mutate, today, client) {
    const external = this.sync();
    if (!this.activeId() && typeof client === "string" && !this.readOnly) {
      const id = newId();
      this.data.cases[id] = newCase(client, today, id);
      this.data.active = id;
      this.pin(id);
    }
    return this.change(this.activeId(), mutate, today, external);
  }

  /**
   * Change the case `id`, the one the reader was editing, even if this tab has switched since;
   * false, with `failure` "gone", if another tab deleted it.
   */
  updateCase(id, mutate, today) {
    const external = this.sync();
    return this.change(id, mutate, today, external);
  }

  change(id, mutate, today, external) {
    const current = this.get(id);
    let saved = false;
    if (!current && !id) {
      // no case and none asked for: nothing to change
      if (external) this.emit("external");
      return false;
    }
    if (!current) {
      if (id) {
        this.failure = "gone";
        this.onProblem("gone", this);
      }
    } else if (this.readOnly) {
      this.write(); // nothing is changed, and the reason is reported
    } else {
      mutate(current);
      // Never move what an old file's dates are computed from (version 2's deadline in days).
      if (today && current.version >= FIRST_VERSION_WITH_FIXED_DATES) current.updated = today;
      saved = this.write();
    }
    this.emit(external ? "external" : "update");
    return saved;
  }

  remove(id) {
    this.sync();
    if (!this.has(id) || this.readOnly) return false;
    delete this.data.cases[id];
    if (this.data.active === id) this.data.active = null;
    if (this.tabActive === id) this.pin(null);
    const saved = this.write();
    this.emit();
    return saved;
  }

  /** Forget every case and every backup of this site in this browser, and nothing else. */
  removeAll() {
    let ok = true;
    if (this.storage) {
      try {
        const keys = [];
        for (let i = 0; i < this.storage.length; i += 1) {
          const key = this.storage.key(i);
          if (key === this.key || key?.startsWith(`${this.key}.`)) keys.push(key);
        }
        keys.forEach((key) => this.storage.removeItem(key));
      } catch {
        ok = false;
        this.onProblem("unavailable", this);
      }
    }
    this.pin(null);
    this.data = emptyStore();
    this.raw = null;
    this.readOnly = null;
    this.failure = ok ? null : "unavailable";
    this.emit();
    return ok;
  }
}

function browserStorage(name) {
  try {
    return window[name];
  } catch {
    return null;
  }
}

let shared = null;

/** The one store of this page, created on first use and kept in step with other tabs. */
export function caseStore(config, onProblem) {
  const key = storageKey(new URL(config.siteRoot).pathname);
  if (!shared || shared.key !== key) {
    shared = new CaseStore(browserStorage("localStorage"), key, onProblem,
      { session: browserStorage("sessionStorage") });
    window.addEventListener("storage", (event) => {
      // key null: another tab cleared the whole storage
      if (event.key === null || event.key === shared.key) shared.externalChange();
    });
  } else if (onProblem) {
    shared.onProblem = onProblem;
  }
  // Lets the caller show what is already known (a backup not yet downloaded, a read-only store).
  onProblem?.("opened", shared);
  return shared;
}

/**
 * Change the active case with `mutate` and save, as `store.update` does; a reader who has no
 * case yet gets an unnamed one in the same single "update" (the page shows an unnamed case in
 * its own language, so no name is stored in one language).
 */
export function editActive(store, mutate, today) {
  return store.update(mutate, today, "");
}

/** The name to show for a case: its client, or the page's own word for an unnamed case. */
export function caseName(file, unnamed) {
  return (file && String(file.client || "").trim()) || unnamed;
}
