// An in-memory Storage (localStorage's interface) with an optional quota, counted in characters.
export class MemoryStorage {
  constructor(entries = {}, quota = Infinity) {
    this.map = new Map(Object.entries(entries));
    this.quota = quota;
  }

  get length() { return this.map.size; }

  key(i) { return [...this.map.keys()][i] ?? null; }

  getItem(k) { return this.map.has(k) ? this.map.get(k) : null; }

  setItem(k, v) {
    const used = [...this.map.entries()].filter(([key]) => key !== k)
      .reduce((n, [, val]) => n + val.length, 0);
    if (used + String(v).length > this.quota) throw new Error("QuotaExceededError");
    this.map.set(k, String(v));
  }

  removeItem(k) { this.map.delete(k); }
}
