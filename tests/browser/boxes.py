"""Box measurements run in the page: each returns a list of problems, empty when all fits."""

# Every element of the screen inside the viewport, not clipped by an ancestor that hides
# overflow, no text cut; no scrollbars; the QR code's corners and its caption on top.
SCREEN_PROBLEMS = """() => {
  const problems = [];
  const width = window.innerWidth, height = window.innerHeight;
  const root = document.documentElement;
  const name = (el) => `${el.tagName.toLowerCase()}.${el.getAttribute("class") || ""}`
    + ` "${el.textContent.trim().slice(0, 30)}"`;
  const outside = (box, frame) => box.left < frame.left - 0.5 || box.top < frame.top - 0.5
    || box.right > frame.right + 0.5 || box.bottom > frame.bottom + 0.5;
  const viewport = {left: 0, top: 0, right: width, bottom: height};
  if (root.scrollWidth > width || root.scrollHeight > height) {
    problems.push(`scrollbars: ${root.scrollWidth}x${root.scrollHeight}`);
  }
  for (const el of document.querySelectorAll("main, main *")) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (outside(box, viewport)) problems.push(`outside the screen: ${name(el)}`);
    for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
      const style = getComputedStyle(up);
      if (style.overflowX !== "visible" || style.overflowY !== "visible") {
        if (outside(box, up.getBoundingClientRect())) problems.push(`clipped: ${name(el)}`);
      }
    }
    if (el.clientWidth && el.scrollWidth > el.clientWidth) problems.push(`text cut: ${name(el)}`);
  }
  const qr = document.querySelector(".screen-qr-code svg, .screen-qr-code img");
  const caption = document.querySelector(".screen-qr p");
  if (!qr || !caption) return problems.concat(["no QR code or caption"]);
  const q = qr.getBoundingClientRect();
  if (q.width < height * 0.14) problems.push(`QR code too small: ${q.width}`);
  const points = [[q.left + 1, q.top + 1], [q.right - 1, q.top + 1], [q.left + 1, q.bottom - 1],
    [q.right - 1, q.bottom - 1]];
  const c = caption.getBoundingClientRect();
  for (const [x, y] of points.concat([[c.left + 1, c.top + c.height / 2],
                                       [c.right - 1, c.top + c.height / 2]])) {
    const hit = document.elementFromPoint(x, y);
    if (!hit || !(qr.contains(hit) || caption.contains(hit))) {
      problems.push(`QR code or caption hidden at ${Math.round(x)},${Math.round(y)}`);
    }
  }
  return problems;
}"""

# Every box inside a day card lies within the card's box; no element's text is wider than
# the element (visually hidden labels aside: they are 1 px wide on purpose).
DAY_PROBLEMS = """() => {
  const problems = [];
  const name = (el) => `${el.tagName.toLowerCase()}.${el.getAttribute("class") || ""}`
    + ` "${el.textContent.trim().slice(0, 30)}"`;
  document.querySelectorAll(".day").forEach((day, index) => {
    const card = day.getBoundingClientRect();
    for (const el of day.querySelectorAll("*")) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.left < card.left - 0.5 || box.right > card.right + 0.5
          || box.top < card.top - 0.5 || box.bottom > card.bottom + 0.5) {
        problems.push(`day ${index}: ${name(el)} sticks out by`
          + ` ${Math.round(Math.max(card.left - box.left, box.right - card.right))} px`);
      }
    }
  });
  for (const el of document.querySelectorAll("body *")) {
    if (el.closest(".visually-hidden")) continue;
    if (el.clientWidth && el.scrollWidth > el.clientWidth) {
      problems.push(`wider than its box: ${name(el)} ${el.scrollWidth} > ${el.clientWidth}`);
    }
  }
  return problems;
}"""

SETTLED = "document.fonts.ready.then(() => new Promise((done) => requestAnimationFrame(done)))"
