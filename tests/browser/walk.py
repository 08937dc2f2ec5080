"""A clerk's walk through the admin, counted as the issue counted it: page loads, fields touched,
clicks, keystrokes, and sideways scrolls (an element the clerk must reach lies beyond the
window's right or left edge)."""

from dataclasses import dataclass, field

# Where an element sits across the window: what a clerk would have to scroll sideways to reach.
_BEYOND_EDGE = """(el) => {
  const box = el.getBoundingClientRect();
  return box.right > window.innerWidth + 0.5 || box.left < -0.5;
}"""


@dataclass
class Walk:
    page: object
    page_loads: int = 0
    clicks: int = 0
    keystrokes: int = 0
    sideways_scrolls: int = 0
    fields: set = field(default_factory=set)
    beyond_edge: list = field(default_factory=list)

    def __post_init__(self):
        self.page.on("load", lambda _page: self._loaded())

    def _loaded(self):
        self.page_loads += 1

    def _reach(self, locator):
        locator.wait_for(state="visible")
        if locator.evaluate(_BEYOND_EDGE):
            self.sideways_scrolls += 1
            self.beyond_edge.append(locator.evaluate("(el) => el.name || el.id || el.textContent"))

    def _field(self, locator):
        # A field counts once per page it is filled on.
        self.fields.add((self.page_loads, locator.evaluate("(el) => el.name || el.id")))

    def goto(self, url):
        self.page.goto(url)

    def click(self, locator):
        self._reach(locator)
        self.clicks += 1
        locator.click()

    def type(self, locator, text, *, enter=False):
        """A click into the field, then the text key by key (plus Enter when asked)."""
        self._reach(locator)
        self.clicks += 1
        self._field(locator)
        locator.click()
        locator.fill("")
        locator.press_sequentially(text)
        self.keystrokes += len(text)
        if enter:
            locator.press("Enter")
            self.keystrokes += 1

    def choose(self, locator, label):
        """A select: a click to open it and a click on the option."""
        self._reach(locator)
        self.clicks += 2
        self._field(locator)
        locator.select_option(label=label)

    def autocomplete(self, select_id, text, option):
        """Django's autocomplete (select2): a click to open, the search typed, a click on the
        option."""
        page = self.page
        self.click(page.locator(f"#{select_id} + .select2 .select2-selection"))
        search = page.locator(".select2-container--open .select2-search__field")
        search.press_sequentially(text)
        self.keystrokes += len(text)
        self._field(page.locator(f"#{select_id}"))
        self.click(page.locator(".select2-results__option", has_text=option).first)

    def tick(self, locator):
        self._reach(locator)
        self.clicks += 1
        self._field(locator)
        locator.check()

    def counts(self):
        return {
            "page loads": self.page_loads,
            "fields": len(self.fields),
            "clicks": self.clicks,
            "keystrokes": self.keystrokes,
            "sideways scrolls": self.sideways_scrolls,
        }
