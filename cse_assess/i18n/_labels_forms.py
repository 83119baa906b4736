"""Labels and messages of the offline forms (``cse-assess template`` and ``import``).

English and Latvian, merged into :mod:`cse_assess.i18n.messages`. Pure data: no imports. Terms
follow the project glossary (assessor = vērtētājs, unit = struktūrvienība, branch = filiāle,
evidence = pierādījumi, not applicable = neattiecas, justification = pamatojums, target =
mērķa vērtība, question bank = jautājumu kopa, claimed / verified = norādītais / pierādītais).
"""

LABELS: dict[str, tuple[str, str]] = {
    # "code": ("English", "Latvian"),
    # --- sheet names (at most 31 characters; no : \\ / ? * [ ]) ---------------------------
    "ui.forms.sheet_context": ("Context", "Konteksts"),
    "ui.forms.sheet_questions": ("Questions", "Jautājumi"),
    "ui.forms.sheet_lists": ("Lists", "Saraksti"),
    # --- the context sheet ---------------------------------------------------------------
    "ui.forms.form_title": (
        "Self-assessment form: {title}",
        "Pašnovērtējuma veidlapa: {title}",
    ),
    "ui.forms.context_intro": (
        "Fill in the white cells on this sheet and on the sheet “{questions}”. Grey cells are"
        " part of the form: do not change them. Leave a question empty if you cannot answer it"
        " yet; it stays unanswered. Save the file as .xlsx and send it back to the coordinator.",
        "Aizpildiet baltās šūnas šajā lapā un lapā „{questions}”. Pelēkās šūnas ir veidlapas"
        " daļa: nemainiet tās. Ja uz jautājumu vēl nevarat atbildēt, atstājiet to tukšu; tas"
        " paliks neatbildēts. Saglabājiet failu .xlsx formātā un nosūtiet to atpakaļ"
        " koordinatoram.",
    ),
    "ui.forms.col_field": ("Field", "Lauks"),
    "ui.forms.col_value": ("Value", "Vērtība"),
    "ui.forms.col_explanation": ("Explanation", "Paskaidrojums"),
    "ui.forms.institution": ("Institution", "Iestāde"),
    "ui.forms.unit": ("Unit (branch)", "Struktūrvienība (filiāle)"),
    "ui.forms.assessor": ("Assessor", "Vērtētājs"),
    "ui.forms.date": ("Date", "Datums"),
    "ui.forms.language": ("Language", "Valoda"),
    "ui.forms.bank": ("Question bank", "Jautājumu kopa"),
    "ui.forms.bank_version": ("Question bank version", "Jautājumu kopas versija"),
    "ui.forms.form_format": ("Form format", "Veidlapas formāts"),
    "ui.forms.hint_institution": (
        "The institution's name, e.g. Valsts ieņēmumu dienests",
        "Iestādes nosaukums, piemēram, Valsts ieņēmumu dienests",
    ),
    "ui.forms.hint_unit": (
        "The branch or unit this assessment covers",
        "Filiāle vai struktūrvienība, kuru novērtē",
    ),
    "ui.forms.hint_assessor": (
        "Who fills in this form (name, position)",
        "Kas aizpilda šo veidlapu (vārds, uzvārds, amats)",
    ),
    "ui.forms.hint_date": (
        "The date of the assessment as YYYY-MM-DD, e.g. 2026-03-02",
        "Novērtējuma datums formātā GGGG-MM-DD, piemēram, 2026-03-02",
    ),
    "ui.forms.hint_language": (
        "The language of the reports: lv (Latvian) or en (English)",
        "Ziņojumu valoda: lv (latviešu) vai en (angļu)",
    ),
    "ui.forms.do_not_change": (
        "Do not change: the coordinator's tool checks it",
        "Nemainīt: koordinatora rīks to pārbauda",
    ),
    "ui.forms.levels_title": ("Levels of the scale", "Skalas līmeņi"),
    "ui.forms.levels_scale": ("Scale “{scale}”", "Skala „{scale}”"),
    # --- the questions sheet -------------------------------------------------------------
    "ui.forms.questions_title": ("{title} (version {version})", "{title} (versija {version})"),
    "ui.forms.questions_intro": (
        "One row per question. Choose the answer in column “{answer}” from the drop-down list. For"
        " a checklist, mark each item on the rows below the question Yes or No. If a question"
        " does not apply, choose Yes under “{na}” and write why under “{justification}”. Write each"
        " piece of evidence on its own line (Alt+Enter starts a new line in a cell).",
        "Katram jautājumam ir sava rinda. Atbildi kolonnā „{answer}” izvēlieties no saraksta."
        " Kontrolsarakstā katram punktam rindās zem jautājuma norādiet Jā vai Nē. Ja jautājums"
        " uz jums neattiecas, kolonnā „{na}” izvēlieties Jā un kolonnā „{justification}” uzrakstiet"
        " pamatojumu. Katru pierādījumu rakstiet savā rindā (Alt+Enter šūnā sāk jaunu rindu).",
    ),
    "ui.forms.col_area": ("Area", "Joma"),
    "ui.forms.col_id": ("ID", "ID"),
    "ui.forms.col_question": ("Question", "Jautājums"),
    "ui.forms.col_guidance": ("Guidance", "Norādījumi"),
    "ui.forms.col_answer": ("Answer", "Atbilde"),
    "ui.forms.col_na": ("Not applicable", "Neattiecas"),
    "ui.forms.col_justification": ("Why not applicable", "Pamatojums, ja neattiecas"),
    "ui.forms.col_evidence": ("Evidence (one per line)", "Pierādījumi (katrs savā rindā)"),
    "ui.forms.col_note": ("Note", "Piezīme"),
    "ui.forms.target": ("Target: {target}.", "Mērķa vērtība: {target}."),
    "ui.forms.critical": (
        "Critical question: while it is below its target, the readiness band is capped.",
        "Kritisks jautājums: kamēr tas nesasniedz mērķa vērtību, gatavības līmenis ir ierobežots.",
    ),
    "ui.forms.evidence_from": (
        "From level {level} an answer needs evidence to count in the verified score.",
        "Sākot ar {level}. līmeni, atbildei vajadzīgi pierādījumi, lai to ieskaitītu pierādītajā"
        " vērtējumā.",
    ),
    "ui.forms.evidence_required": (
        "The answer needs evidence to count in the verified score.",
        "Atbildei vajadzīgi pierādījumi, lai to ieskaitītu pierādītajā vērtējumā.",
    ),
    "ui.forms.evidence_examples": ("Evidence, for example:", "Pierādījumi, piemēram:"),
    "ui.forms.when": ("Answer only if: {condition}.", "Atbildiet tikai tad, ja: {condition}."),
    "ui.forms.tick_items": (
        "Mark each item on the rows below Yes or No.",
        "Katram punktam rindās zemāk norādiet Jā vai Nē.",
    ),
    "ui.forms.number_rule": (
        "A number in {unit}; allowed: {allowed}.",
        "Skaitlis, mērvienība: {unit}; atļauts: {allowed}.",
    ),
    "ui.forms.number_rule_no_unit": (
        "A number; allowed: {allowed}.",
        "Skaitlis; atļauts: {allowed}.",
    ),
    "ui.forms.cond_and": ("and", "un"),
    "ui.forms.cond_or": ("or", "vai"),
    "ui.forms.cond_not": ("not", "ne"),
    "ui.forms.cond_in": ("is one of", "ir viens no"),
    "ui.forms.cond_checked": ("has “{item}” ticked", "ir atzīmēts punkts „{item}”"),
    "ui.forms.prompt_level": ("Choose a level", "Izvēlieties līmeni"),
    "ui.forms.prompt_yes_no": ("Choose Yes or No", "Izvēlieties Jā vai Nē"),
    "ui.forms.prompt_number": ("Enter a number", "Ievadiet skaitli"),
    "ui.forms.prompt_na": ("Not applicable?", "Neattiecas?"),
    "ui.forms.prompt_na_text": (
        "Choose Yes only if the question does not concern your unit at all, and write why in the"
        " next column.",
        "Izvēlieties Jā tikai tad, ja jautājums uz jūsu struktūrvienību nemaz neattiecas, un"
        " nākamajā kolonnā uzrakstiet pamatojumu.",
    ),
    "ui.forms.error_title": ("Not allowed", "Nav atļauts"),
    "ui.forms.error_list": (
        "Choose a value from the drop-down list.",
        "Izvēlieties vērtību no saraksta.",
    ),
    "ui.forms.error_number": (
        "Enter a number in the allowed range.",
        "Ievadiet skaitli pieļaujamajā diapazonā.",
    ),
    # --- the command line ----------------------------------------------------------------
    "ui.forms.written": (
        "Form written: {path} ({questions} questions). Import a filled-in form with:"
        " cse-assess import FORM.xlsx --output ASSESSMENT.json",
        "Veidlapa saglabāta: {path} ({questions} jautājumi). Aizpildītu veidlapu importējiet ar"
        " komandu: cse-assess import VEIDLAPA.xlsx --output NOVĒRTĒJUMS.json",
    ),
    "ui.forms.imported": (
        "{path}: {answered} of {questions} questions answered ({na} not applicable);"
        " written to {output}",
        "{path}: atbildēti {answered} no {questions} jautājumiem ({na} neattiecas);"
        " saglabāts {output}",
    ),
    # --- errors and warnings ---------------------------------------------------------------
    "forms_not_xlsx_name": (
        "{path}: a form is an Excel workbook; give a file name ending in .xlsx",
        "{path}: veidlapa ir Excel darbgrāmata; norādiet faila nosaukumu ar paplašinājumu .xlsx",
    ),
    "forms_output_is_form": (
        "{path}: the assessment would overwrite the form; give another --output, e.g. {suggested}",
        "{path}: novērtējums pārrakstītu veidlapu; norādiet citu --output, piemēram, {suggested}",
    ),
    "forms_not_xlsx_file": (
        "not an Excel workbook (.xlsx); open it in Excel or LibreOffice and save it as"
        " “Excel workbook (.xlsx)”",
        "nav Excel darbgrāmata (.xlsx); atveriet to Excel vai LibreOffice un saglabājiet kā"
        " „Excel darbgrāmata (.xlsx)”",
    ),
    "forms_unreadable": (
        "not an Excel workbook (.xlsx) that can be read: {reason}",
        "nav nolasāma Excel darbgrāmata (.xlsx): {reason}",
    ),
    "forms_no_sheet": (
        "no sheet named {names}; is this a form made by 'cse-assess template'?",
        "nav lapas ar nosaukumu {names}; vai šī ir ar 'cse-assess template' izveidota veidlapa?",
    ),
    "forms_layout": (
        "expected '{expected}' here, found '{found}'; the form's rows or columns were changed:"
        " copy the answers into a fresh form (cse-assess template)",
        "šeit gaidīts '{expected}', atrasts '{found}'; veidlapas rindas vai kolonnas ir mainītas:"
        " pārnesiet atbildes jaunā veidlapā (cse-assess template)",
    ),
    "forms_format": (
        "'{got}' is not a form format this version of cse-assess reads ({expected})",
        "'{got}' nav veidlapas formāts, ko šī cse-assess versija lasa ({expected})",
    ),
    "forms_bank_empty": (
        "the question bank is missing; this cell must keep the value the form was made with",
        "nav norādīta jautājumu kopa; šajā šūnā jāpaliek vērtībai, ar kādu veidlapa izveidota",
    ),
    "forms_other_bank": (
        "this form is for question bank '{got}' version {got_version}, not '{expected}'"
        " version {expected_version}",
        "šī veidlapa ir jautājumu kopai '{got}', versija {got_version}, nevis '{expected}',"
        " versija {expected_version}",
    ),
    "forms_bank_unknown": (
        "the form is for question bank '{name}' version {version}, which is not bundled; give"
        " the bank file with --questionnaire PATH",
        "veidlapa ir jautājumu kopai '{name}', versija {version}, kas nav iebūvēta; norādiet"
        " kopas failu ar --questionnaire CEĻŠ",
    ),
    "forms_not_level": (
        "'{value}' is not a level of the scale; allowed: {allowed}",
        "'{value}' nav skalas līmenis; atļautie: {allowed}",
    ),
    "forms_not_yes_no": (
        "'{value}' is not an answer here; allowed: {allowed}",
        "'{value}' šeit nav derīga atbilde; atļautās: {allowed}",
    ),
    "forms_not_number": (
        "'{value}' is not a number; write it like 4.2 or 4,2",
        "'{value}' nav skaitlis; rakstiet, piemēram, 4,2 vai 4.2",
    ),
    "forms_out_of_range": (
        "{value} is outside the allowed range {allowed}",
        "{value} ir ārpus pieļaujamā diapazona {allowed}",
    ),
    "forms_bad_na": (
        "'{value}' is not a mark of not applicable; choose Yes, or leave the cell empty",
        "'{value}' nav atzīme „neattiecas”; izvēlieties Jā vai atstājiet šūnu tukšu",
    ),
    "forms_na_not_allowed": (
        "question {question} cannot be marked not applicable: it concerns every institution",
        "jautājumu {question} nevar atzīmēt kā neattiecīgu: tas attiecas uz katru iestādi",
    ),
    "forms_na_needs_justification": (
        "not applicable needs a justification: write here why the question does not apply",
        "atzīmei „neattiecas” vajadzīgs pamatojums: uzrakstiet šeit, kāpēc jautājums neattiecas",
    ),
    "forms_na_and_answer": (
        "both an answer and not applicable are given; keep one of them",
        "norādīta gan atbilde, gan „neattiecas”; atstājiet tikai vienu",
    ),
    "forms_justification_without_na": (
        "a justification is given, but the question is not marked not applicable; choose Yes"
        " under not applicable, or clear this cell",
        "norādīts pamatojums, bet jautājums nav atzīmēts kā neattiecīgs; kolonnā „Neattiecas”"
        " izvēlieties Jā vai notīriet šo šūnu",
    ),
    "forms_unknown_question": (
        "'{id}' is not a question of bank '{bank}' version {version}",
        "'{id}' nav jautājumu kopas '{bank}' (versija {version}) jautājums",
    ),
    "forms_duplicate_question": (
        "'{id}' appears twice (first in row {first})",
        "'{id}' norādīts divreiz (pirmoreiz {first}. rindā)",
    ),
    "forms_missing_questions": (
        "questions missing from the form: {ids}; copy the answers into a fresh form"
        " (cse-assess template)",
        "veidlapā trūkst jautājumu: {ids}; pārnesiet atbildes jaunā veidlapā (cse-assess template)",
    ),
    "forms_unknown_item": (
        "'{item}' is not an item of question {question}; items: {allowed}",
        "'{item}' nav jautājuma {question} punkts; punkti: {allowed}",
    ),
    "forms_item_orphan": (
        "item row of question {question}, which is not on the rows just above",
        "jautājuma {question} punkta rinda, bet šis jautājums nav tieši virs tās",
    ),
    "forms_missing_items": (
        "question {question}: items missing from the form: {items}",
        "jautājums {question}: veidlapā trūkst punktu: {items}",
    ),
    "forms_checklist_answer": (
        "a checklist is answered on its item rows below, not here; clear this cell",
        "kontrolsarakstu atbild punktu rindās zemāk, nevis šeit; notīriet šo šūnu",
    ),
    "forms_item_extra": (
        "an item row takes only Yes or No in the answer column; not applicable, evidence and"
        " notes go on the question's row {row}",
        "punkta rindā norāda tikai Jā vai Nē atbildes kolonnā; „neattiecas”, pierādījumus un"
        " piezīmes raksta jautājuma rindā ({row}. rinda)",
    ),
    "forms_row_without_id": (
        "this row has an entry but no question id; answers belong on the rows of the questions",
        "šajā rindā ir ieraksts, bet nav jautājuma ID; atbildes jāraksta jautājumu rindās",
    ),
    "forms_bad_date": (
        "'{value}' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-02",
        "'{value}' nav datums; rakstiet to formātā GGGG-MM-DD, piemēram, 2026-03-02",
    ),
    "forms_bad_language": (
        "'{value}' is not a language of the reports; allowed: lv, en",
        "'{value}' nav ziņojumu valoda; atļautās: lv, en",
    ),
    "forms_hidden_answered": (
        "question {question} is answered, but for these answers the bank skips it; the answer"
        " is kept in the file and not scored",
        "uz jautājumu {question} ir atbildēts, bet pie šīm atbildēm kopa to izlaiž; atbilde"
        " saglabāta failā, bet netiek vērtēta",
    ),
}
