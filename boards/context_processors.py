from offers.selectors import get_city


def site(request):
    """The city, for the header and footer of every page (one query)."""
    return {"city": get_city()}
