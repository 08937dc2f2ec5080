"use strict";
// Schedule rules in the offer form (offers/admin/rules.py). Without this script every field
// of a rule is shown and works; with it, a rule shows only the fields its kind uses (the kind
// select names them in data-kind-fields) and the weekday shortcuts ("Mo–Fr") tick boxes.
{
    const GROUP = "#rules-group";

    function showFieldsOfKind(select) {
        const rule = select.closest(".inline-related");
        const byKind = JSON.parse(select.dataset.kindFields);
        const used = byKind[select.value] || [];
        for (const name of new Set(Object.values(byKind).flat())) {
            const box = rule.querySelector(".fieldBox.field-" + name);
            if (box) {
                // The box's parent also holds the field's errors and help text.
                box.parentElement.hidden = !used.includes(name);
            }
        }
    }

    function setUp() {
        const group = document.querySelector(GROUP);
        if (!group) {
            return;
        }
        // Includes the empty template row, so rules added later arrive set up.
        for (const select of group.querySelectorAll("select[data-kind-fields]")) {
            showFieldsOfKind(select);
        }
        for (const shortcuts of group.querySelectorAll(".weekday-shortcuts")) {
            shortcuts.hidden = false;
        }
        group.addEventListener("change", (event) => {
            if (event.target.matches("select[data-kind-fields]")) {
                showFieldsOfKind(event.target);
            }
        });
        group.addEventListener("click", (event) => {
            const button = event.target.closest(".weekday-shortcut");
            if (!button) {
                return;
            }
            const days = button.dataset.days.split(",");
            const boxes = button.closest(".weekdays").querySelectorAll("input[type=checkbox]");
            for (const box of boxes) {
                box.checked = days.includes(box.value);
            }
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", setUp);
    } else {
        setUp();
    }
}
