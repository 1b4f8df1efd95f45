// A box that scrolls sideways can be scrolled from the keyboard only once it
// has focus (WCAG 2.1.1). Material makes scrolling code blocks focusable;
// this does the same for display formulas and tables, and only while they
// really scroll (so formulas that fit add no stop to the Tab order).
document$.subscribe(() => {
  const boxes = document.querySelectorAll(
    ".md-typeset div.arithmatex, .md-typeset__scrollwrap",
  );
  const update = (box) => {
    if (box.scrollWidth > box.clientWidth) box.setAttribute("tabindex", "0");
    else box.removeAttribute("tabindex");
  };
  // Checked when first observed, whenever a box changes size (the window
  // resized), and when fonts arrive: KaTeX's fonts widen a formula, not its box.
  const observer = new ResizeObserver((entries) => entries.forEach((e) => update(e.target)));
  boxes.forEach((box) => observer.observe(box));
  document.fonts.addEventListener("loadingdone", () => boxes.forEach(update));
});
