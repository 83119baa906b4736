"""Labels and messages of ``cse-assess consensus``, in English and Latvian.

Merged into :mod:`cse_assess.i18n.messages`; keys ``ui.consensus.<key>`` for the report and
``consensus_<key>`` for errors and warnings. Pure data: no imports. Terms follow the project
glossary (consensus = vienošanās, agreement between assessors = vērtētāju saskaņa, assessor =
vērtētājs, unit = struktūrvienība, not applicable = neattiecas).
"""

LABELS: dict[str, tuple[str, str]] = {
    # "key": ("English", "Latvian"),
    # --- errors --------------------------------------------------------------------------------
    "consensus_too_few": (
        "a consensus needs at least two assessment files; {count} given",
        "vienošanās izveidei nepieciešami vismaz divi novērtējuma faili; norādīti: {count}",
    ),
    "consensus_other_bank": (
        "{path}: the file is an assessment of question bank '{got}', the others of '{expected}';"
        " a consensus needs assessments of the same bank",
        "{path}: fails ir jautājumu kopas '{got}' novērtējums, pārējie — kopas '{expected}';"
        " vienošanās iespējama tikai par vienas jautājumu kopas novērtējumiem",
    ),
    "consensus_other_version": (
        "{path}: the file answers version {got} of question bank '{bank}', the first file"
        " version {expected}; open it with 'cse-assess review' to bring it to one version",
        "{path}: failā atbildēts uz jautājumu kopas '{bank}' versiju {got}, pirmajā failā — uz"
        " versiju {expected}; atveriet to ar 'cse-assess review', lai pārietu uz vienu versiju",
    ),
    "consensus_output_is_input": (
        "{path}: the output file is one of the assessors' files; choose another name so that"
        " no assessment is overwritten",
        "{path}: rezultāta fails ir viens no vērtētāju failiem; izvēlieties citu nosaukumu, lai"
        " netiktu pārrakstīts neviens novērtējums",
    ),
    # --- warnings ------------------------------------------------------------------------------
    "consensus_institution_differs": (
        "the files name different institutions: {values}; the consensus keeps '{kept}'",
        "failos norādītas dažādas iestādes: {values}; vienošanās failā saglabāta '{kept}'",
    ),
    "consensus_unit_differs": (
        "the files name different units: {values}; the consensus keeps '{kept}'",
        "failos norādītas dažādas struktūrvienības: {values}; vienošanās failā saglabāta '{kept}'",
    ),
    "consensus_targets_differ": (
        "{path}: the file sets other targets than the first file; the consensus keeps the"
        " first file's targets",
        "{path}: failā noteiktas citas mērķa vērtības nekā pirmajā failā; vienošanās failā"
        " saglabātas pirmā faila mērķa vērtības",
    ),
    "consensus_unknown_answers": (
        "{path}: {count} answer(s) to questions the bank does not have are not carried into"
        " the consensus: {ids}",
        "{path}: {count} atbilde(-es) uz jautājumiem, kuru nav jautājumu kopā, vienošanās failā"
        " netiek pārņemta(-as): {ids}",
    ),
    # --- the report ----------------------------------------------------------------------------
    "ui.consensus.title": ("Consensus of the assessors", "Vērtētāju vienošanās"),
    "ui.consensus.assessors": ("Assessors", "Vērtētāji"),
    "ui.consensus.file": ("Consensus file", "Vienošanās fails"),
    "ui.consensus.agreement": ("Agreement between assessors", "Vērtētāju saskaņa"),
    "ui.consensus.agreement_value": (
        "{percent} ({agreed} of {compared} questions answered by two or more assessors)",
        "{percent} ({agreed} no {compared} jautājumiem, uz kuriem atbildējuši divi vai vairāk"
        " vērtētāju)",
    ),
    "ui.consensus.agreement_none": (
        "– (no question was answered by two assessors)",
        "– (uz nevienu jautājumu nav atbildējuši divi vērtētāji)",
    ),
    "ui.consensus.disagreements": ("Disagreements to discuss", "Apspriežamās atšķirības"),
    "ui.consensus.disagreements_intro": (
        "Widest spread first. A disagreement is a spread of two levels or more, or not applicable"
        " beside a level; for other kinds of question, any difference.",
        "Vispirms lielākā atšķirība. Atšķirība ir divu vai vairāk līmeņu starpība vai"
        " „neattiecas” blakus līmenim; citu veidu jautājumiem — jebkura atšķirība.",
    ),
    "ui.consensus.no_disagreements": (
        "The assessors agree on every question they answered.",
        "Vērtētāji ir vienisprātis par visiem jautājumiem, uz kuriem atbildējuši.",
    ),
    "ui.consensus.spread": ("spread: {steps} levels", "starpība: {steps} līmeņi"),
    "ui.consensus.spread_one": ("spread: 1 level", "starpība: 1 līmenis"),
    "ui.consensus.na_beside": (
        "not applicable beside an answer",
        "„neattiecas” blakus atbildei",
    ),
    "ui.consensus.result": ("Consensus", "Vienošanās"),
    "ui.consensus.not_answered": ("nobody answered", "neviens nav atbildējis"),
    "ui.consensus.score": ("Score of the consensus", "Vienošanās vērtējums"),
    "ui.consensus.warnings": ("Warnings", "Brīdinājumi"),
}
