"""Labels used only by the management reports (HTML, CSV, XLSX), in English and Latvian.

Merged into :mod:`cse_assess.messages` under the ``ui.`` prefix, so ``t("key", lang)`` finds
them like any other label. Pure data: no imports.
"""

LABELS: dict[str, tuple[str, str]] = {
    # "ui.key": ("English", "Latvian"),
}
