"""Signing in to the admin as a person does: the login form, the demo accounts' password, a
browser context (window, cookies) of its own per person."""

OFFICE_WINDOW = {"width": 1366, "height": 768}  # the clerks' office laptops


def signed_in(browser, live_server, username="sozialamt", **context_options):
    """A page of a new context, logged in as `username`; close it with `page.context.close()`."""
    context = browser.new_context(**{"viewport": OFFICE_WINDOW, **context_options})
    page = context.new_page()
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "demo")
    page.click("input[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")
    return page
