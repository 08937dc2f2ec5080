"use strict";
// Django's URLify makes "für" into "fur"; German readers expect "fuer" in a web address.
// Spell out the German letters first, then let Django's URLify do the rest.
{
    const GERMAN = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss", "ẞ": "SS"};
    const djangoURLify = window.URLify;
    if (djangoURLify) {
        window.URLify = function(s, numChars, allowUnicode) {
            return djangoURLify(s.replace(/[äöüÄÖÜßẞ]/g, (c) => GERMAN[c]), numChars, allowUnicode);
        };
    }
}
