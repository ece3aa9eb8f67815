// Load Pyodide as loadPyodide() does by default, and nothing else.
self.onmessage = async (event) => {
  try {
    const { indexURL } = event.data;
    const { loadPyodide } = await import(`${indexURL}pyodide.mjs`);
    await loadPyodide({ indexURL });
    self.postMessage({ ok: true });
  } catch (error) {
    self.postMessage({ ok: false, error: String(error) });
  }
};
