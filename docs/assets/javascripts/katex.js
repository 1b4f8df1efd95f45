// Render the math that pymdownx.arithmatex wraps in .arithmatex spans, with
// the KaTeX copy vendored under assets/vendor/katex (no CDN).
document$.subscribe(({ body }) => {
  renderMathInElement(body, {
    delimiters: [
      { left: "$$", right: "$$", display: true },
      { left: "$", right: "$", display: false },
      { left: "\\(", right: "\\)", display: false },
      { left: "\\[", right: "\\]", display: true },
    ],
  });
});
