"use strict";
// The offer form warns at once when the chosen place lies in a district whose box under
// "Anzeigen in Stadtteilen" is not ticked (the server warns again after saving).
{
    const $ = window.django && window.django.jQuery;
    if ($) {
        $(function() {
            const select = $("#id_place");
            if (!select.length) {
                return;
            }
            const warning = $('<p class="place-warning" role="status" hidden></p>');
            select.closest(".form-row").append(warning);
            let place = null;
            if (select.attr("data-district")) {
                place = {
                    district: select.attr("data-district"),
                    districtName: select.attr("data-district-name"),
                    text: select.find("option:selected").text(),
                };
            }
            function check() {
                const ticked = $("input[name=districts]:checked").map((i, box) => box.value).get();
                const off = place && ticked.length && !ticked.includes(String(place.district));
                warning.text(off ? "Achtung: " + place.text + " liegt in " + place.districtName +
                    " – dieser Stadtteil ist unter „Anzeigen in Stadtteilen“ nicht angekreuzt." : "");
                warning.prop("hidden", !off);
            }
            select.on("select2:select", function(event) {
                const data = event.params.data;
                place = data.district ? {district: data.district, districtName: data.district_name, text: data.text} : null;
                check();
            });
            select.on("select2:clear", function() {
                place = null;
                check();
            });
            $(document).on("change", "input[name=districts]", check);
            check();
        });
    }
}
