from django import template

from network import access

register = template.Library()


@register.filter
def post_actions(post, user) -> set[str]:
    """What `user` may do with `post` on the board: the links shown are the rights checked."""
    actions = set()
    if access.may_edit(user, post):
        actions.add("edit")
    if access.may_moderate(user):
        actions.add("moderate")
    return actions
