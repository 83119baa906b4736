"""Labels and messages of ``cse-assess rollup``, in English and Latvian.

Merged into :mod:`cse_assess.i18n.messages`; keys ``ui.rollup.<key>`` for the report and
``rollup_<key>`` for errors. Pure data: no imports. Terms follow the project glossary
(roll-up = kopsavilkums, network roll-up = tīkla kopsavilkums, unit = struktūrvienība,
institution = iestāde, area = joma, question bank = jautājumu kopa, claimed = norādītais,
verified = pierādītais).
"""

LABELS: dict[str, tuple[str, str]] = {
    # "key": ("English", "Latvian"),
    # --- errors --------------------------------------------------------------------------------
    "rollup_no_files": (
        "no assessment files (*.json) found in: {paths}",
        "norādītajās vietās nav atrasts neviens novērtējuma fails (*.json): {paths}",
    ),
    "rollup_nothing_counted": (
        "no assessment could be rolled up: every file was skipped ({count}; listed above)",
        "kopsavilkumā nevarēja iekļaut nevienu novērtējumu: izlaisti visi faili ({count};"
        " uzskaitīti iepriekš)",
    ),
    "rollup_missing": ("no such file or folder", "šāda faila vai mapes nav"),
    "rollup_xlsx_needs_output": (
        "the xlsx format is a file: give --output FILE.xlsx",
        "xlsx formāts ir fails: norādiet --output FILE.xlsx",
    ),
    # --- the report ----------------------------------------------------------------------------
    "ui.rollup.title": ("Network roll-up", "Tīkla kopsavilkums"),
    "ui.rollup.bank": ("Question bank: {title} ({id})", "Jautājumu kopa: {title} ({id})"),
    "ui.rollup.versions": ("Bank versions: {versions}", "Jautājumu kopas versijas: {versions}"),
    "ui.rollup.by_unit": ("One row per unit", "Katrai struktūrvienībai viena rinda"),
    "ui.rollup.by_institution": (
        "One row per institution: the mean of its units' scores",
        "Katrai iestādei viena rinda: tās struktūrvienību vērtējumu vidējais",
    ),
    "ui.rollup.basis_claimed": ("Scores shown: claimed", "Parādītie vērtējumi: norādītie"),
    "ui.rollup.basis_verified": ("Scores shown: verified", "Parādītie vērtējumi: pierādītie"),
    "ui.rollup.counts": (
        "Files: {files} read, {counted} counted, {superseded} superseded, {skipped} skipped",
        "Faili: nolasīti {files}, iekļauti {counted}, aizstāti {superseded}, izlaisti {skipped}",
    ),
    "ui.rollup.weakest_area": (
        "Weakest area of the network: {area} (mean {mean}, lowest {min})",
        "Tīkla vājākā joma: {area} (vidēji {mean}, zemākais {min})",
    ),
    "ui.rollup.weakest_areas": ("Weakest areas", "Vājākās jomas"),
    "ui.rollup.weakest_units": ("Weakest units", "Vājākās struktūrvienības"),
    "ui.rollup.weakest_institutions": ("Weakest institutions", "Vājākās iestādes"),
    "ui.rollup.overall": ("Overall", "Kopvērtējums"),
    "ui.rollup.units": ("Units", "Struktūrvienības"),
    "ui.rollup.mean": ("Mean", "Vidējais"),
    "ui.rollup.min": ("Minimum", "Minimums"),
    "ui.rollup.max": ("Maximum", "Maksimums"),
    "ui.rollup.stdev": ("Standard deviation", "Standartnovirze"),
    "ui.rollup.scored": ("Scored", "Novērtēti"),
    "ui.rollup.legend": (
        "Colours: red below 40, yellow 40 to under 70, green 70 and above; – no score.",
        "Krāsas: sarkana — zem 40, dzeltena — no 40 līdz 70 (neieskaitot), zaļa — 70 un vairāk;"
        " – nav vērtējuma.",
    ),
    "ui.rollup.area_key": ("Areas (columns)", "Jomas (kolonnas)"),
    "ui.rollup.heatmap": (
        "Scores by row and area (0–100)",
        "Vērtējumi pa rindām un jomām (0–100)",
    ),
    "ui.rollup.network": ("The network", "Tīkls"),
    "ui.rollup.line": ("line {line}", "{line}. rinda"),
    "ui.rollup.file": ("File", "Fails"),
    "ui.rollup.reason": ("Reason", "Iemesls"),
    "ui.rollup.counts_instead": ("Counts instead", "Tā vietā ņemts vērā"),
    "ui.rollup.skipped": ("Skipped files", "Izlaistie faili"),
    "ui.rollup.skipped_none": ("No file was skipped.", "Neviens fails nav izlaists."),
    "ui.rollup.superseded": (
        "Superseded assessments (a later assessment of the same unit counts)",
        "Aizstātie novērtējumi (tiek ņemts vērā tās pašas struktūrvienības vēlākais novērtējums)",
    ),
    "ui.rollup.superseded_none": (
        "No assessment was superseded.",
        "Neviens novērtējums nav aizstāts.",
    ),
    "ui.rollup.more": (
        "... and {count} more: all are listed in --format json, html or xlsx.",
        "... un vēl {count}: visi uzskaitīti formātos json, html un xlsx.",
    ),
    "ui.rollup.no_rows": (
        "No assessment could be rolled up.",
        "Kopsavilkumā nevarēja iekļaut nevienu novērtējumu.",
    ),
    "ui.rollup.category.unreadable": ("cannot be read", "nevar nolasīt"),
    "ui.rollup.category.not_json": ("not JSON", "nav JSON"),
    "ui.rollup.category.not_assessment": (
        "not an assessment file",
        "nav novērtējuma fails",
    ),
    "ui.rollup.category.unknown_bank": ("unknown question bank", "nezināma jautājumu kopa"),
    "ui.rollup.category.invalid": (
        "does not fit its question bank",
        "neatbilst savai jautājumu kopai",
    ),
    "ui.rollup.skipped_count": ("{reason}: {count}", "{reason}: {count}"),
    "ui.rollup.sheet_skipped": ("skipped", "izlaisti"),
    "ui.rollup.sheet_superseded": ("superseded", "aizstāti"),
}
