"""Every message a person may see, in English and Latvian, keyed by a stable code.

Pure data and one lookup function: importing this module costs nothing, and a missing
translation is a test failure rather than a surprise on screen.
"""

from __future__ import annotations

LANGUAGES = ("lv", "en")
"""The languages of the interface, Latvian first."""

_M: dict[str, tuple[str, str]] = {
    # code: (English, Latvian)
    # --- reading files ---------------------------------------------------------------------
    "file_missing_named": ("{path}: file not found", "{path}: fails nav atrasts"),
    "cannot_write": (
        "{path}: cannot write the file: {reason}",
        "{path}: failu nevar saglabāt: {reason}",
    ),
    "file_unreadable": ("cannot read the file: {reason}", "failu nevar nolasīt: {reason}"),
    "file_not_utf8": (
        "the file is not UTF-8 text (byte {position})",
        "fails nav UTF-8 teksts ({position}. baits)",
    ),
    "file_too_large": (
        "the file is {size} bytes; at most {limit} bytes are accepted",
        "faila izmērs ir {size} baiti; pieļaujami ne vairāk kā {limit} baiti",
    ),
    "yaml_syntax": ("not valid YAML: {reason}", "nederīgs YAML: {reason}"),
    "json_syntax": ("not valid JSON: {reason}", "nederīgs JSON: {reason}"),
    "yaml_too_many_nodes": (
        "the document expands to more than {limit} values (an alias bomb?); refused",
        "dokuments izvēršas vairāk nekā {limit} vērtībās (aizstājvārdu bumba?); noraidīts",
    ),
    "yaml_too_deep": (
        "the document nests deeper than {limit} levels; refused",
        "dokumenta ligzdojums pārsniedz {limit} līmeņus; noraidīts",
    ),
    "yaml_duplicate_key": (
        "key '{key}' appears twice (first on line {first})",
        "atslēga '{key}' norādīta divreiz (pirmoreiz {first}. rindā)",
    ),
    "yaml_key_not_text": (
        "a key must be text, not {got}",
        "atslēgai jābūt tekstam, nevis {got}",
    ),
    "empty_document": ("the file is empty", "fails ir tukšs"),
    # --- structure ---------------------------------------------------------------------------
    "expected_type": (
        "expected {expected}, got {got}",
        "gaidīts {expected}, saņemts {got}",
    ),
    "missing_key": ("required key '{key}' is missing", "trūkst obligātās atslēgas '{key}'"),
    "unknown_key": (
        "unknown key '{key}'; allowed: {allowed}",
        "nezināma atslēga '{key}'; atļautās: {allowed}",
    ),
    "bad_pattern": (
        "'{value}' is not a valid {what}: {rule}",
        "'{value}' nav derīgs {what}: {rule}",
    ),
    "not_in_choices": (
        "'{value}' is not allowed; allowed: {allowed}",
        "'{value}' nav atļauts; atļautie: {allowed}",
    ),
    "out_of_range": (
        "{value} is out of range; allowed: {allowed}",
        "{value} ir ārpus pieļaujamā diapazona; atļauts: {allowed}",
    ),
    "empty_list": ("the list must not be empty", "sarakstam jābūt netukšam"),
    "empty_text": ("the text must not be empty", "tekstam jābūt netukšam"),
    "missing_language": (
        "the '{lang}' text is missing (the bank's languages: {languages})",
        "trūkst '{lang}' teksta (jautājumu kopas valodas: {languages})",
    ),
    "unknown_language": (
        "language '{lang}' is not one of the bank's languages: {languages}",
        "valoda '{lang}' nav starp jautājumu kopas valodām: {languages}",
    ),
    "duplicate_id": (
        "id '{id}' is used twice (first on line {first})",
        "identifikators '{id}' izmantots divreiz (pirmoreiz {first}. rindā)",
    ),
    "wrong_format": (
        "this is not a {expected} file (format is '{got}')",
        "šis nav {expected} fails (formāts ir '{got}')",
    ),
    "unsupported_format_version": (
        "format_version {got} is not supported; this version of cse-assess reads {supported}",
        "format_version {got} netiek atbalstīta; šī cse-assess versija lasa {supported}",
    ),
    # --- bank semantics --------------------------------------------------------------------
    "unknown_kind": (
        "unknown question kind '{kind}'; known kinds: {allowed}",
        "nezināms jautājuma veids '{kind}'; zināmie veidi: {allowed}",
    ),
    "unknown_scale": (
        "unknown scale '{scale}'; scales in this bank: {allowed}",
        "nezināma skala '{scale}'; šīs jautājumu kopas skalas: {allowed}",
    ),
    "scale_required": (
        "the bank has several scales; name one with 'scale:' ({allowed})",
        "jautājumu kopā ir vairākas skalas; norādiet vienu ar 'scale:' ({allowed})",
    ),
    "scale_too_small": (
        "a scale needs at least two options",
        "skalai nepieciešamas vismaz divas izvēles",
    ),
    "scale_not_increasing": (
        "option values must increase: {value} follows {previous}",
        "izvēļu vērtībām jāpieaug: {value} seko vērtībai {previous}",
    ),
    "not_on_scale": (
        "{value} is not a level of scale '{scale}'; allowed: {allowed}",
        "{value} nav skalas '{scale}' līmenis; atļautie: {allowed}",
    ),
    "bands_start": (
        "the first band must start at 0, not {value}",
        "pirmajam līmenim jāsākas ar 0, nevis {value}",
    ),
    "bands_not_increasing": (
        "band minimums must increase: {value} follows {previous}",
        "līmeņu minimumiem jāpieaug: {value} seko vērtībai {previous}",
    ),
    "unknown_band": (
        "unknown band '{band}'; bands in this bank: {allowed}",
        "nezināms līmenis '{band}'; šīs jautājumu kopas līmeņi: {allowed}",
    ),
    "replaces_not_older": (
        "'replaces' must name an earlier version than this one: {old} is not before {new}",
        "'replaces' jānorāda agrāka versija nekā šī: {old} nav pirms {new}",
    ),
    "replaces_unknown": (
        "'replaces' maps to question '{question}', which this version does not have",
        "'replaces' norāda uz jautājumu '{question}', kura šajā versijā nav",
    ),
    "na_when_without_na": (
        "'na_when' says when the question does not apply, but N/A is not allowed here"
        " (allow_na: false)",
        "'na_when' norāda, kad jautājums neattiecas, taču šeit atbilde \"neattiecas\" nav"
        " atļauta (allow_na: false)",
    ),
    "question_id_prefix": (
        "question id '{id}' must start with its area id: '{area}.'",
        "jautājuma identifikatoram '{id}' jāsākas ar jomas identifikatoru: '{area}.'",
    ),
    "weight_positive": (
        "a weight must be greater than 0, not {value}",
        "svaram jābūt lielākam par 0, nevis {value}",
    ),
    "unknown_ref": (
        "'{value}' is not a {framework} criterion; allowed: {allowed}",
        "'{value}' nav {framework} kritērijs; atļautie: {allowed}",
    ),
    "condition_operator": (
        "a condition needs 'question' and exactly one test; tests: {allowed}",
        "nosacījumam vajadzīgs 'question' un tieši viena pārbaude; pārbaudes: {allowed}",
    ),
    "condition_unknown": (
        "the condition refers to question '{question}', which the bank does not have",
        "nosacījums attiecas uz jautājumu '{question}', kura šajā kopā nav",
    ),
    "condition_later": (
        "the condition refers to question '{question}' (line {line}), which comes later; a "
        "condition can only use answers given before it",
        "nosacījums attiecas uz jautājumu '{question}' ({line}. rinda), kas seko vēlāk; "
        "nosacījums var izmantot tikai iepriekš sniegtas atbildes",
    ),
    "condition_not_numeric": (
        "'{operator}' needs a scale or number question; '{question}' is neither",
        "'{operator}' var lietot tikai ar skalas vai skaitļa jautājumu; '{question}' tāds nav",
    ),
    "condition_not_checklist": (
        "'checked' needs a checklist question; '{question}' is not one",
        "'checked' var lietot tikai ar kontrolsaraksta jautājumu; '{question}' tāds nav",
    ),
    "zero_at_side": (
        "zero_at {zero_at} must be {side} the target {target} when direction is {direction}",
        "zero_at {zero_at} jābūt {side} mērķa vērtību {target}, ja direction ir {direction}",
    ),
    "target_outside_range": (
        "the target {target} is outside the allowed range {allowed}",
        "mērķa vērtība {target} ir ārpus pieļaujamā diapazona {allowed}",
    ),
    "range_empty": ("min {min} is above max {max}", "min {min} ir lielāks par max {max}"),
    # --- assessment semantics --------------------------------------------------------------
    "answer_off_scale": (
        "question {question}: {value} is not a level of the scale; allowed: {allowed}",
        "jautājums {question}: {value} nav skalas līmenis; atļautie: {allowed}",
    ),
    "answer_wrong_type": (
        "question {question}: expected {expected}, got {got}",
        "jautājums {question}: gaidīts {expected}, saņemts {got}",
    ),
    "unknown_item": (
        "question {question}: unknown item '{item}'; items: {allowed}",
        "jautājums {question}: nezināms punkts '{item}'; punkti: {allowed}",
    ),
    "duplicate_item": (
        "question {question}: item '{item}' is checked twice",
        "jautājums {question}: punkts '{item}' atzīmēts divreiz",
    ),
    "number_out_of_range": (
        "question {question}: {value} is outside the allowed range {allowed}",
        "jautājums {question}: {value} ir ārpus pieļaujamā diapazona {allowed}",
    ),
    "target_past_zero_at": (
        "targets: question {question}: the target {target} must be {side} the bank's zero_at "
        "{zero_at}, where the score falls to 0",
        "mērķa vērtības: jautājums {question}: mērķa vērtībai {target} jābūt {side} kopas "
        "zero_at vērtību {zero_at}, pie kuras vērtējums ir 0",
    ),
    "unknown_target": (
        "targets: question '{question}' is not a number question of bank '{bank}'",
        "mērķa vērtības: jautājums '{question}' nav kopas '{bank}' skaitliskais jautājums",
    ),
    "na_not_allowed": (
        "question {question} cannot be marked not applicable",
        "jautājumu {question} nevar atzīmēt kā neattiecināmu",
    ),
    "na_needs_note": (
        "question {question} is marked not applicable: give the justification in 'note'",
        "jautājums {question} atzīmēts kā neattiecināms: norādiet pamatojumu laukā 'note'",
    ),
    "na_with_value": (
        "question {question} is marked not applicable, so its value must be null",
        "jautājums {question} atzīmēts kā neattiecināms, tāpēc tā vērtībai jābūt null",
    ),
    "bad_date": (
        "'{value}' is not a date in the form YYYY-MM-DD",
        "'{value}' nav datums formā GGGG-MM-DD",
    ),
    "other_bank": (
        "the file is for question bank '{got}', not '{expected}'",
        "fails paredzēts jautājumu kopai '{got}', nevis '{expected}'",
    ),
    # --- warnings --------------------------------------------------------------------------
    "warn_unknown_answers": (
        "{count} answer(s) to questions this bank does not have were kept as they are: {ids}",
        "{count} atbilde(s) uz jautājumiem, kuru šajā kopā nav, saglabātas nemainītas: {ids}",
    ),
    "warn_version": (
        "the file was written for {bank} {old} and is read with {bank} {new}: {unknown} answer(s)"
        " to questions no longer in the bank, {missing} question(s) of the bank not answered in"
        " the file (new or still open)",
        "fails sagatavots kopas {bank} versijai {old}, bet tiek lasīts ar versiju {new}:"
        " {unknown} atbilde(s) uz jautājumiem, kuru kopā vairs nav, {missing} kopas jautājum(i),"
        " uz kuriem failā nav atbildes (jauni vai vēl neatbildēti)",
    ),
    # --- reports and the interface ---------------------------------------------------------
    "ui.institution": ("Institution", "Iestāde"),
    "ui.unit": ("Unit", "Struktūrvienība"),
    "ui.assessor": ("Assessor", "Vērtētājs"),
    "ui.date": ("Date", "Datums"),
    "ui.questionnaire": ("Question bank", "Jautājumu kopa"),
    "ui.version": ("Version", "Versija"),
    "ui.claimed": ("Claimed", "Norādītais"),
    "ui.verified": ("Verified", "Pierādītais"),
    "ui.overall_claimed": ("Overall score (claimed)", "Kopvērtējums (norādītais)"),
    "ui.overall_verified": ("Overall score (verified)", "Kopvērtējums (pierādītais)"),
    "ui.band": ("Readiness band", "Gatavības līmenis"),
    "ui.band_verified": ("Band on verified score", "Līmenis pēc pierādītā vērtējuma"),
    "ui.capped": (
        "no higher than '{band}' while critical questions are open: {ids}",
        "ne augstāks par '{band}', kamēr nav izpildīti kritiskie jautājumi: {ids}",
    ),
    "ui.coverage": ("Coverage", "Aptvērums"),
    "ui.coverage_value": (
        "{answered} of {applicable} questions answered ({percent})",
        "atbildēti {answered} no {applicable} jautājumiem ({percent})",
    ),
    "ui.areas": ("Areas", "Jomas"),
    "ui.area": ("Area", "Joma"),
    "ui.answered": ("Answered", "Atbildēti"),
    "ui.weight": ("Weight", "Svars"),
    "ui.no_score": ("no score", "nav vērtējuma"),
    "ui.gaps": ("Gaps to close", "Novēršamās nepilnības"),
    "ui.no_gaps": (
        "No gaps: every question meets its target with evidence.",
        "Nepilnību nav: visi jautājumi sasniedz mērķa līmeni un ir pierādīti.",
    ),
    "ui.more_gaps": (
        "... and {count} more: use --gaps 0 to list them all, or --format markdown or json.",
        "... un vēl {count}: visas parāda --gaps 0, kā arī --format markdown vai json.",
    ),
    "ui.priority": ("Priority", "Prioritāte"),
    "ui.question": ("Question", "Jautājums"),
    "ui.questions": ("Questions", "Jautājumi"),
    "ui.current": ("Current", "Pašreizējais"),
    "ui.target": ("Target", "Mērķa vērtība"),
    "ui.critical": ("critical", "kritisks"),
    "ui.why": ("Why", "Iemesls"),
    "ui.evidence_to_collect": ("Evidence to collect", "Vācamie pierādījumi"),
    "ui.evidence": ("Evidence", "Pierādījumi"),
    "ui.action": ("Action", "Rīcība"),
    "ui.next_level": ("Next level", "Nākamais līmenis"),
    "ui.missing": ("Missing", "Trūkst"),
    "ui.answer": ("Answer", "Atbilde"),
    "ui.and": ("and", "un"),
    "ui.or": ("or", "vai"),
    "ui.not": ("not", "ne"),
    "ui.zero_at": ("Score 0 at: {value}", "Vērtējums ir 0, ja vērtība ir: {value}"),
    "ui.asked_when": ("Asked only when: {condition}", "Jautā tikai tad, ja: {condition}"),
    "ui.help": ("What good looks like", "Kā izskatās laba prakse"),
    "ui.levels": ("Levels", "Līmeņi"),
    "ui.refs": ("Sources", "Avoti"),
    "ui.na": ("not applicable", "neattiecas"),
    "ui.unanswered": ("not answered", "nav atbildēts"),
    "ui.reason.unanswered": ("not answered", "nav atbildēts"),
    "ui.reason.below_target": ("below target", "zem mērķa līmeņa"),
    "ui.reason.no_evidence": ("claimed without evidence", "norādīts bez pierādījumiem"),
    "ui.bands": ("Readiness bands", "Gatavības līmeņi"),
    "ui.band_from": ("from {min}", "no {min}"),
    "ui.explain": ("How the scores were computed", "Kā aprēķināti vērtējumi"),
    "ui.id": ("Id", "Identifikators"),
    "ui.title": ("Title", "Nosaukums"),
    "ui.valid_bank": (
        "{path}: valid, {areas} areas and {questions} questions",
        "{path}: derīgs, {areas} jomas un {questions} jautājumi",
    ),
    "ui.valid_assessment": (
        "{path}: valid, {answered} of {questions} questions answered",
        "{path}: derīgs, atbildēti {answered} no {questions} jautājumiem",
    ),
    "ui.warning": ("warning", "brīdinājums"),
    "ui.error": ("error", "kļūda"),
    "ui.internal_error": (
        "internal error: {error}. Please report it; set CSE_ASSESS_DEBUG=1 for details.",
        "iekšēja kļūda: {error}. Lūdzu, ziņojiet par to; sīkākai informācijai iestatiet"
        " CSE_ASSESS_DEBUG=1.",
    ),
    "ui.interrupted": ("interrupted", "pārtraukts"),
    "ui.written": ("Written: {path}", "Saglabāts: {path}"),
    "ui.example_note": (
        "This is the bundled example of a fictional institution: {path}",
        "Šis ir iebūvētais izdomātas iestādes piemērs: {path}",
    ),
    # --- the interactive assessment -------------------------------------------------------
    "ui.ask_institution": ("Institution", "Iestāde"),
    "ui.ask_unit": (
        "Unit or branch (may be empty)",
        "Struktūrvienība vai filiāle (var neaizpildīt)",
    ),
    "ui.ask_assessor": ("Assessor (your name)", "Vērtētājs (jūsu vārds un uzvārds)"),
    "ui.required": ("Please fill this in.", "Lūdzu, aizpildiet."),
    "ui.file_is": (
        "Answers are saved after each question to: {path}",
        "Atbildes tiek saglabātas pēc katra jautājuma failā: {path}",
    ),
    "ui.file_exists": (
        "{path} already exists. Continue that assessment?",
        "{path} jau pastāv. Turpināt šo novērtējumu?",
    ),
    "ui.progress": (
        "Area {area} of {areas} · Question {question} of {questions} · {percent} answered",
        "{area}. joma no {areas} · {question}. jautājums no {questions} · atbildēti {percent}",
    ),
    "ui.choose_level": ("Your answer", "Jūsu atbilde"),
    "ui.yes": ("Yes", "Jā"),
    "ui.no": ("No", "Nē"),
    "ui.choice_answer": ("Answer", "Atbildēt"),
    "ui.choice_tick": ("Tick the items that are in place", "Atzīmēt punktus, kas ir ieviesti"),
    "ui.choice_enter_number": ("Enter the value", "Ievadīt vērtību"),
    "ui.checkbox_instruction": (
        "(Space ticks, Enter confirms)",
        "(atstarpe atzīmē, Enter apstiprina)",
    ),
    "ui.ask_number": ("Value ({unit})", "Vērtība ({unit})"),
    "ui.not_a_number": (
        "Enter a number, for example 4.2 or 4,2",
        "Ievadiet skaitli, piemēram, 4,2 vai 4.2",
    ),
    "ui.number_range": ("Allowed: {allowed}", "Atļauts: {allowed}"),
    "ui.target_share": ("{percent} of the items", "{percent} no punktiem"),
    "ui.at_least": ("at least {value}", "vismaz {value}"),
    "ui.at_most": ("at most {value}", "ne vairāk kā {value}"),
    "ui.target_default": ("default {value}", "noklusējums {value}"),
    "ui.checked_count": ("{checked} of {total} items", "{checked} no {total} punktiem"),
    "ui.select_instruction": ("(arrow keys, then Enter)", "(bultiņu taustiņi, tad Enter)"),
    "ui.confirm_yes": ("(Y/n)", "(Y = jā / n = nē)"),
    "ui.confirm_no": ("(y/N)", "(y = jā / N = nē)"),
    "ui.choice_help": (
        "? Help: what good looks like, evidence",
        "? Palīdzība: laba prakse, pierādījumi",
    ),
    "ui.choice_na": ("Not applicable (give a justification)", "Neattiecas (norādīt pamatojumu)"),
    "ui.choice_skip": ("Skip for now", "Izlaist pagaidām"),
    "ui.choice_back": ("Back to the previous question", "Atpakaļ uz iepriekšējo jautājumu"),
    "ui.current_answer": ("current answer: {answer}", "pašreizējā atbilde: {answer}"),
    "ui.ask_na_note": ("Why does this question not apply?", "Kāpēc šis jautājums neattiecas?"),
    "ui.ask_evidence": (
        "Evidence {n} (a document, record or link; an empty line ends)",
        "Pierādījums {n} (dokuments, ieraksts vai saite; tukša rinda beidz)",
    ),
    "ui.evidence_hint": (
        "This level needs evidence to count in the verified score. For example:",
        "Lai šo līmeni ieskaitītu pierādītajā vērtējumā, vajadzīgi pierādījumi. Piemēram:",
    ),
    "ui.evidence_keep": ("Evidence already recorded:", "Jau norādītie pierādījumi:"),
    "ui.evidence_what": ("What to do with this evidence?", "Ko darīt ar šiem pierādījumiem?"),
    "ui.evidence_keep_add": ("Keep it and add more", "Saglabāt un papildināt"),
    "ui.evidence_keep_only": ("Keep it as it is", "Saglabāt, kā ir"),
    "ui.evidence_replace": ("Enter it again", "Ievadīt no jauna"),
    "ui.ask_note": ("Note (optional)", "Piezīme (nav obligāta)"),
    "ui.saved": ("Saved", "Saglabāts"),
    "ui.resume_with": ("Resume with:", "Turpināt ar komandu:"),
    "ui.all_done": ("All questions are answered.", "Atbildēts uz visiem jautājumiem."),
    "ui.still_open": (
        "{count} question(s) are still unanswered; continue later with:",
        "{count} jautājum(i) vēl nav atbildēti; turpināt vēlāk ar komandu:",
    ),
    "ui.write_report": ("Write this report to a file?", "Saglabāt šo pārskatu failā?"),
    "ui.report_path": (
        "File name (.html, .md, .txt, .json, .csv or .xlsx)",
        "Faila nosaukums (.html, .md, .txt, .json, .csv vai .xlsx)",
    ),
    "ui.review_area": ("Which area?", "Kura joma?"),
    "ui.review_question": ("Which question?", "Kurš jautājums?"),
    "ui.review_done": ("Finish the review", "Beigt pārskatīšanu"),
    "ui.review_back": ("Back to the areas", "Atpakaļ uz jomām"),
    "ui.review_keep": ("Leave it as it is", "Atstāt, kā ir"),
    "ui.needs_terminal": (
        "'cse-assess {command}' asks questions and needs an interactive terminal. To score a "
        "file without questions, use: cse-assess score FILE",
        "'cse-assess {command}' uzdod jautājumus, tāpēc tai vajadzīgs interaktīvs terminālis. "
        "Lai novērtētu failu bez jautājumiem, izmantojiet: cse-assess score FILE",
    ),
    "ui.welcome": (
        "Self-assessment. Answer each question as things are today, and give evidence for what "
        "you claim. You can stop at any time with Ctrl-C: every answer is already saved.",
        "Pašnovērtējums. Atbildiet uz katru jautājumu atbilstoši šodienas situācijai un "
        "norādiet pierādījumus. Darbu var pārtraukt jebkurā brīdī ar Ctrl-C: katra atbilde jau "
        "ir saglabāta.",
    ),
    # --- added with the engine of 0.2.0 (explain, conditions, targets) ----------------------
    "ui.status.answered": ("answered", "atbildēts"),
    "ui.status.na": ("not applicable", "neattiecas"),
    "ui.status.unanswered": ("not answered", "nav atbildēts"),
    "ui.status.hidden": ("not asked (skip logic)", "netiek jautāts (nosacījums)"),
    "ui.status.context": ("context, not scored", "konteksts, netiek vērtēts"),
    "ui.explain.level.question": ("question", "jautājums"),
    "ui.explain.level.verified": ("verified", "pierādītais"),
    "ui.explain.level.area": ("area", "joma"),
    "ui.explain.level.area-verified": ("area, verified", "joma, pierādītais"),
    "ui.explain.level.area-floor": (
        "area, open counted as 0",
        "joma, neatbildētie ieskaitīti kā 0",
    ),
    "ui.explain.level.overall": ("overall", "kopvērtējums"),
    "ui.explain.level.overall-verified": ("overall, verified", "kopvērtējums, pierādītais"),
    "ui.explain.level.overall-floor": (
        "overall, open counted as 0",
        "kopvērtējums, neatbildētie ieskaitīti kā 0",
    ),
    "ui.explain.level.overall-verified-floor": (
        "verified, open counted as 0",
        "pierādītais, neatbildētie ieskaitīti kā 0",
    ),
    "ui.explain.level.band": ("band", "līmenis"),
    "ui.explain.level.band-verified": ("band, verified", "līmenis, pierādītais"),
    "ui.explain.level.band-cap": ("band cap", "līmeņa ierobežojums"),
    "ui.explain.unproven_level": (
        "no evidence: counted as level {level}",
        "nav pierādījumu: ieskaitīts kā {level}. līmenis",
    ),
    "ui.explain.unproven_zero": ("no evidence: counted as 0", "nav pierādījumu: ieskaitīts kā 0"),
    "ui.explain.band": ("{band} (score {score})", "{band} (vērtējums {score})"),
    "ui.explain.withheld_coverage": (
        "no band: {needed} more answers needed",
        "līmenis netiek noteikts: vajadzīgas vēl {needed} atbildes",
    ),
    "ui.explain.withheld_na": (
        "no band: too many questions answered not applicable",
        'līmenis netiek noteikts: pārāk daudz atbilžu "neattiecas"',
    ),
    "ui.explain.withheld_nothing": (
        "no band: nothing to score",
        "līmenis netiek noteikts: nav ko vērtēt",
    ),
    "ui.explain.cap": (
        "no higher than {band} while critical questions are open",
        'ne augstāks par "{band}", kamēr nav izpildīti kritiskie jautājumi',
    ),
    "condition_operator_kind": (
        "'{operator}' cannot test question '{question}'; its tests: {allowed}",
        "'{operator}' nevar pārbaudīt jautājumu '{question}'; tā pārbaudes: {allowed}",
    ),
    "condition_in_list": (
        "'in' needs a list of answers of question '{question}'",
        "'in' vajadzīgs jautājuma '{question}' atbilžu saraksts",
    ),
    "target_not_taken": (
        "question '{question}' takes no institution target",
        "jautājumam '{question}' nevar noteikt iestādes mērķa vērtību",
    ),
    # --- looking things up -----------------------------------------------------------------
    "unknown_questionnaire": (
        "no bundled question bank '{name}' and no such file; bundled banks: {allowed}",
        "nav iebūvētas jautājumu kopas '{name}' un nav šāda faila; iebūvētās kopas: {allowed}",
    ),
    "unknown_questionnaire_version": (
        "question bank '{name}' has no version {version}; available: {allowed}",
        "jautājumu kopai '{name}' nav versijas {version}; pieejamās: {allowed}",
    ),
}


# Labels of the reports and of the commands for many assessments live beside their code; all are
# merged here so that a label is found whichever module asks first. Pure data, cheap to import.
from cse_assess.i18n._labels_compare import LABELS as _COMPARE  # noqa: E402
from cse_assess.i18n._labels_consensus import LABELS as _CONSENSUS  # noqa: E402
from cse_assess.i18n._labels_forms import LABELS as _FORMS  # noqa: E402
from cse_assess.i18n._labels_report import LABELS as _REPORT  # noqa: E402
from cse_assess.i18n._labels_rollup import LABELS as _ROLLUP  # noqa: E402

for _labels in (_REPORT, _CONSENSUS, _COMPARE, _ROLLUP, _FORMS):
    _M.update(_labels)

_TERMS: dict[str, tuple[str, str]] = {
    "text": ("text", "teksts"),
    "number": ("a number", "skaitlis"),
    "integer": ("a whole number", "vesels skaitlis"),
    "boolean": ("true or false", "true vai false"),
    "list": ("a list", "saraksts"),
    "mapping": ("a mapping of keys to values", "atslēgu un vērtību kartējums"),
    "null": ("null", "null"),
    "date": ("a date", "datums"),
    "other": ("a value of another type", "citāda tipa vērtība"),
    "text_or_null": ("text or null", "teksts vai null"),
    "number_or_null": ("a number or null", "skaitlis vai null"),
    "list_of_text": ("a list of texts", "tekstu saraksts"),
    "folder": ("it is a folder", "tā ir mape"),
    "below": ("below", "mazākai par"),
    "above": ("above", "lielākai par"),
    # what a pattern checks, and its rule (for "bad_pattern")
    "id": ("id", "identifikators"),
    "question_id": ("question id", "jautājuma identifikators"),
    "version": ("version", "versija"),
    "language_code": ("language code", "valodas kods"),
    "rule.id": (
        "lowercase letters, digits and single hyphens, starting with a letter",
        "mazie latīņu burti, cipari un atsevišķas defises, sākot ar burtu",
    ),
    "rule.question_id": (
        "the area id, a dot, then lowercase letters, digits and hyphens",
        "jomas identifikators, punkts, tad mazie latīņu burti, cipari un defises",
    ),
    "rule.version": ("MAJOR.MINOR.PATCH, e.g. 1.0.0", "MAJOR.MINOR.PATCH, piemēram, 1.0.0"),
    "rule.language_code": ("two lowercase letters, e.g. lv", "divi mazie burti, piemēram, lv"),
}


class Term:
    """A word or phrase that is itself translated when a message is shown (a type's name)."""

    __slots__ = ("detail", "key")

    def __init__(self, key: str, detail: str = "") -> None:
        self.key = key
        self.detail = detail

    def localize(self, lang: str) -> str:
        en, lv = _TERMS[self.key]
        word = lv if lang == "lv" else en
        return f"{word} {self.detail}" if self.detail else word

    def __repr__(self) -> str:
        return f"Term({self.key!r}, {self.detail!r})"


def describe(value: object) -> Term:
    """Name a value's type for a message: ``text '1'``, ``a number 3``, ``true or false``."""
    if value is None:
        return Term("null")
    if isinstance(value, bool):
        return Term("boolean", "(" + ("true" if value else "false") + ")")
    if isinstance(value, int | float):
        return Term("number", repr(value))
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return Term("text", repr(shown))
    if isinstance(value, list | tuple):
        return Term("list")
    if isinstance(value, dict):
        return Term("mapping")
    if type(value).__name__ in {"date", "datetime"}:
        return Term("date", str(value))
    return Term("other")


def message(code: str, lang: str = "en", /, **args: object) -> str:
    """The message ``code`` in ``lang`` (``"lv"`` or ``"en"``), filled in with ``args``."""
    en, lv = _M[code]
    template = lv if lang == "lv" else en
    shown = {k: v.localize(lang) if isinstance(v, Term) else v for k, v in args.items()}
    return template.format(**shown)


def terms() -> frozenset[str]:
    """Every translated term, for the translation tests."""
    return frozenset(_TERMS)


def codes() -> frozenset[str]:
    """Every message code, for tests that check each one renders in both languages."""
    return frozenset(_M)
