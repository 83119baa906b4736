"""Labels and messages of ``cse-assess compare``, in English and Latvian.

Merged into :mod:`cse_assess.i18n.messages`; keys ``ui.compare.<key>`` for the report and
``compare_<key>`` for errors and warnings. Pure data: no imports. Terms follow the project
glossary (trend / progress = tendence / progress, gap = nepilnība, unit = struktūrvienība,
question bank = jautājumu kopa, claimed / verified = norādītais / pierādītais).
"""

LABELS: dict[str, tuple[str, str]] = {
    # "key": ("English", "Latvian"),
    # --- errors --------------------------------------------------------------------------------
    "compare_other_bank": (
        "{path}: an assessment of question bank '{got}', but {other} is of '{expected}';"
        " only assessments of the same bank can be compared",
        "{path}: jautājumu kopas '{got}' novērtējums, bet {other} — kopas '{expected}';"
        " salīdzināt var tikai vienas jautājumu kopas novērtējumus",
    ),
    # --- warnings ------------------------------------------------------------------------------
    "compare_other_unit": (
        "the files are of different units: '{old}' and '{new}'; the comparison may not show"
        " a trend of one unit",
        "faili attiecas uz dažādām struktūrvienībām: '{old}' un '{new}'; salīdzinājums var"
        " neatspoguļot vienas struktūrvienības tendenci",
    ),
    "compare_dates_reversed": (
        "the new file is dated {new}, before the old file ({old}); were they given the other"
        " way round?",
        "jaunā faila datums ({new}) ir agrāks par vecā faila datumu ({old}); vai faili nav"
        " norādīti otrādā secībā?",
    ),
    "compare_targets_differ": (
        "the files set different targets of their own; scores against targets may differ for"
        " that reason alone",
        "failos noteiktas atšķirīgas pašu mērķa vērtības; jau tādēļ vien vērtējumi var atšķirties",
    ),
    "compare_version_changed": (
        "the question bank changed from version {old} to {new}: {added} question(s) added,"
        " {removed} removed; scores are compared on the {shared} questions both versions share",
        "jautājumu kopa mainījusies no versijas {old} uz {new}: pievienoti {added}, izņemti"
        " {removed} jautājumi; vērtējumi salīdzināti pēc {shared} jautājumiem, kas ir abās"
        " versijās",
    ),
    # --- the report ----------------------------------------------------------------------------
    "ui.compare.title": ("Progress between two assessments", "Progress starp diviem novērtējumiem"),
    "ui.compare.old": ("Old", "Iepriekšējais"),
    "ui.compare.new": ("New", "Jaunais"),
    "ui.compare.change": ("Change", "Izmaiņas"),
    "ui.compare.overall": ("Overall score", "Kopvērtējums"),
    "ui.compare.overall_claimed": ("Overall score (claimed)", "Kopvērtējums (norādītais)"),
    "ui.compare.overall_verified": ("Overall score (verified)", "Kopvērtējums (pierādītais)"),
    "ui.compare.areas": ("Areas, claimed score", "Jomas, norādītais vērtējums"),
    "ui.compare.improved": ("Questions improved", "Uzlabojušies jautājumi"),
    "ui.compare.regressed": ("Questions regressed", "Pasliktinājušies jautājumi"),
    "ui.compare.gaps_closed": ("Gaps closed", "Novērstās nepilnības"),
    "ui.compare.gaps_opened": ("Gaps opened", "Jaunas nepilnības"),
    "ui.compare.gaps_remaining": ("Gaps still open", "Joprojām atvērtās nepilnības"),
    "ui.compare.added": (
        "Questions added in the new version",
        "Jaunajā versijā pievienotie jautājumi",
    ),
    "ui.compare.removed": (
        "Questions removed in the new version",
        "Jaunajā versijā izņemtie jautājumi",
    ),
    "ui.compare.none": ("none", "nav"),
    "ui.compare.warnings": ("Warnings", "Brīdinājumi"),
    "ui.compare.note": ("Note", "Piezīme"),
    "ui.compare.only_old": ("only in the old version", "tikai iepriekšējā versijā"),
    "ui.compare.only_new": ("only in the new version", "tikai jaunajā versijā"),
    "ui.compare.shared_note": (
        "Scores compared on the questions both versions share.",
        "Vērtējumi salīdzināti pēc jautājumiem, kas ir abās versijās.",
    ),
    "ui.compare.legend": (
        "▲ up, ▼ down, = unchanged; change in points on a scale of 0–100",
        "▲ augšup, ▼ lejup, = bez izmaiņām; izmaiņas punktos skalā 0–100",
    ),
    "ui.compare.generated": (
        "Written by cse-assess {version}.",
        "Sagatavots ar cse-assess {version}.",
    ),
}
