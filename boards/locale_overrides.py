"""Django's own strings that our catalogues correct.

Django's Persian catalogue writes some weekday names without the zero-width non-joiner
("سه شنبه" instead of "سه‌شنبه"). Catalogues in LOCALE_PATHS take precedence over Django's, so
listing the English msgids here lets `locale/fa` give the right spelling; ru and ar repeat
Django's names.
"""

from django.utils.translation import gettext_noop

WEEKDAYS = [gettext_noop("Tuesday"), gettext_noop("Thursday"), gettext_noop("Sunday")]
