// Material requests the search index (search/search_index.json, about 1 MB
// uncompressed, as much as a whole chapter) on every page load. This holds
// that one request back until a reader opens search: focusing the search
// field (click, tap, or the f, s and / keys, which focus it), or arriving
// with ?q= (a search link) or ?h= (a search result to highlight).
// Runs before Material's bundle (overrides/main.html), which sends the
// request with XMLHttpRequest.
(() => {
  let release;
  const searchWanted = new Promise((resolve) => (release = resolve));
  if (/[?&][qh]=/.test(location.search)) release();
  document.addEventListener("focusin", (event) => {
    if (event.target.matches("[data-md-component=search-query]")) release();
  });

  const { open, send } = XMLHttpRequest.prototype;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    this.isSearchIndex = new URL(url, location.href).pathname.endsWith(
      "/search/search_index.json",
    );
    return open.call(this, method, url, ...rest);
  };
  XMLHttpRequest.prototype.send = function (body) {
    if (this.isSearchIndex) searchWanted.then(() => send.call(this, body));
    else send.call(this, body);
  };
})();
