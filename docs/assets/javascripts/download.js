// Hand the reader a file made in the page: nothing is uploaded, the browser saves it.

/** Offer `text` as a file named `name`, of MIME type `type`. */
export function download(name, type, text) {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
