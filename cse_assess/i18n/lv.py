"""Katra ziņojuma un termina latviskais teksts, pēc stabila koda (the Latvian wording).

Pure data, loaded the first time a Latvian message is shown. Each code has its English twin in
:mod:`cse_assess.i18n.en`, in the same order and with the same placeholders; the template syntax
is described in :mod:`cse_assess.i18n._catalogue`. After a number the noun takes the case the
sentence needs, and the plural field gives the singular form for 1, 21, 31, 101… and the plural
for the rest: ``{n} {n:plural:jautājums|jautājumi}``, ``no {n} {n:plural:jautājuma|jautājumiem}``
(after "no": genitive singular, dative plural).

Terms follow the project glossary, one term for one idea: assessor = vērtētājs, unit =
struktūrvienība, branch = filiāle, question bank = jautājumu kopa, area = joma, score =
vērtējums, claimed / verified = norādītais / pierādītais, band = līmenis, coverage = aptvērums,
target = mērķa vērtība, evidence = pierādījumi, gap = nepilnība, not applicable = neattiecas
(a question is "atzīmēts ar „neattiecas”"), justification = pamatojums, report = ziņojums,
consensus = vienošanās, agreement between assessors = vērtētāju saskaņa, trend / progress =
tendence / progress, roll-up = kopsavilkums, action plan = rīcības plāns, owner / due date /
status = atbildīgais / termiņš / statuss.
"""

MESSAGES: dict[str, str] = {
    # --- reading files ----------------------------------------------------------------------------
    "file_missing_named": "{path}: fails nav atrasts",
    "cannot_write": "{path}: failu nevar saglabāt: {reason}",
    "file_unreadable": "failu nevar nolasīt: {reason}",
    "file_not_utf8": "fails nav UTF-8 teksts ({position}. baits)",
    "file_too_large": (
        "faila izmērs ir {size} {size:plural:baits|baiti}; {limit:plural:pieļaujams|pieļaujami} ne"
        " vairāk kā {limit} {limit:plural:baits|baiti}"
    ),
    "file_changed": (
        "{path} pēc nolasīšanas ir mainīts diskā (citā sesijā vai ar roku), tāpēc tas netika"
        " pārrakstīts; saglabājiet citā failā vai atveriet to vēlreiz, lai turpinātu no tā"
        " pašreizējā satura"
    ),
    "text_not_unicode": (
        "teksts nav derīgs Unicode teksts: tajā ir puse rakstzīmes (atsevišķs aizstājējkods)"
    ),
    "yaml_syntax": "nederīgs YAML: {reason}",
    "json_syntax": "nederīgs JSON: {reason}",
    "yaml_too_many_nodes": (
        "dokuments izvēršas vairāk nekā {limit} {limit:plural:vērtībā|vērtībās} (pārāk daudz YAML"
        " aizstājvārdu?); noraidīts"
    ),
    "yaml_too_deep": (
        "dokumenta ligzdojums pārsniedz {limit} {limit:plural:līmeni|līmeņus}; noraidīts"
    ),
    "yaml_duplicate_key": "atslēga '{key}' norādīta divreiz (pirmoreiz {first}. rindā)",
    "yaml_key_not_text": "atslēgai jābūt tekstam, nevis {got}",
    "empty_document": "fails ir tukšs",
    "too_many_problems": (
        "... un vēl {count} {count:plural:kļūda|kļūdas} (parādītas tikai pirmās {shown})"
    ),
    # --- structure --------------------------------------------------------------------------------
    "expected_type": "gaidīts {expected}, saņemts {got}",
    "missing_key": "trūkst obligātās atslēgas '{key}'",
    "unknown_key": "nezināma atslēga '{key}'; atļautās: {allowed}",
    "bad_pattern": "'{value}' nav derīgs {what}: {rule}",
    "id_too_long": (
        "{what} '{value}' satur {length} {length:plural:rakstzīmi|rakstzīmes};"
        " {limit:plural:atļauta|atļautas} ne vairāk kā {limit}"
    ),
    "not_in_choices": "'{value}' nav atļauts; atļautie: {allowed}",
    "out_of_range": "{value} ir ārpus pieļaujamā diapazona; atļauts: {allowed}",
    "empty_list": "saraksts nedrīkst būt tukšs",
    "empty_text": "teksts nedrīkst būt tukšs",
    "not_finite": "gaidīts galīgs skaitlis; NaN un bezgalība šeit nav skaitļi",
    "number_too_large": "skaitlis ir pārāk liels, lai šeit būtu vērtība (vairāk nekā 300 ciparu)",
    "missing_language": "trūkst '{lang}' teksta (jautājumu kopas valodas: {languages})",
    "unknown_language": "valoda '{lang}' nav starp jautājumu kopas valodām: {languages}",
    "duplicate_id": "identifikators '{id}' izmantots divreiz (pirmoreiz {first}. rindā)",
    "wrong_format": "šis nav {expected} fails (formāts ir '{got}')",
    "unsupported_format_version": (
        "format_version {got} netiek atbalstīta; šī cse-assess versija lasa {supported}"
    ),
    # --- bank semantics ---------------------------------------------------------------------------
    "unknown_kind": "nezināms jautājuma veids '{kind}'; zināmie veidi: {allowed}",
    "unknown_scale": "nezināma skala '{scale}'; šīs jautājumu kopas skalas: {allowed}",
    "scale_required": "jautājumu kopā ir vairākas skalas; norādiet vienu ar 'scale:' ({allowed})",
    "scale_too_small": "skalai nepieciešamas vismaz divas izvēles",
    "scale_not_increasing": "izvēļu vērtībām jāpieaug: {value} seko vērtībai {previous}",
    "not_on_scale": "{value} nav skalas '{scale}' līmenis; atļautie: {allowed}",
    "bands_start": "pirmajam līmenim jāsākas no 0, nevis {value}",
    "bands_not_increasing": "līmeņu minimumiem jāpieaug: {value} seko vērtībai {previous}",
    "unknown_band": "nezināms līmenis '{band}'; šīs jautājumu kopas līmeņi: {allowed}",
    "replaces_not_older": "'replaces' jānorāda agrāka versija nekā šī: {old} nav pirms {new}",
    "replaces_unknown": "'replaces' norāda uz jautājumu '{question}', kura šajā versijā nav",
    "na_when_without_na": (
        "'na_when' norāda, kad jautājums neattiecas, taču šeit atbilde „neattiecas” nav atļauta"
        " (allow_na: false)"
    ),
    "question_id_prefix": (
        "jautājuma identifikatoram '{id}' jāsākas ar jomas identifikatoru: '{area}.'"
    ),
    "weight_positive": "svaram jābūt lielākam par 0, nevis {value}",
    "unknown_ref": "'{value}' nav {framework} kritērijs; atļautie: {allowed}",
    "condition_operator": (
        "nosacījumam vajadzīgs 'question' un tieši viena pārbaude; pārbaudes: {allowed}"
    ),
    "condition_unknown": "nosacījums attiecas uz jautājumu '{question}', kura šajā kopā nav",
    "condition_later": (
        "nosacījums attiecas uz jautājumu '{question}' ({line}. rinda), kas seko vēlāk; nosacījums"
        " var izmantot tikai iepriekš sniegtas atbildes"
    ),
    "condition_not_numeric": (
        "'{operator}' var lietot tikai ar skalas vai skaitļa jautājumu; '{question}' tāds nav"
    ),
    "condition_not_checklist": (
        "'checked' var lietot tikai ar kontrolsaraksta jautājumu; '{question}' tāds nav"
    ),
    "zero_at_side": (
        "zero_at {zero_at} jābūt {side} mērķa vērtību {target}, ja direction ir {direction}"
    ),
    "target_outside_range": "mērķa vērtība {target} ir ārpus pieļaujamā diapazona {allowed}",
    "range_empty": "min {min} ir lielāks par max {max}",
    # --- assessment semantics ---------------------------------------------------------------------
    "answer_off_scale": "jautājums {question}: {value} nav skalas līmenis; atļautie: {allowed}",
    "answer_wrong_type": "jautājums {question}: gaidīts {expected}, saņemts {got}",
    "unknown_item": "jautājums {question}: nezināms punkts '{item}'; punkti: {allowed}",
    "duplicate_item": "jautājums {question}: punkts '{item}' atzīmēts divreiz",
    "number_out_of_range": "jautājums {question}: {value} ir ārpus pieļaujamā diapazona {allowed}",
    "target_past_zero_at": (
        "mērķa vērtības: jautājums {question}: mērķa vērtībai {target} jābūt {side} kopas zero_at"
        " vērtību {zero_at}, pie kuras vērtējums ir 0"
    ),
    "unknown_target": (
        "mērķa vērtības: jautājums '{question}' nav kopas '{bank}' skaitliskais jautājums"
    ),
    "na_not_allowed": "jautājumu {question} nevar atzīmēt ar „neattiecas”",
    "na_needs_note": (
        "jautājums {question} atzīmēts ar „neattiecas”: norādiet pamatojumu laukā 'note'"
    ),
    "na_with_value": "jautājums {question} atzīmēts ar „neattiecas”, tāpēc tā vērtībai jābūt null",
    "bad_date": "'{value}' nav datums formā GGGG-MM-DD",
    "other_bank": "fails paredzēts jautājumu kopai '{got}', nevis '{expected}'",
    # --- warnings ---------------------------------------------------------------------------------
    "warn_unknown_answers": (
        "{count} {count:plural:atbilde|atbildes} uz jautājumiem, kuru šajā kopā nav,"
        " {count:plural:saglabāta nemainīta|saglabātas nemainītas}: {ids}"
    ),
    "warn_version": (
        "fails sagatavots kopas {bank} versijai {old}, bet tiek lasīts ar versiju {new}: {unknown}"
        " {unknown:plural:atbilde|atbildes} uz jautājumiem, kuru kopā vairs nav, {missing} kopas"
        " {missing:plural:jautājums, uz kuru|jautājumi, uz kuriem} failā nav atbildes"
        " ({missing:plural:jauns vai vēl neatbildēts|jauni vai vēl neatbildēti})"
    ),
    # --- reports and the interface ----------------------------------------------------------------
    "ui.institution": "Iestāde",
    "ui.unit": "Struktūrvienība",
    "ui.assessor": "Vērtētājs",
    "ui.date": "Datums",
    "ui.questionnaire": "Jautājumu kopa",
    "ui.version": "Versija",
    "ui.claimed": "Norādītais",
    "ui.verified": "Pierādītais",
    "ui.overall_claimed": "Kopvērtējums (norādītais)",
    "ui.overall_verified": "Kopvērtējums (pierādītais)",
    "ui.band": "Gatavības līmenis",
    "ui.band_verified": "Līmenis pēc pierādītā vērtējuma",
    "ui.capped": (
        "ne augstāks par '{band}', kamēr kritiskajos jautājumos nav sasniegta mērķa vērtība: {ids}"
    ),
    "ui.coverage": "Aptvērums",
    "ui.coverage_value": (
        "{answered:plural:atbildēts|atbildēti} {answered} no {applicable}"
        " {applicable:plural:jautājuma|jautājumiem} ({percent})"
    ),
    "ui.areas": "Jomas",
    "ui.area": "Joma",
    "ui.answered": "Atbildēti",
    "ui.weight": "Svars",
    "ui.no_score": "nav vērtējuma",
    "ui.gaps": "Novēršamās nepilnības",
    "ui.no_gaps": "Nepilnību nav: visās atbildēs sasniegta mērķa vērtība, un tās ir pierādītas.",
    "ui.more_gaps": "... un vēl {count}: visas parāda --gaps 0, kā arī --format markdown vai json.",
    "ui.priority": "Prioritāte",
    "ui.question": "Jautājums",
    "ui.questions": "Jautājumi",
    "ui.current": "Pašreizējais",
    "ui.target": "Mērķa vērtība",
    "ui.critical": "kritisks",
    "ui.why": "Iemesls",
    "ui.evidence_to_collect": "Vācamie pierādījumi",
    "ui.evidence": "Pierādījumi",
    "ui.action": "Rīcība",
    "ui.next_level": "Nākamais līmenis",
    "ui.missing": "Trūkst",
    "ui.answer": "Atbilde",
    "ui.and": "un",
    "ui.or": "vai",
    "ui.not": "ne",
    "ui.zero_at": "Vērtējums ir 0, ja vērtība ir: {value}",
    "ui.asked_when": "Jautā tikai tad, ja: {condition}",
    "ui.help": "Laba prakse",
    "ui.levels": "Līmeņi",
    "ui.refs": "Avoti",
    "ui.na": "neattiecas",
    "ui.unanswered": "nav atbildēts",
    "ui.reason.unanswered": "nav atbildēts",
    "ui.reason.below_target": "nesasniedz mērķa vērtību",
    "ui.reason.no_evidence": "norādīts bez pierādījumiem",
    "ui.bands": "Gatavības līmeņi",
    "ui.band_from": "no {min}",
    "ui.explain": "Kā aprēķināti vērtējumi",
    "ui.id": "Identifikators",
    "ui.title": "Nosaukums",
    "ui.valid_bank": (
        "{path}: derīgs, {areas} {areas:plural:joma|jomas} un {questions}"
        " {questions:plural:jautājums|jautājumi}"
    ),
    "ui.valid_assessment": (
        "{path}: derīgs, {answered:plural:atbildēts|atbildēti} {answered} no {questions}"
        " {questions:plural:jautājuma|jautājumiem}"
    ),
    "ui.warning": "brīdinājums",
    "ui.error": "kļūda",
    "ui.internal_error": (
        "iekšēja kļūda: {error}. Lūdzu, ziņojiet par to; sīkākai informācijai iestatiet"
        " CSE_ASSESS_DEBUG=1."
    ),
    "ui.interrupted": "pārtraukts",
    "ui.written": "Saglabāts: {path}",
    "ui.example_note": "Šis ir iebūvētais izdomātas iestādes piemērs: {path}",
    # --- the interactive assessment ---------------------------------------------------------------
    "ui.ask_institution": "Iestāde",
    "ui.ask_unit": "Struktūrvienība vai filiāle (var neaizpildīt)",
    "ui.ask_assessor": "Vērtētājs (jūsu vārds un uzvārds)",
    "ui.required": "Lūdzu, aizpildiet.",
    "ui.file_is": "Atbildes tiek saglabātas pēc katra jautājuma failā: {path}",
    "ui.file_exists": "{path} jau pastāv. Turpināt šo novērtējumu?",
    "ui.progress": (
        "{area}. joma no {areas} · {question}. jautājums no {questions} · atbildēti {percent}"
    ),
    "ui.choose_level": "Jūsu atbilde",
    "ui.yes": "Jā",
    "ui.no": "Nē",
    "ui.choice_answer": "Atbildēt",
    "ui.choice_tick": "Atzīmēt punktus, kas ir ieviesti",
    "ui.choice_enter_number": "Ievadīt vērtību",
    "ui.checkbox_instruction": "(atstarpe atzīmē, Enter apstiprina)",
    "ui.ask_number": "Vērtība ({unit})",
    "ui.not_a_number": "Ievadiet skaitli, piemēram, 4,2 vai 4.2",
    "ui.number_range": "Atļauts: {allowed}",
    "ui.target_share": "{percent} no punktiem",
    "ui.at_least": "vismaz {value}",
    "ui.at_most": "ne vairāk kā {value}",
    "ui.target_default": "noklusējums {value}",
    "ui.checked_count": "{checked} no {total} {total:plural:punkta|punktiem}",
    "ui.select_instruction": "(bultiņu taustiņi, tad Enter)",
    "ui.confirm_yes": "(Y = jā / n = nē)",
    "ui.confirm_no": "(y = jā / N = nē)",
    "ui.choice_help": "? Palīdzība: laba prakse, pierādījumi",
    "ui.choice_na": "Neattiecas (norādīt pamatojumu)",
    "ui.choice_skip": "Izlaist pagaidām",
    "ui.choice_back": "Atpakaļ uz iepriekšējo jautājumu",
    "ui.current_answer": "pašreizējā atbilde: {answer}",
    "ui.ask_na_note": "Kāpēc šis jautājums neattiecas?",
    "ui.ask_evidence": "Pierādījums {n} (dokuments, ieraksts vai saite; tukša rinda beidz ievadi)",
    "ui.evidence_hint": (
        "Lai šo līmeni ieskaitītu pierādītajā vērtējumā, vajadzīgi pierādījumi. Piemēram:"
    ),
    "ui.evidence_keep": "Jau norādītie pierādījumi:",
    "ui.evidence_what": "Ko darīt ar šiem pierādījumiem?",
    "ui.evidence_keep_add": "Saglabāt un papildināt",
    "ui.evidence_keep_only": "Saglabāt, kā ir",
    "ui.evidence_replace": "Ievadīt no jauna",
    "ui.ask_note": "Piezīme (nav obligāta)",
    "ui.saved": "Saglabāts",
    "ui.resume_with": "Turpināt ar komandu:",
    "ui.all_done": "Atbildēts uz visiem jautājumiem.",
    "ui.still_open": (
        "{count} {count:plural:jautājums vēl nav atbildēts|jautājumi vēl nav atbildēti}; turpināt"
        " vēlāk ar komandu:"
    ),
    "ui.write_report": "Saglabāt šo ziņojumu failā?",
    "ui.report_path": "Faila nosaukums (.html, .md, .txt, .json, .csv vai .xlsx)",
    "ui.review_area": "Kura joma?",
    "ui.review_question": "Kurš jautājums?",
    "ui.review_done": "Beigt pārskatīšanu",
    "ui.review_back": "Atpakaļ uz jomām",
    "ui.review_keep": "Atstāt, kā ir",
    "ui.needs_terminal": (
        "'cse-assess {command}' uzdod jautājumus, tāpēc tai vajadzīgs interaktīvs terminālis. Lai"
        " novērtētu failu bez jautājumiem, izmantojiet: cse-assess score FAILS"
    ),
    "ui.welcome": (
        "Pašnovērtējums. Atbildiet uz katru jautājumu atbilstoši šodienas situācijai un norādiet"
        " pierādījumus. Darbu var pārtraukt jebkurā brīdī ar Ctrl-C: katra atbilde jau ir"
        " saglabāta."
    ),
    # --- the scoring engine: statuses, the explanation, conditions, targets ------------------
    "ui.status.answered": "atbildēts",
    "ui.status.na": "neattiecas",
    "ui.status.unanswered": "nav atbildēts",
    "ui.status.hidden": "netiek jautāts (nosacījums)",
    "ui.status.context": "konteksts, netiek vērtēts",
    "ui.explain.level.question": "jautājums",
    "ui.explain.level.verified": "pierādītais",
    "ui.explain.level.area": "joma",
    "ui.explain.level.area-verified": "joma, pierādītais",
    "ui.explain.level.area-floor": "joma, neatbildētie ieskaitīti kā 0",
    "ui.explain.level.overall": "kopvērtējums",
    "ui.explain.level.overall-verified": "kopvērtējums, pierādītais",
    "ui.explain.level.overall-floor": "kopvērtējums, neatbildētie ieskaitīti kā 0",
    "ui.explain.level.overall-verified-floor": "pierādītais, neatbildētie ieskaitīti kā 0",
    "ui.explain.level.band": "līmenis",
    "ui.explain.level.band-verified": "līmenis, pierādītais",
    "ui.explain.level.band-cap": "līmeņa ierobežojums",
    "ui.explain.unproven_level": "nav pierādījumu: ieskaitīts kā {level}. līmenis",
    "ui.explain.unproven_zero": "nav pierādījumu: ieskaitīts kā 0",
    "ui.explain.band": "{band} (vērtējums {score})",
    "ui.explain.withheld_coverage": "līmenis netiek noteikts: vajadzīgas vēl {needed} atbildes",
    "ui.explain.withheld_na": "līmenis netiek noteikts: pārāk daudz atbilžu „neattiecas”",
    "ui.explain.withheld_nothing": "līmenis netiek noteikts: nav ko vērtēt",
    "ui.explain.cap": (
        "ne augstāks par „{band}”, kamēr kritiskajos jautājumos nav sasniegta mērķa vērtība"
    ),
    "condition_operator_kind": (
        "'{operator}' nevar pārbaudīt jautājumu '{question}'; tā pārbaudes: {allowed}"
    ),
    "condition_in_list": "'in' vajadzīgs jautājuma '{question}' atbilžu saraksts",
    "target_not_taken": "jautājumam '{question}' nevar noteikt iestādes mērķa vērtību",
    # --- looking things up ------------------------------------------------------------------------
    "unknown_questionnaire": (
        "nav iebūvētas jautājumu kopas '{name}' un nav šāda faila; iebūvētās kopas: {allowed}"
    ),
    "unknown_questionnaire_version": (
        "jautājumu kopai '{name}' nav versijas {version}; pieejamās: {allowed}"
    ),
    "unknown_schema": "nav JSON shēmas ar nosaukumu '{name}'; shēmas: {allowed}",
    "unknown_bank_language": (
        "jautājumu kopai '{name}' nav tekstu valodā '{lang}'; tās valodas: {allowed}"
    ),
    # --- report: the HTML report ------------------------------------------------------------------
    "ui.report.kind": "Pašnovērtējuma ziņojums",
    "ui.report.contents": "Saturs",
    "ui.report.summary": "Kopsavilkums",
    "ui.report.area_scores": "Vērtējumi pa jomām",
    "ui.report.evidence_register": "Pierādījumu reģistrs",
    "ui.report.method": "Metode",
    "ui.report.overall": "Kopvērtējums",
    "ui.report.out_of": "no 100",
    "ui.report.print_hint": (
        "Lai saglabātu šo ziņojumu kā PDF, izdrukājiet to (Ctrl+P) un izvēlieties „Saglabāt kā"
        " PDF”."
    ),
    "ui.report.coverage_sub": (
        "{answered:plural:atbildēts|atbildēti} {answered} no {applicable}"
        " {applicable:plural:jautājuma|jautājumiem}"
    ),
    "ui.report.gap_count": "Novēršamās nepilnības",
    "ui.report.gap_count_value": "{count}, kritiskas: {critical}",
    "ui.report.cap_note": (
        "Gatavības līmenis nevar būt augstāks par „{band}”, kamēr šajos kritiskajos jautājumos nav"
        " sasniegta mērķa vērtība:"
    ),
    "ui.report.chart_title": "Norādītais un pierādītais vērtējums pa jomām",
    "ui.report.chart_desc": (
        "Horizontāli stabiņi skalā no 0 līdz 100, divi katrai jomai: norādītais vērtējums un"
        " pierādītais vērtējums. Tabulā zemāk ir tie paši skaitļi."
    ),
    "ui.report.chart_label": "{area}: norādītais {claimed}, pierādītais {verified}",
    "ui.report.axis": "Vērtējums, 0–100",
    "ui.report.table_caption": "Vērtējumi pa jomām (0–100) un atbildētie jautājumi",
    "ui.report.gaps_intro": (
        "Vispirms augstākā prioritāte. Prioritāte = svars × (mērķa vērtējums − pierādītais"
        " vērtējums) / 100, kritiskiem jautājumiem divkāršota."
    ),
    "ui.report.overview": "Nepilnību pārskats",
    "ui.report.register_intro": "Visi atbildēs norādītie pierādījumi pa jomām.",
    "ui.report.register_empty": "Šajā jomā pierādījumi nav norādīti.",
    "ui.report.register_count": (
        "{count} {count:plural:pierādījums|pierādījumi} {questions}"
        " {questions:plural:jautājumam|jautājumiem}."
    ),
    "ui.report.answer": "Atbilde",
    "ui.report.method_text": (
        "Katra atbilde tiek novērtēta no 0 līdz 100. Jomas vērtējums ir tās atbildēto jautājumu"
        " vidējais svērtais, bet kopvērtējums ir jomu vidējais svērtais; neatbildētie jautājumi un"
        " jautājumi, kas atzīmēti ar „neattiecas”, netiek ņemti vērā, un aptvērums rāda, cik"
        " jautājumu ir atbildēti. Norādītais vērtējums ņem katru atbildi tā, kā tā dota."
        " Pierādītais vērtējums ieskaita tikai to, ko apliecina pierādījumi: atbilde līmenī, kuram"
        " vajadzīgi pierādījumi, bet kas dota bez tiem, tiek ieskaitīta kā augstākais līmenis,"
        " kuram pierādījumi nav vajadzīgi. Gatavības līmeni nosaka vērtējums."
    ),
    "ui.report.method_cap": (
        "Kamēr kāds kritisks jautājums nav atbildēts vai pierādītajā vērtējumā nesasniedz mērķa"
        " vērtību, gatavības līmenis nevar būt augstāks par „{band}”, lai kāds būtu vērtējums."
    ),
    "ui.report.method_gaps": (
        "Nepilnība ir jautājums, kas nav atbildēts, pierādītajā vērtējumā nesasniedz mērķa vērtību"
        " vai ir norādīts bez pierādījumiem. Nepilnības sakārtotas pēc prioritātes: svars × (mērķa"
        " vērtējums − pierādītais vērtējums) / 100, kritiskiem jautājumiem divkāršota."
    ),
    "ui.report.generated": "Sagatavots ar cse-assess {version}.",
    # --- report: the action plan (CSV, XLSX) ------------------------------------------------------
    "ui.report.action_plan": "Rīcības plāns",
    "ui.report.question_id": "Jautājuma identifikators",
    "ui.report.current_level": "Pašreizējā atbilde",
    "ui.report.target_level": "Mērķa vērtība",
    "ui.report.owner": "Atbildīgais",
    "ui.report.due_date": "Termiņš",
    "ui.report.status": "Statuss",
    "ui.report.status.not_started": "Nav uzsākts",
    "ui.report.status.in_progress": "Tiek īstenots",
    "ui.report.status.done": "Izpildīts",
    "ui.report.status_prompt": "Izvēlieties statusu no saraksta.",
    "ui.report.due_date_prompt": "Ievadiet datumu, piemēram, 2027-03-31.",
    # --- report: the spreadsheet's other sheets ---------------------------------------------------
    "ui.report.item": "Pozīcija",
    "ui.report.value": "Vērtība",
    "ui.report.critical_gaps": "Kritiskās nepilnības",
    "ui.report.capped_by": "Līmeni ierobežo",
    "ui.report.evidence_item": "Pierādījums",
    # --- compare: errors --------------------------------------------------------------------------
    "compare_other_bank": (
        "{path}: jautājumu kopas '{got}' novērtējums, bet {other} — kopas '{expected}'; salīdzināt"
        " var tikai vienas jautājumu kopas novērtējumus"
    ),
    # --- compare: warnings ------------------------------------------------------------------------
    "compare_other_unit": (
        "faili attiecas uz dažādām struktūrvienībām: '{old}' un '{new}'; salīdzinājums var"
        " neatspoguļot vienas struktūrvienības tendenci"
    ),
    "compare_dates_reversed": (
        "jaunā faila datums ({new}) ir agrāks par vecā faila datumu ({old}); vai faili nav norādīti"
        " otrādā secībā?"
    ),
    "compare_targets_differ": (
        "failos noteiktas atšķirīgas pašu mērķa vērtības; jau tādēļ vien vērtējumi var atšķirties"
    ),
    "compare_version_changed": (
        "jautājumu kopa mainījusies no versijas {old} uz {new}:"
        " {added:plural:pievienots|pievienoti} {added} {added:plural:jautājums|jautājumi},"
        " {removed:plural:izņemts|izņemti} {removed}; vērtējumi salīdzināti pēc {shared}"
        " {shared:plural:jautājuma|jautājumiem}, kas ir abās versijās"
    ),
    # --- compare: the report ----------------------------------------------------------------------
    "ui.compare.title": "Progress starp diviem novērtējumiem",
    "ui.compare.old": "Iepriekšējais",
    "ui.compare.new": "Jaunais",
    "ui.compare.change": "Izmaiņas",
    "ui.compare.overall": "Kopvērtējums",
    "ui.compare.overall_claimed": "Kopvērtējums (norādītais)",
    "ui.compare.overall_verified": "Kopvērtējums (pierādītais)",
    "ui.compare.areas": "Jomas, norādītais vērtējums",
    "ui.compare.improved": "Uzlabojušies jautājumi",
    "ui.compare.regressed": "Pasliktinājušies jautājumi",
    "ui.compare.gaps_closed": "Novērstās nepilnības",
    "ui.compare.gaps_opened": "Jaunas nepilnības",
    "ui.compare.gaps_remaining": "Vēl nenovērstās nepilnības",
    "ui.compare.added": "Jaunajā versijā pievienotie jautājumi",
    "ui.compare.removed": "Jaunajā versijā izņemtie jautājumi",
    "ui.compare.none": "nav",
    "ui.compare.warnings": "Brīdinājumi",
    "ui.compare.note": "Piezīme",
    "ui.compare.only_old": "tikai iepriekšējā versijā",
    "ui.compare.only_new": "tikai jaunajā versijā",
    "ui.compare.shared_note": "Vērtējumi salīdzināti pēc jautājumiem, kas ir abās versijās.",
    "ui.compare.legend": "▲ augšup, ▼ lejup, = bez izmaiņām; izmaiņas punktos skalā 0–100",
    "ui.compare.generated": "Sagatavots ar cse-assess {version}.",
    # --- consensus: errors ------------------------------------------------------------------------
    "consensus_too_few": (
        "vienošanās izveidei nepieciešami vismaz divi novērtējuma faili;"
        " {count:plural:norādīts|norādīti} {count}"
    ),
    "consensus_other_bank": (
        "{path}: fails ir jautājumu kopas '{got}' novērtējums, pārējie — kopas '{expected}';"
        " vienošanās iespējama tikai par vienas jautājumu kopas novērtējumiem"
    ),
    "consensus_other_version": (
        "{path}: failā atbildēts uz jautājumu kopas '{bank}' versiju {got}, pirmajā failā — uz"
        " versiju {expected}; atveriet to ar 'cse-assess review', lai pārietu uz vienu versiju"
    ),
    "consensus_output_is_input": (
        "{path}: rezultāta fails ir viens no vērtētāju failiem; izvēlieties citu nosaukumu, lai"
        " netiktu pārrakstīts neviens novērtējums"
    ),
    # --- consensus: warnings ----------------------------------------------------------------------
    "consensus_institution_differs": (
        "failos norādītas dažādas iestādes: {values}; vienošanās failā saglabāta '{kept}'"
    ),
    "consensus_unit_differs": (
        "failos norādītas dažādas struktūrvienības: {values}; vienošanās failā saglabāta '{kept}'"
    ),
    "consensus_targets_differ": (
        "{path}: failā noteiktas citas mērķa vērtības nekā pirmajā failā; vienošanās failā"
        " saglabātas pirmā faila mērķa vērtības"
    ),
    "consensus_unknown_answers": (
        "{path}: {count} {count:plural:atbilde|atbildes} uz jautājumiem, kuru nav jautājumu kopā,"
        " vienošanās failā netiek {count:plural:pārņemta|pārņemtas}: {ids}"
    ),
    # --- consensus: the report --------------------------------------------------------------------
    "ui.consensus.title": "Vērtētāju vienošanās",
    "ui.consensus.assessors": "Vērtētāji",
    "ui.consensus.file": "Vienošanās fails",
    "ui.consensus.agreement": "Vērtētāju saskaņa",
    "ui.consensus.agreement_value": (
        "{percent} ({agreed} no {compared} {compared:plural:jautājuma|jautājumiem} ar divu vai"
        " vairāku vērtētāju atbildēm)"
    ),
    "ui.consensus.agreement_none": "– (uz nevienu jautājumu nav atbildējuši divi vērtētāji)",
    "ui.consensus.disagreements": "Apspriežamās atšķirības",
    "ui.consensus.disagreements_intro": (
        "Vispirms lielākā atšķirība. Atšķirība ir divu vai vairāk līmeņu starpība vai „neattiecas”"
        " blakus līmenim; citu veidu jautājumiem — jebkura atšķirība."
    ),
    "ui.consensus.no_disagreements": (
        "Vērtētāji ir vienisprātis par visiem jautājumiem, uz kuriem atbildējuši."
    ),
    "ui.consensus.spread": "starpība: {steps} {steps:plural:līmenis|līmeņi}",
    "ui.consensus.na_beside": "„neattiecas” blakus atbildei",
    "ui.consensus.result": "Vienošanās",
    "ui.consensus.not_answered": "neviens nav atbildējis",
    "ui.consensus.score": "Vienošanās vērtējums",
    "ui.consensus.warnings": "Brīdinājumi",
    # --- roll-up: errors --------------------------------------------------------------------------
    "rollup_no_files": "norādītajās vietās nav atrasts neviens novērtējuma fails (*.json): {paths}",
    "rollup_nothing_counted": (
        "kopsavilkumā nevarēja iekļaut nevienu novērtējumu: izlaisti visi faili ({count};"
        " uzskaitīti iepriekš)"
    ),
    "rollup_missing": "šāda faila vai mapes nav",
    "rollup_unexpected": "nevarēja nolasīt: {reason}",
    "rollup_xlsx_needs_output": (
        "xlsx formātā kopsavilkumu var saglabāt tikai failā: norādiet --output FAILS.xlsx"
    ),
    # --- roll-up: the report ----------------------------------------------------------------------
    "ui.rollup.title": "Tīkla kopsavilkums",
    "ui.rollup.bank": "Jautājumu kopa: {title} ({id})",
    "ui.rollup.versions": "Jautājumu kopas versijas: {versions}",
    "ui.rollup.by_unit": "Katrai struktūrvienībai viena rinda",
    "ui.rollup.by_institution": (
        "Katrai iestādei viena rinda: tās struktūrvienību vērtējumu vidējais"
    ),
    "ui.rollup.basis_claimed": "Parādītie vērtējumi: norādītie",
    "ui.rollup.basis_verified": "Parādītie vērtējumi: pierādītie",
    "ui.rollup.counts": (
        "Faili: {files:plural:nolasīts|nolasīti} {files}, {counted:plural:iekļauts|iekļauti}"
        " {counted}, {superseded:plural:aizstāts|aizstāti} {superseded},"
        " {skipped:plural:izlaists|izlaisti} {skipped}"
    ),
    "ui.rollup.weakest_area": "Tīkla vājākā joma: {area} (vidēji {mean}, zemākais {min})",
    "ui.rollup.weakest_areas": "Vājākās jomas",
    "ui.rollup.weakest_units": "Vājākās struktūrvienības",
    "ui.rollup.weakest_institutions": "Vājākās iestādes",
    "ui.rollup.overall": "Kopvērtējums",
    "ui.rollup.units": "Struktūrvienības",
    "ui.rollup.mean": "Vidējais",
    "ui.rollup.min": "Minimums",
    "ui.rollup.max": "Maksimums",
    "ui.rollup.stdev": "Standartnovirze",
    "ui.rollup.scored": "Novērtēti",
    "ui.rollup.legend": (
        "Krāsas: sarkana — mazāk par 40, dzeltena — no 40 līdz 70 (neieskaitot), zaļa — 70 un"
        " vairāk; – nav vērtējuma."
    ),
    "ui.rollup.area_key": "Jomas (kolonnas)",
    "ui.rollup.heatmap": "Vērtējumi pa rindām un jomām (0–100)",
    "ui.rollup.network": "Tīkls",
    "ui.rollup.line": "{line}. rinda",
    "ui.rollup.file": "Fails",
    "ui.rollup.reason": "Iemesls",
    "ui.rollup.counts_instead": "Tā vietā ņemts vērā",
    "ui.rollup.skipped": "Izlaistie faili",
    "ui.rollup.skipped_none": "Neviens fails nav izlaists.",
    "ui.rollup.superseded": (
        "Aizstātie novērtējumi (tiek ņemts vērā tās pašas struktūrvienības vēlākais novērtējums)"
    ),
    "ui.rollup.superseded_none": "Neviens novērtējums nav aizstāts.",
    "ui.rollup.more": "... un vēl {count}: visi uzskaitīti formātos json, html un xlsx.",
    "ui.rollup.no_rows": "Kopsavilkumā nevarēja iekļaut nevienu novērtējumu.",
    "ui.rollup.category.unreadable": "nevar nolasīt",
    "ui.rollup.category.not_json": "nav JSON",
    "ui.rollup.category.not_assessment": "nav novērtējuma fails",
    "ui.rollup.category.unknown_bank": "nezināma jautājumu kopa",
    "ui.rollup.category.invalid": "neatbilst savai jautājumu kopai",
    "ui.rollup.skipped_count": "{reason}: {count}",
    "ui.rollup.sheet_skipped": "izlaisti",
    "ui.rollup.sheet_superseded": "aizstāti",
    # --- forms: sheet names (at most 31 characters; no : \\ / ? * [ ]) ----------------------------
    "ui.forms.sheet_context": "Konteksts",
    "ui.forms.sheet_questions": "Jautājumi",
    "ui.forms.sheet_lists": "Saraksti",
    # --- forms: the context sheet -----------------------------------------------------------------
    "ui.forms.form_title": "Pašnovērtējuma veidlapa: {title}",
    "ui.forms.context_intro": (
        "Aizpildiet baltās šūnas šajā lapā un lapā „{questions}”. Pelēkās šūnas ir veidlapas daļa:"
        " nemainiet tās. Ja uz jautājumu vēl nevarat atbildēt, atstājiet to tukšu; tas paliks"
        " neatbildēts. Saglabājiet failu .xlsx formātā un nosūtiet to atpakaļ koordinatoram."
    ),
    "ui.forms.col_field": "Lauks",
    "ui.forms.col_value": "Vērtība",
    "ui.forms.col_explanation": "Paskaidrojums",
    "ui.forms.institution": "Iestāde",
    "ui.forms.unit": "Struktūrvienība (filiāle)",
    "ui.forms.assessor": "Vērtētājs",
    "ui.forms.date": "Datums",
    "ui.forms.language": "Valoda",
    "ui.forms.bank": "Jautājumu kopa",
    "ui.forms.bank_version": "Jautājumu kopas versija",
    "ui.forms.form_format": "Veidlapas formāts",
    "ui.forms.hint_institution": "Iestādes nosaukums, piemēram, Valsts ieņēmumu dienests",
    "ui.forms.hint_unit": "Filiāle vai struktūrvienība, kuru novērtē",
    "ui.forms.hint_assessor": "Kas aizpilda šo veidlapu (vārds, uzvārds, amats)",
    "ui.forms.hint_date": "Novērtējuma datums formātā GGGG-MM-DD, piemēram, 2026-03-02",
    "ui.forms.hint_language": "Ziņojumu valoda: lv (latviešu) vai en (angļu)",
    "ui.forms.do_not_change": "Nemainīt: koordinatora rīks to pārbauda",
    "ui.forms.levels_title": "Skalas līmeņi",
    "ui.forms.levels_scale": "Skala „{scale}”",
    # --- forms: the questions sheet ---------------------------------------------------------------
    "ui.forms.questions_title": "{title} (versija {version})",
    "ui.forms.questions_intro": (
        "Katram jautājumam ir sava rinda. Atbildi kolonnā „{answer}” izvēlieties no saraksta."
        " Kontrolsarakstā katram punktam rindās zem jautājuma norādiet Jā vai Nē. Ja jautājums uz"
        " jums neattiecas, kolonnā „{na}” izvēlieties Jā un kolonnā „{justification}” uzrakstiet"
        " pamatojumu. Katru pierādījumu rakstiet savā rindā (Alt+Enter šūnā sāk jaunu rindu)."
    ),
    "ui.forms.col_area": "Joma",
    "ui.forms.col_id": "ID",
    "ui.forms.col_question": "Jautājums",
    "ui.forms.col_guidance": "Norādījumi",
    "ui.forms.col_answer": "Atbilde",
    "ui.forms.col_na": "Neattiecas",
    "ui.forms.col_justification": "Pamatojums, ja neattiecas",
    "ui.forms.col_evidence": "Pierādījumi (katrs savā rindā)",
    "ui.forms.col_note": "Piezīme",
    "ui.forms.target": "Mērķa vērtība: {target}.",
    "ui.forms.critical": (
        "Kritisks jautājums: kamēr tas nesasniedz mērķa vērtību, gatavības līmenis ir ierobežots."
    ),
    "ui.forms.evidence_from": (
        "Sākot ar līmeni {level}, atbildei vajadzīgi pierādījumi, lai to ieskaitītu pierādītajā"
        " vērtējumā."
    ),
    "ui.forms.evidence_required": (
        "Atbildei vajadzīgi pierādījumi, lai to ieskaitītu pierādītajā vērtējumā."
    ),
    "ui.forms.evidence_examples": "Pierādījumi, piemēram:",
    "ui.forms.when": "Atbildiet tikai tad, ja: {condition}.",
    "ui.forms.tick_items": "Katram punktam rindās zemāk norādiet Jā vai Nē.",
    "ui.forms.number_rule": "Skaitlis, mērvienība: {unit}; atļauts: {allowed}.",
    "ui.forms.number_rule_no_unit": "Skaitlis; atļauts: {allowed}.",
    "ui.forms.cond_and": "un",
    "ui.forms.cond_or": "vai",
    "ui.forms.cond_not": "ne",
    "ui.forms.cond_in": "ir viens no",
    "ui.forms.cond_checked": "ir atzīmēts punkts „{item}”",
    "ui.forms.prompt_level": "Izvēlieties līmeni",
    "ui.forms.prompt_yes_no": "Izvēlieties Jā vai Nē",
    "ui.forms.prompt_number": "Ievadiet skaitli",
    "ui.forms.prompt_na": "Neattiecas?",
    "ui.forms.prompt_na_text": (
        "Izvēlieties Jā tikai tad, ja jautājums uz jūsu struktūrvienību nemaz neattiecas, un"
        " nākamajā kolonnā uzrakstiet pamatojumu."
    ),
    "ui.forms.error_title": "Nav atļauts",
    "ui.forms.error_list": "Izvēlieties vērtību no saraksta.",
    "ui.forms.error_number": "Ievadiet skaitli pieļaujamajā diapazonā.",
    # --- forms: the command line ------------------------------------------------------------------
    "ui.forms.written": (
        "Veidlapa saglabāta: {path} ({questions} {questions:plural:jautājums|jautājumi})."
        " Aizpildītu veidlapu importējiet ar komandu: cse-assess import VEIDLAPA.xlsx --output"
        " NOVĒRTĒJUMS.json"
    ),
    "ui.forms.imported": (
        "{path}: {answered:plural:atbildēts|atbildēti} {answered} no {questions}"
        " {questions:plural:jautājuma|jautājumiem} ({na} neattiecas); saglabāts {output}"
    ),
    # --- forms: errors and warnings ---------------------------------------------------------------
    "forms_not_xlsx_name": (
        "{path}: veidlapa ir Excel darbgrāmata; norādiet faila nosaukumu ar paplašinājumu .xlsx"
    ),
    "forms_output_is_form": (
        "{path}: novērtējums pārrakstītu veidlapu; norādiet citu --output, piemēram, {suggested}"
    ),
    "forms_not_xlsx_file": (
        "nav Excel darbgrāmata (.xlsx); atveriet to Excel vai LibreOffice un saglabājiet kā „Excel"
        " darbgrāmata (.xlsx)”"
    ),
    "forms_unreadable": "nav nolasāma Excel darbgrāmata (.xlsx): {reason}",
    "forms_unpacked_too_large": (
        "izpakotas darbgrāmatas izmērs ir {size} {size:plural:baits|baiti};"
        " {limit:plural:pieļaujams|pieļaujami} ne vairāk kā {limit} {limit:plural:baits|baiti}"
    ),
    "forms_part_too_large": (
        "darbgrāmatas daļas {part} izpakotais izmērs ir {size} {size:plural:baits|baiti};"
        " {limit:plural:pieļaujams|pieļaujami} ne vairāk kā {limit} {limit:plural:baits|baiti}"
    ),
    "forms_too_many_parts": (
        "darbgrāmatā ir {count} {count:plural:daļa|daļas}; {limit:plural:pieļaujama|pieļaujamas}"
        " ne vairāk kā {limit}"
    ),
    "forms_beyond_last_row": (
        "veidlapa beidzas {limit}. rindā un zemāk nekas netiek nolasīts, bet šī šūna nav tukša"
    ),
    "forms_formula_no_value": (
        "šūnā ir formula ({formula}), bet nav aprēķinātas vērtības; atveriet veidlapu Excel vai"
        " LibreOffice, ļaujiet tai aprēķināt vērtības un saglabājiet to, vai ierakstiet pašu"
        " vērtību"
    ),
    "forms_no_sheet": (
        "nav lapas ar nosaukumu {names}; vai šī ir ar 'cse-assess template' izveidota veidlapa?"
    ),
    "forms_layout": (
        "šeit gaidīts '{expected}', atrasts '{found}'; veidlapas rindas vai kolonnas ir mainītas:"
        " pārnesiet atbildes jaunā veidlapā (cse-assess template)"
    ),
    "forms_format": "'{got}' nav veidlapas formāts, ko šī cse-assess versija lasa ({expected})",
    "forms_bank_empty": (
        "nav norādīta jautājumu kopa; šajā šūnā jāpaliek vērtībai, ar kādu veidlapa izveidota"
    ),
    "forms_other_bank": (
        "šī veidlapa ir jautājumu kopai '{got}', versija {got_version}, nevis '{expected}', versija"
        " {expected_version}"
    ),
    "forms_bank_unknown": (
        "veidlapa ir jautājumu kopai '{name}', versija {version}, kas nav iebūvēta; norādiet kopas"
        " failu ar --questionnaire CEĻŠ"
    ),
    "forms_not_level": "'{value}' nav skalas līmenis; atļautie: {allowed}",
    "forms_not_yes_no": "'{value}' šeit nav derīga atbilde; atļautās: {allowed}",
    "forms_not_number": "'{value}' nav skaitlis; rakstiet, piemēram, 4,2 vai 4.2",
    "forms_out_of_range": "{value} ir ārpus pieļaujamā diapazona {allowed}",
    "forms_bad_na": "'{value}' nav atzīme „neattiecas”; izvēlieties Jā vai atstājiet šūnu tukšu",
    "forms_na_not_allowed": (
        "jautājumu {question} nevar atzīmēt ar „neattiecas”: tas attiecas uz katru iestādi"
    ),
    "forms_na_needs_justification": (
        "atzīmei „neattiecas” vajadzīgs pamatojums: uzrakstiet šeit, kāpēc jautājums neattiecas"
    ),
    "forms_na_and_answer": "norādīta gan atbilde, gan „neattiecas”; atstājiet tikai vienu",
    "forms_justification_without_na": (
        "norādīts pamatojums, bet jautājums nav atzīmēts ar „neattiecas”; kolonnā „Neattiecas”"
        " izvēlieties Jā vai notīriet šo šūnu"
    ),
    "forms_unknown_question": "'{id}' nav jautājumu kopas '{bank}' (versija {version}) jautājums",
    "forms_duplicate_question": "'{id}' norādīts divreiz (pirmoreiz {first}. rindā)",
    "forms_missing_questions": (
        "veidlapā trūkst jautājumu: {ids}; pārnesiet atbildes jaunā veidlapā (cse-assess template)"
    ),
    "forms_unknown_item": "'{item}' nav jautājuma {question} punkts; punkti: {allowed}",
    "forms_item_orphan": "jautājuma {question} punkta rinda, bet šis jautājums nav tieši virs tās",
    "forms_missing_items": "jautājums {question}: veidlapā trūkst punktu: {items}",
    "forms_checklist_answer": (
        "kontrolsarakstu aizpilda punktu rindās zemāk, nevis šeit; notīriet šo šūnu"
    ),
    "forms_item_extra": (
        "punkta rindā norāda tikai Jā vai Nē atbildes kolonnā; „neattiecas”, pierādījumus un"
        " piezīmes raksta jautājuma rindā ({row}. rinda)"
    ),
    "forms_row_without_id": (
        "šajā rindā ir ieraksts, bet nav jautājuma ID; atbildes jāraksta jautājumu rindās"
    ),
    "forms_bad_date": "'{value}' nav datums; rakstiet to formātā GGGG-MM-DD, piemēram, 2026-03-02",
    "forms_bad_language": "'{value}' nav ziņojumu valoda; atļautās: lv, en",
    "forms_hidden_answered": (
        "uz jautājumu {question} ir atbildēts, bet, ņemot vērā šīs atbildes, kopa šo jautājumu"
        " izlaiž; atbilde saglabāta failā, bet netiek vērtēta"
    ),
}

TERMS: dict[str, str] = {
    "text": "teksts",
    "number": "skaitlis",
    "integer": "vesels skaitlis",
    "boolean": "true vai false",
    "list": "saraksts",
    "mapping": "atslēgu un vērtību kartējums",
    "null": "null",
    "date": "datums",
    "other": "citāda tipa vērtība",
    "text_or_null": "teksts vai null",
    "number_or_null": "skaitlis vai null",
    "list_of_text": "tekstu saraksts",
    "folder": "tā ir mape",
    "fifo": "tas ir nosaukts kanāls (FIFO), nevis fails",
    "device": "tā ir ierīce, nevis fails",
    "not_regular": "tas nav parasts fails",
    "below": "mazākai par",
    "above": "lielākai par",
    "id": "identifikators",
    "question_id": "jautājuma identifikators",
    "version": "versija",
    "language_code": "valodas kods",
    "rule.id": "mazie latīņu burti, cipari un atsevišķas defises, sākot ar burtu",
    "rule.question_id": "jomas identifikators, punkts, tad mazie latīņu burti, cipari un defises",
    "rule.version": "MAJOR.MINOR.PATCH, piemēram, 1.0.0",
    "rule.language_code": "divi mazie burti, piemēram, lv",
}
