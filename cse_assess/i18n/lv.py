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
    "bad_pattern": "'{value}': nederīga vērtība ({what}: {rule})",
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
    "replaces_not_older": (
        "laukā 'replaces' jānorāda agrāka versija nekā šī: {old} nav agrāka par {new}"
    ),
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
        "vērtībai zero_at ({zero_at}) jābūt {side} mērķa vērtību {target}, ja direction ir"
        " {direction}"
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
        " vērtību {zero_at}, kurai atbilst vērtējums 0"
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
        "ne augstāks par „{band}”, kamēr kritiskajos jautājumos nav sasniegta mērķa vērtība: {ids}"
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
    "ui.band_range": "no {low} līdz mazāk nekā {high}",
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
    "ui.checkbox_instruction": (
        "(atstarpe vai punkta numurs atzīmē, Enter apstiprina, Esc — atpakaļ)"
    ),
    "ui.ask_number": "Vērtība ({unit})",
    "ui.not_a_number": "Ievadiet skaitli, piemēram, 4,2 vai 4.2",
    "ui.number_range": "Atļauts: {allowed}",
    "ui.target_share": "{percent} no punktiem",
    "ui.at_least": "vismaz {value}",
    "ui.at_most": "ne vairāk kā {value}",
    "ui.target_default": "noklusējums {value}",
    "ui.checked_count": "{checked} no {total} {total:plural:punkta|punktiem}",
    "ui.select_instruction": "(bultiņu taustiņi, tad Enter)",
    "ui.confirm_yes": "(J/n)",
    "ui.confirm_no": "(j/N)",
    "ui.choice_help": "? Palīdzība: laba prakse, pierādījumi",
    "ui.choice_na": "Neattiecas (norādīt pamatojumu)",
    "ui.choice_skip": "Izlaist pagaidām",
    "ui.choice_back": "Atpakaļ uz iepriekšējo jautājumu",
    "ui.current_answer": "pašreizējā atbilde: {answer}",
    "ui.ask_na_note": "Kāpēc šis jautājums neattiecas?",
    "ui.ask_evidence": "Pierādījums {n} (dokuments, ieraksts vai saite; tukša rinda beidz ievadi)",
    "ui.evidence_hint": (
        "Lai šo atbildi ieskaitītu pierādītajā vērtējumā, vajadzīgi pierādījumi. Piemēram:"
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
    "ui.report_path": "Faila nosaukums (.html, .docx, .md, .txt, .json, .csv vai .xlsx)",
    "ui.review_area": "Kura joma?",
    "ui.review_question": "Kurš jautājums?",
    "ui.review_done": "Beigt pārskatīšanu",
    "ui.review_back": "Atpakaļ uz jomām",
    "ui.review_keep": "Atstāt, kā ir",
    "ui.needs_terminal": (
        "Komanda 'cse-assess {command}' uzdod jautājumus, tāpēc tai vajadzīgs interaktīvs"
        " terminālis. Lai"
        " novērtētu failu bez jautājumiem, izmantojiet: cse-assess score FAILS"
    ),
    "ui.welcome": (
        "Pašnovērtējums. Atbildiet uz katru jautājumu atbilstoši šodienas situācijai un norādiet"
        " pierādījumus. Darbu var pārtraukt jebkurā brīdī ar Ctrl-C: katra sniegtā atbilde jau ir"
        " saglabāta, bet iesāktā tiek saglabāta kā melnraksts."
    ),
    "ui.keys_choose": "(cipars vai bultiņu taustiņi, tad Enter)",
    "ui.keys_letter": "(norādītais burts vai bultiņu taustiņi, tad Enter)",
    "ui.keys_nothing_chosen": (
        "Nekas vēl nav izvēlēts: ierakstiet ciparu vai pārvietojieties ar bultiņu taustiņiem, tad"
        " nospiediet Enter."
    ),
    "ui.keys_nothing_ticked": (
        "Nekas nav atzīmēts: atzīmējiet punktus ar atstarpi vai izvēlieties „{none}”."
    ),
    "ui.escaped": "atpakaļ",
    "ui.key_yes": "j",
    "ui.key_no": "n",
    "ui.tick_none": "Neviens no šiem nav ieviests",
    "ui.entry_instruction": "(Enter apstiprina, Esc — atpakaļ)",
    "ui.choice_edit": "Mainīt pierādījumus vai piezīmi (atbildi saglabāt)",
    "ui.choice_mark": "Pievienot atzīmi „pārbaudīt vēlāk”",
    "ui.choice_unmark": "Noņemt atzīmi „pārbaudīt vēlāk”",
    "ui.choice_jump": "Pāriet uz… (jomas, neatbildētie, ar atzīmi, beigt)",
    "ui.kept": "Atstāts, kā bija",
    "ui.marked": "atzīme „pārbaudīt vēlāk”",
    "ui.marked_saved": "Atzīme „pārbaudīt vēlāk” saglabāta",
    "ui.unmarked": "Atzīme „pārbaudīt vēlāk” noņemta; saglabāts",
    "ui.ask_mark_note": "Ko pārbaudīt vēlāk (nav obligāti)",
    "ui.mark_instruction": "(Enter saglabā atzīmi, Esc — atpakaļ bez atzīmes)",
    "ui.na_when": "Neattiecas, ja",
    "ui.na_instruction": "(tukša rinda vai Esc — atpakaļ pie atbildēm)",
    "ui.na_evidence": "Šai atbildei ir pierādījumi. Ar atzīmi „neattiecas”:",
    "ui.na_evidence_keep": "saglabāt tās pierādījumus ({n} {n:plural:ieraksts|ieraksti})",
    "ui.na_evidence_remove": "dzēst tās pierādījumus",
    "ui.save_failed": (
        "Visas jūsu atbildes joprojām ir šajā sesijā. Norādiet failu, kurā tās saglabāt: tas"
        " pats fails — mēģināt vēlreiz (piemēram, kad diskā atbrīvota vieta); Esc — beigt,"
        " nesaglabājot pēdējo atbildi."
    ),
    "ui.ask_save_path": "Saglabāt atbildes failā",
    "ui.save_path_instruction": "(.json fails; Enter — saglabāt, Esc — beigt)",
    "ui.save_path_json": "Novērtējuma faila nosaukumam jābeidzas ar .json.",
    "ui.na_cancelled": "Nav atzīmēts kā „neattiecas”.",
    "ui.unproven_level": (
        "Saglabāts bez pierādījumiem: kamēr to nav, pierādītajā vērtējumā tas tiek ieskaitīts kā"
        " „{level}”."
    ),
    "ui.unproven_score": (
        "Saglabāts bez pierādījumiem: kamēr to nav, pierādītajā vērtējumā tas tiek ieskaitīts ar"
        " {score} punktiem."
    ),
    "ui.draft_flag": "melnraksts: pārtraukts, pirms atbilde bija pabeigta; pārbaudiet to",
    "ui.draft": "melnraksts",
    "ui.draft_kept": (
        "Saglabāts kā melnraksts, ko pārbaudīt, turpinot darbu: {question}: {answer}, {evidence}"
        " {evidence:plural:pierādījums|pierādījumi}."
    ),
    "ui.not_saved_value": "Nav saglabāts: {question}: „{value}” nav derīga atbilde.",
    "ui.not_saved_na": (
        "Nav saglabāts: {question}: izvēlēts „neattiecas”, bet pamatojums netika norādīts."
    ),
    "ui.not_saved_context": "Nav saglabāts: ievadītās izmaiņas laukā „{field}”.",
    "ui.saved_all": "Visas sniegtās atbildes ir saglabātas failā",
    "ui.nothing_saved": "Pārtraukts. Nekas netika atbildēts, tāpēc fails netika izveidots.",
    "ui.nothing_answered": "Nekas netika atbildēts, tāpēc fails netika izveidots.",
    "ui.name_the_bank": (
        "Ja fails atbild uz jūsu pašu jautājumu kopu, norādiet kopas failu: {command}"
    ),
    "ui.resume_status": (
        "Atbildēti {answered} no {total} {total:plural:jautājuma|jautājumiem}; pēdējās izmaiņas"
        " {when}."
    ),
    "ui.resume_how": (
        "Turpina ar jautājumu pēc pēdējā atbildētā. Izvēle „Pāriet uz…” jebkurā jautājumā parāda"
        " jomas, neatbildētos, izlaistos un atzīmētos jautājumus."
    ),
    "ui.area_summary": (
        "{n}. joma: {area}: atbildēti {answered} no {applicable} · vērtējums {score} (pierādītais"
        " {verified})"
    ),
    "ui.area_gaps": (
        "Šajā jomā {count:plural:novēršama|novēršamas} {count} {count:plural:nepilnība|nepilnības}."
    ),
    "ui.jump_where": "Kurp doties?",
    "ui.jump_left": "Neatbildēti jautājumi: {open}; ar atzīmi „pārbaudīt vēlāk”: {marked}.",
    "ui.jump_back": "Atpakaļ pie jautājuma",
    "ui.jump_unanswered": "Neatbildētie jautājumi ({count})",
    "ui.jump_skipped": "Izlaistie jautājumi ({count})",
    "ui.jump_marked": "Jautājumi ar atzīmi „pārbaudīt vēlāk” ({count})",
    "ui.jump_whole_area": "Visa joma, no pirmā jautājuma",
    "ui.jump_finish": "Beigt: parādīt rezultātu",
    "ui.review_context": "Konteksts: iestāde, struktūrvienība, vērtētājs, datums",
    "ui.ask_date": "Novērtējuma datums (GGGG-MM-DD)",
    "ui.bad_date_typed": "Ievadiet datumu formā GGGG-MM-DD, piemēram, 2026-11-27.",
    "ui.still_marked": (
        "{count} {count:plural:jautājumam|jautājumiem} ir atzīme „pārbaudīt vēlāk”."
    ),
    "ui.check_marked_with": (
        "Atbildēts uz visiem jautājumiem; jautājumus ar atzīmi pārbaudiet ar komandu:"
    ),
    "ui.report_file": "zinojums",
    "ui.report_exists": "{path} jau pastāv. Aizstāt to?",
    "ui.valid_assessment_against": (
        "{path}: derīgs atbilstoši {bank}, {answered:plural:atbildēts|atbildēti} {answered} no"
        " {questions} {questions:plural:jautājuma|jautājumiem}"
    ),
    # --- the command line: help, argparse's own words, syntax errors ------------------------------
    "ui.cli.description": (
        "Novērtējiet, cik gatava iestāde ir dzīvot atbilstoši savam Klientu apkalpošanas"
        " standartam: atbildiet uz jautājumu kopu, novērtējiet atbildes un saņemiet novēršamo"
        " nepilnību sarakstu ar pierādījumiem un rīcību, kas tās novērš."
    ),
    "ui.cli.epilog": (
        "Komanda „cse-assess score --example” parāda izdomātas iestādes pilnu ziņojumu. „cse-assess"
        " KOMANDA --help” apraksta komandu."
    ),
    "ui.cli.commands": "komandas",
    "ui.cli.version": "parādīt versiju un beigt",
    "ui.cli.lang": (
        "izvades un jautājumu valoda (pēc noklusējuma — faila valoda, citādi datora valoda)"
    ),
    "ui.cli.format": (
        "izvades formāts: {allowed} (pēc noklusējuma — pēc --output paplašinājuma, citādi text)"
    ),
    "ui.cli.integer": "vesela skaitļa",
    "ui.cli.metavar.command": "KOMANDA",
    "ui.cli.metavar.file": "FAILS",
    "ui.cli.metavar.path": "CEĻŠ",
    "ui.cli.metavar.bank": "KOPA",
    "ui.cli.metavar.id": "ID",
    "ui.cli.metavar.old": "VECAIS",
    "ui.cli.metavar.new": "JAUNAIS",
    "ui.cli.metavar.form": "VEIDLAPA",
    "ui.cli.metavar.date": "DATUMS",
    "ui.cli.assess": "atbildēt uz jautājumu kopu terminālī (noklusējums)",
    "ui.cli.assess.about": (
        "Atbildiet uz jautājumu kopu terminālī. Katra atbilde tiek saglabāta uzreiz; Ctrl-C"
        " pārtrauc darbu un iesākto atbildi saglabā kā melnrakstu; „resume” turpina."
    ),
    "ui.cli.assess.questionnaire": (
        "jautājumu kopa: iebūvētas kopas identifikators, ID@VERSIJA vai kopas fails (pēc"
        " noklusējuma — readiness)"
    ),
    "ui.cli.assess.targets": (
        "iestādes mērķa vērtības (YAML: jautājuma identifikators un mērķa vērtība), tiek saglabātas"
        " failā"
    ),
    "ui.cli.assess.file": (
        "novērtējuma fails (pēc noklusējuma — pēc iestādes nosaukuma un datuma); esošu failu"
        " turpina"
    ),
    "ui.cli.assess.no_remember": (
        "neizmantot un nesaglabāt atcerēto iestādi, struktūrvienību un vērtētāju"
    ),
    "ui.cli.resume": "turpināt novērtējumu ar jautājumu pēc pēdējā atbildētā",
    "ui.cli.resume.about": (
        "Turpiniet novērtējumu: vispirms tiek parādīts, cik tālu tas ir, tad jautājums pēc pēdējā"
        " atbildētā. Izvēle „Pāriet uz…” jebkurā jautājumā parāda jomas, neatbildētos, izlaistos un"
        " atzīmētos jautājumus."
    ),
    "ui.cli.review": "mainīt novērtējuma atbildes, pierādījumus, piezīmes, atzīmes vai kontekstu",
    "ui.cli.review.about": (
        "Mainiet novērtējumu pa jomām: atbildes, pierādījumus, piezīmes, atzīmes „pārbaudīt vēlāk”"
        " un kontekstu (iestādi, struktūrvienību, vērtētāju, datumu)."
    ),
    "ui.cli.assessment": "novērtējuma fails (JSON)",
    "ui.cli.continue.questionnaire": (
        "jautājumu kopa (pēc noklusējuma — failā norādītā iebūvētā kopa; savai kopai norādiet tās"
        " failu)"
    ),
    "ui.cli.questionnaires": "uzskaitīt iebūvētās jautājumu kopas",
    "ui.cli.questionnaires.about": (
        "Uzskaita iebūvētās jautājumu kopas: identifikatoru, versiju, jautājumu skaitu un"
        " nosaukumu."
    ),
    "ui.cli.validate": "pārbaudīt jautājumu kopas (YAML) un novērtējumus (JSON)",
    "ui.cli.validate.about": (
        "Pārbauda katru failu un izdrukā katru problēmu formā CEĻŠ:RINDA: ziņojums. Novērtējumu"
        " pārbauda atbilstoši --questionnaire, citādi atbilstoši tajā pašā komandā norādītajai"
        " jautājumu kopai, citādi atbilstoši failā norādītajai kopai. Izejas kods 0, ja visi faili"
        " ir derīgi, citādi 2."
    ),
    "ui.cli.validate.paths": "jautājumu kopu faili (.yaml) un novērtējumu faili (.json)",
    "ui.cli.validate.questionnaire": "jautājumu kopa, atbilstoši kurai pārbaudīt novērtējumus",
    "ui.cli.show": "izdrukāt visu jautājumu kopu Markdown formātā",
    "ui.cli.show.about": (
        "Izdrukā jautājumu kopu Markdown formātā, piemēram, darbam semināra laikā uz papīra."
    ),
    "ui.cli.show.questionnaire": "iebūvētas kopas identifikators, ID@VERSIJA vai kopas fails",
    "ui.cli.show.output": "rakstīt šajā failā (.md vai .txt)",
    "ui.cli.score": "novērtēt atbildes un uzskaitīt nepilnības",
    "ui.cli.score.about": (
        "Aprēķina novērtējuma rezultātu: kopvērtējumu un vērtējumu pa jomām (norādīto un"
        " pierādīto), gatavības līmeni un novēršamās nepilnības."
    ),
    "ui.cli.score.file": "novērtējuma fails (JSON)",
    "ui.cli.score.example": (
        "novērtēt iebūvēto izdomātas iestādes piemēru (pēc noklusējuma — readiness; arī kpi,"
        " standard-content)"
    ),
    "ui.cli.score.output": (
        "rakstīt ziņojumu šajā failā: .txt, .md, .html, .json, .csv, .xlsx vai .docx; mapē (ar /"
        " beigās) — CSV failu kopu: rīcības plānu un pierādījumu reģistru"
    ),
    "ui.cli.score.explain": "parādīt, kā aprēķināts katrs vērtējums",
    "ui.cli.score.targets": (
        "vērtēt atbilstoši iestādes mērķa vērtībām (YAML: jautājuma identifikators un mērķa"
        " vērtība)"
    ),
    "ui.cli.score.gaps": "cik nepilnību uzskaitīt teksta ziņojumā (0 — visas; pēc noklusējuma 10)",
    "ui.cli.score.questionnaire": (
        "vērtēt atbilstoši šai jautājumu kopai (pēc noklusējuma — failā norādītajai)"
    ),
    "ui.cli.score.previous": (
        "tās pašas struktūrvienības agrākais novērtējums: kopsavilkumā norāda, kas uzlabojies un"
        " kas pasliktinājies"
    ),
    "ui.cli.score.plan": (
        "rīcības plāns (.xlsx), ko papildinājusi komanda: pie katras nepilnības norāda atbildīgo,"
        " termiņu un statusu"
    ),
    "ui.cli.compare": (
        "salīdzināt vienas struktūrvienības novērtējumus: kas uzlabojies, kas pasliktinājies;"
        " trīs un vairāk — tendence"
    ),
    "ui.cli.compare.about": (
        "Salīdzina divus vienas struktūrvienības novērtējumus dažādos datumos: kopvērtējuma un jomu"
        " izmaiņas, uzlabotos un pasliktinātos jautājumus, novērstās un jaunās nepilnības. Katru"
        " failu vērtē atbilstoši tajā norādītajai jautājumu kopas versijai; ja versija mainījusies,"
        " tiek uzskaitīti pievienotie un izņemtie jautājumi, un vērtējumus salīdzina pēc abiem"
        " kopīgajiem jautājumiem."
    ),
    "ui.cli.compare.old": "agrākais novērtējuma fails (JSON)",
    "ui.cli.compare.new": (
        "vēlākais novērtējuma fails (JSON); lai redzētu tendenci, norādiet trīs un vairāk failu,"
        " sākot ar agrāko: tabula un līniju diagramma katrai jomai"
    ),
    "ui.cli.compare.output": "rakstīt salīdzinājumu šajā failā: .txt, .md, .json vai .html",
    "ui.cli.compare.questionnaire": (
        "vērtēt abus failus atbilstoši šai jautājumu kopai (pēc noklusējuma — katrā failā"
        " norādītajai versijai)"
    ),
    "ui.cli.consensus": "apvienot vairāku vērtētāju failus vienā vienošanās novērtējumā",
    "ui.cli.consensus.about": (
        "Apvieno vairāku vērtētāju failus vienai jautājumu kopai vienā vienošanās novērtējumā"
        " (mediānas līmenis; „neattiecas”, ja tā norāda stingrs vairākums), saglabā to --output"
        " failā un izdrukā jautājumus, par kuriem vērtētāju viedokļi atšķiras un kas jāapspriež"
        " vispirms."
    ),
    "ui.cli.consensus.files": "vērtētāju faili (JSON), katrs cits novērtējums",
    "ui.cli.consensus.output": (
        "kur rakstīt: .json — vienošanās novērtējumu, .html — lapu katras atšķirības izskatīšanai"
        " ar katra vērtētāja atbildi, pierādījumiem un piezīmi, .md — ziņojumu; var norādīt"
        " vairākas reizes"
    ),
    "ui.cli.consensus.format": "ziņojuma formāts (pēc noklusējuma — text)",
    "ui.cli.consensus.questionnaire": (
        "jautājumu kopa, uz kuru faili atbild (pēc noklusējuma — failos norādītā)"
    ),
    "ui.cli.rollup": "apkopot daudzu struktūrvienību novērtējumus vienā tabulā pa jomām",
    "ui.cli.rollup.about": (
        "Apkopo novērtējumu failus (vai mapes ar tiem, meklējot *.json) vienā tabulā katrai"
        " jautājumu kopai: struktūrvienības pa jomām, iekrāsotas pēc vērtējuma, ar tīkla vidējo,"
        " mazāko, lielāko vērtību un izkliedi katrā jomā, vājākajām jomām un struktūrvienībām un"
        " katru izlaisto vai aizstāto failu. Ja struktūrvienībai ir vairāki faili, tiek ņemts"
        " jaunākais. Nederīgs fails tiek uzrādīts un izlaists; pārējie tiek ieskaitīti."
    ),
    "ui.cli.rollup.paths": "novērtējumu faili vai mapes",
    "ui.cli.rollup.by": (
        "viena rinda katrai struktūrvienībai (noklusējums) vai iestādei (tās struktūrvienību"
        " vērtējumu vidējais)"
    ),
    "ui.cli.rollup.output": (
        "rakstīt šajā failā: .txt, .md, .json, .html, .xlsx, .csv (csv-long) vai .parquet"
        " (xlsx un parquet formātam fails ir obligāts)"
    ),
    "ui.cli.rollup.score": (
        "vērtējumi, ko tabula rāda un pēc kuriem kārto (pēc noklusējuma — claimed, norādītie)"
    ),
    "ui.cli.rollup.questionnaire": (
        "jautājumu kopa failiem, kas norāda tās identifikatoru (var norādīt vairākkārt; pēc"
        " noklusējuma — iebūvētā kopa failā norādītajā versijā)"
    ),
    "ui.cli.rollup.jobs": (
        "darba procesu skaits lieliem kopsavilkumiem (pēc noklusējuma 0 — viens katram"
        " procesoram, ko šis process drīkst izmantot, ja failu ir vairāk nekā 2000)"
    ),
    "ui.cli.rollup.superseded": (
        "rakstīt arī visus aizstātos failus šajā CSV failā, norādot, kurš fails ņemts vērā to vietā"
    ),
    "ui.cli.rollup.cache": (
        "glabāt katra faila vērtējumus šajā mapē un atkārtoti lasīt tikai mainītos failus (bez"
        " mapes — lietotāja kešatmiņas mapē)"
    ),
    "ui.cli.template": (
        "saglabāt jautājumu kopu kā izklājlapas veidlapu (.xlsx), ko aizpildīt bez rīka"
    ),
    "ui.cli.template.about": (
        "Saglabā jautājumu kopu kā Excel veidlapu: kontekstu (iestādi, struktūrvienību, vērtētāju,"
        " datumu) pirmajā lapā, tad pa rindai katram jautājumam ar atbilžu sarakstu un kolonnām"
        " „neattiecas”, pierādījumiem un piezīmēm. Nosūtiet to filiālēm, kurām nav cse-assess;"
        " aizpildītu veidlapu nolasiet ar „cse-assess import”. Esošu failu aizstāj tikai ar"
        " --force."
    ),
    "ui.cli.template.questionnaire": (
        "jautājumu kopa: iebūvētas kopas identifikators, ID@VERSIJA vai kopas fails"
    ),
    "ui.cli.template.output": "saglabājamā veidlapa (.xlsx)",
    "ui.cli.template.force": (
        "aizstāt veidlapu, ja fails jau pastāv (aizpildīta veidlapa tiek zaudēta)"
    ),
    "ui.cli.import": "nolasīt aizpildītu izklājlapas veidlapu novērtējuma failā",
    "ui.cli.import.about": (
        "Nolasa ar „cse-assess template” izveidotu un aizpildītu veidlapu, pārbauda katru šūnu un"
        " saglabā novērtējuma failu. Katra kļūdainā šūna tiek uzrādīta formā Lapa!Šūna: problēma,"
        " visas uzreiz; tad nekas netiek saglabāts un izejas kods ir 2. Tukšs jautājums paliek"
        " neatbildēts."
    ),
    "ui.cli.import.form": "aizpildītā veidlapa (.xlsx)",
    "ui.cli.import.output": "saglabājamais novērtējuma fails (.json)",
    "ui.cli.import.questionnaire": (
        "jautājumu kopa, no kuras veidlapa izveidota, ja tā nav iebūvēta (pēc noklusējuma —"
        " veidlapā norādītā)"
    ),
    "ui.cli.plan": "parādīt rīcības plāna izpildi pa atbildīgajiem, kā to papildinājusi komanda",
    "ui.cli.plan.about": (
        "Nolasa rīcības plānu, ko izveidoja „score -o plan.xlsx” un papildināja komanda"
        " (atbildīgais, termiņš, statuss, komentārs), pārbauda katru šūnu un parāda, kas izpildīts,"
        " kas nokavēts, kas tiek darīts un kas nav sākts, pa atbildīgajiem."
    ),
    "ui.cli.plan.file": "rīcības plāns (.xlsx)",
    "ui.cli.plan.today": ("noteikt nokavējumu šajā dienā, GGGG-MM-DD (pēc noklusējuma — šodien)"),
    "ui.cli.plan.output": "rakstīt izpildi šajā failā: .txt, .md vai .json",
    "ui.cli.plan.questionnaire": (
        "pārbaudīt plāna jautājumu identifikatorus pēc šīs jautājumu kopas"
    ),
    "ui.cli.argparse.usage": "lietojums: ",
    "ui.cli.argparse.positionals": "pozicionālie argumenti",
    "ui.cli.argparse.options": "opcijas",
    "ui.cli.argparse.help": "parādīt šo palīdzību un beigt",
    "ui.cli.argparse.error": "{prog}: kļūda: {message}",
    "ui.cli.argparse.ambiguous": "neviennozīmīga opcija: %(option)s var nozīmēt %(matches)s",
    "ui.cli.argparse.argument": "arguments %(argument_name)s: %(message)s",
    "ui.cli.argparse.at_least_one": "vajadzīga vismaz viena vērtība",
    "ui.cli.argparse.at_most_one": "atļauta ne vairāk kā viena vērtība",
    "ui.cli.argparse.one": "vajadzīga viena vērtība",
    "ui.cli.argparse.count": "vajadzīgo vērtību skaits: %s",
    "ui.cli.argparse.ignored": "lieka vērtība %r netiek ņemta vērā",
    "ui.cli.argparse.invalid_value": "nederīga %(type)s vērtība: %(value)r",
    "ui.cli.argparse.invalid_choice": "nederīga izvēle: %(value)r (izvēlieties no %(choices)s)",
    "ui.cli.argparse.not_allowed": "nav atļauts kopā ar argumentu %s",
    "ui.cli.argparse.one_required": "vajadzīgs viens no argumentiem %s",
    "ui.cli.argparse.required": "nav norādīti obligātie argumenti: %s",
    "ui.cli.argparse.unrecognized": "nezināmi argumenti: %s",
    "ui.cli.argparse.cannot_open": "nevar atvērt „%(filename)s”: %(error)s",
    "ui.cli.argparse.unknown_parser": "nezināma komanda %(parser_name)r (iespējamās: %(choices)s)",
    "ui.syntax.mapping_values": (
        "šeit nav atļauta atslēga ar vērtību (pārbaudiet atkāpes; tekstu ar „: ” ielieciet pēdiņās)"
    ),
    "ui.syntax.expected_key": "šeit bija gaidīta atslēga (pārbaudiet atkāpes)",
    "ui.syntax.unclosed_list": "saraksts nav noslēgts: trūkst „,” vai „]”",
    "ui.syntax.unclosed_mapping": "kartējums nav noslēgts: trūkst „,” vai aizverošās figūriekavas",
    "ui.syntax.expected_item": "šeit bija gaidīts saraksta elements („- ”)",
    "ui.syntax.list_item": "šeit nav atļauts saraksta elements (pārbaudiet atkāpes)",
    "ui.syntax.unexpected_end": "fails beidzas par agru (nav aizvērtas pēdiņas vai iekava)",
    "ui.syntax.bad_character": (
        "rakstzīme, ar kuru nevar sākties vērtība (tabulācija, „@” vai „`”?)"
    ),
    "ui.syntax.tab": "tabulācija šeit nav atļauta; atkāpēm izmantojiet atstarpes",
    "ui.syntax.undefined_alias": "aizstājvārds („*nosaukums”), kam nav atbilstoša enkura",
    "ui.syntax.duplicate_anchor": "enkurs („&nosaukums”) definēts divreiz",
    "ui.syntax.bad_escape": "nezināma atsoļa virkne pēc „\\” tekstā pēdiņās",
    "ui.syntax.two_documents": "failā ir vairāk nekā viens dokuments („---”)",
    "ui.syntax.tag": "tags („!nosaukums”) nav atļauts",
    "ui.syntax.bad_value": "vērtība, ko nevar nolasīt (nepareizi uzrakstīts datums vai skaitlis?)",
    "ui.syntax.duplicate_key": "atslēga ir norādīta divreiz",
    "ui.syntax.expected_name": (
        "bija gaidīts nosaukums dubultpēdiņās (lieks komats vai atslēga bez pēdiņām?)"
    ),
    "ui.syntax.expected_colon": "pēc nosaukuma bija gaidīts „:”",
    "ui.syntax.expected_comma": "starp divām vērtībām bija gaidīts „,”",
    "ui.syntax.expected_value": "šeit bija gaidīta vērtība",
    "ui.syntax.unterminated_string": 'teksts nav noslēgts: trūkst „"”',
    "ui.syntax.control_character": "rindas pārnesums vai cita vadības rakstzīme tekstā pēdiņās",
    "ui.syntax.extra_data": "aiz dokumenta beigām ir vēl teksts",
    "ui.syntax.trailing_comma": "komats pirms aizverošās iekavas",
    "ui.syntax.other": "sintakses kļūda",
    # --- the command line: errors ---------------------------------------------------------------
    "output_extension": (
        "{path}: šī komanda nevar rakstīt „{extension}” failus; tā raksta {allowed}"
    ),
    "output_pdf": (
        "{path}: cse-assess neraksta PDF; saglabājiet ziņojumu .html formātā un pārlūkā izdrukājiet"
        " to PDF failā (tas ir sagatavots drukāšanai). Šī komanda raksta {allowed}"
    ),
    "output_format_mismatch": (
        "{path}: nosaukums norāda „{extension}”, bet --format prasa {format}; norādiet nosaukumu ar"
        " formātam atbilstošu paplašinājumu"
    ),
    "output_is_input": (
        "{path}: šis ir viens no failiem, ko komanda lasa; izvēlieties citu izvades nosaukumu, lai"
        " tas netiktu pārrakstīts"
    ),
    "binary_needs_output": "{format} formāts ir binārs fails: norādiet --output CEĻŠ.{format}",
    "score_needs_file": "norādiet novērtējuma FAILU vai --example iebūvētajam piemēram",
    "score_file_and_example": "norādiet FAILU vai --example, nevis abus",
    "output_folder_csv": "{path} ir mape: mapē raksta tikai CSV failu kopu (--format csv)",
    "plan_bad_today": "--today {value}: nav datums; norādiet to formā GGGG-MM-DD",
    "validate_bank_invalid": (
        "{path}: nav pārbaudīts: jautājumu kopā {bank} ir kļūdas (tās uzrādītas pie kopas)"
    ),
    "template_exists": (
        "{path}: fails jau pastāv (aizpildīta veidlapa?); norādiet citu nosaukumu vai --force, lai"
        " to aizstātu"
    ),
    "consensus_same_file": (
        "{path}: tas pats fails, kas {other}; katra vērtētāja novērtējumu norāda vienreiz"
    ),
    "consensus_same_content": (
        "{path}: tas pats novērtējums, kas {other} (faili ir vienādi); katra vērtētāja novērtējumu"
        " norāda vienreiz"
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
    "ui.explain.unproven_level": "nav pierādījumu: ieskaitīts kā līmenis {level}",
    "ui.explain.unproven_zero": "nav pierādījumu: ieskaitīts kā 0",
    "ui.explain.band": "{band} (vērtējums {score})",
    "ui.explain.withheld_coverage": (
        "līmenis netiek noteikts: {needed:plural:vajadzīga|vajadzīgas} vēl {needed}"
        " {needed:plural:atbilde|atbildes}"
    ),
    "ui.explain.withheld_na": "līmenis netiek noteikts: pārāk daudz atbilžu „neattiecas”",
    "ui.explain.withheld_nothing": "līmenis netiek noteikts: nav ko vērtēt",
    "ui.explain.cap": (
        "ne augstāks par „{band}”, kamēr kritiskajos jautājumos nav sasniegta mērķa vērtība"
    ),
    "condition_operator_kind": (
        "'{operator}' nevar pārbaudīt jautājumu '{question}'; tā pārbaudes: {allowed}"
    ),
    "condition_in_list": "pārbaudei 'in' vajadzīgs jautājuma '{question}' atbilžu saraksts",
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
        "{name} ir ierobežots līdz „{band}”: tas būtu augstāks, taču šie kritiskie jautājumi nav "
        "atbildēti vai nesasniedz mērķa vērtību:"
    ),
    "ui.report.chart_title": "Norādītais un pierādītais vērtējums pa jomām ar mērķa vērtību",
    "ui.report.chart_desc": (
        "Horizontāli stabiņi skalā no 0 līdz 100, divi katrai jomai: norādītais vērtējums un "
        "pierādītais vērtējums; sarkana atzīme rāda jomas mērķa vērtību. Tabulā zemāk ir tie "
        "paši skaitļi."
    ),
    "ui.report.chart_label": (
        "{area}: norādītais {claimed}, pierādītais {verified}, mērķa vērtība {target}"
    ),
    "ui.report.axis": "Vērtējums, 0–100",
    "ui.report.table_caption": (
        "Vērtējumi pa jomām (0–100), jomu mērķa vērtības, atbildētie jautājumi un atbildes "
        "„neattiecas”"
    ),
    "ui.report.gaps_intro": (
        "Vispirms augstākā prioritāte: punkti, ko dotu katras nepilnības novēršana. Prioritāte = "
        "svars × (iztrūkums + {proof:n} × nepierādītā daļa) / 100, kritiskiem jautājumiem × "
        "{factor:n}; ja prioritātes vienādas, vispirms kritiskie jautājumi, tad jautājumu kopas "
        "secībā."
    ),
    "ui.report.overview": "Nepilnību pārskats",
    "ui.report.register_intro": (
        "Katrs jautājums ar atbildi, norādītajiem pierādījumiem, piezīmi vai pamatojumu atbildei "
        "„neattiecas” un atzīmi, vai atbildei vajadzīgie pierādījumi ir norādīti, pa jomām."
    ),
    "ui.report.register_empty": "Šajā jomā pierādījumi nav norādīti.",
    "ui.report.register_count": (
        "{count} {count:plural:pierādījums|pierādījumi} {questions}"
        " {questions:plural:jautājumam|jautājumiem}."
    ),
    "ui.report.answer": "Atbilde",
    "ui.report.method_text": (
        "Katra atbilde tiek novērtēta no 0 līdz 100. Jomas vērtējums ir tās atbildēto jautājumu "
        "vidējais svērtais, bet kopvērtējums ir jomu vidējais svērtais; jautājumi ar atbildi "
        "„neattiecas” netiek ņemti vērā. Norādītais vērtējums ņem katru atbildi tā, kā tā dota. "
        "Pierādītais vērtējums ieskaita tikai to, ko apliecina pierādījumi: atbilde līmenī, "
        "kuram vajadzīgi pierādījumi, bet kas dota bez tiem, tiek ieskaitīta zemāk."
    ),
    "ui.report.method_cap": (
        "Kamēr kāds kritisks jautājums nav atbildēts vai pierādītajā vērtējumā nesasniedz mērķa "
        "vērtību, {name_lower} nevar būt augstāks par „{band}”, lai kāds būtu vērtējums."
    ),
    "ui.report.method_gaps": (
        "Nepilnība ir jautājums, kas nav atbildēts, nesasniedz mērķa vērtību vai to sasniedz bez "
        "vajadzīgajiem pierādījumiem („mērķa vērtība sasniegta, vēl nav pierādīta”). Tās "
        "prioritāte ir punkti, ko dotu tās novēršana: svars × (iztrūkums + {proof:n} × nepierādītā "
        "daļa) / 100, kritiskiem jautājumiem × {factor:n}. Ja prioritātes vienādas, vispirms "
        "kritiskie jautājumi, tad jautājumu kopas secībā."
    ),
    "ui.report.generated": "Sagatavots ar cse-assess {version}.",
    "ui.report.method_band": (
        "Vērtējumā, pēc kura nosaka, kāds ir {name_lower}, katrs neatbildētais jautājums tiek "
        "ieskaitīts kā 0, tāpēc neatbildēts jautājums līmeni nekad nepaaugstina. Līmenis netiek "
        "noteikts, kamēr atbildēti mazāk nekā {coverage} jautājumu vai vairāk nekā {na} atbilžu ir "
        "„neattiecas”; līdz tam vērtējumi ir provizoriski."
    ),
    "ui.report.withheld_coverage": (
        "Līmenis vēl nav nosakāms: vajadzīgas vēl {needed} {needed:plural:atbilde|atbildes}"
    ),
    "ui.report.withheld_na": (
        "Līmenis nav nosakāms: pārāk daudz atbilžu „neattiecas” ({na}; pieļaujams ne vairāk kā "
        "{max:%})"
    ),
    "ui.report.withheld_nothing": "Līmenis nav nosakāms: nav ko vērtēt",
    "ui.report.withheld_hint": "Līmeņa noteikšanai jāatbild vismaz {coverage} jautājumu.",
    "ui.report.provisional": "provizorisks",
    "ui.report.provisional_note": "Vērtējumi ir provizoriski, kamēr līmenis nav nosakāms.",
    "ui.report.na_count": "{count} „neattiecas”",
    "ui.report.next": "Kas jādara vispirms: svarīgākās nepilnības",
    "ui.report.first_action": "Pirmā rīcība",
    "ui.report.gap_line": "{current} → mērķa vērtība {target} · prioritāte {priority}",
    "ui.report.more_gaps": "Vēl {count} {count:plural:nepilnība|nepilnības} pielikumā",
    "ui.report.strong_areas": "Spēcīgākās jomas (pierādītais vērtējums)",
    "ui.report.strong_answers": "Spēcīgākās atbildes (mērķa vērtība sasniegta un pierādīta)",
    "ui.report.none_yet": "pagaidām nav",
    "ui.report.since": "Kopš iepriekšējā novērtējuma",
    "ui.report.previous_is": "Iepriekšējais novērtējums: {previous}",
    "ui.report.changes": "Izmaiņas",
    "ui.report.changes_value": (
        "{improved} {improved:plural:jautājumā|jautājumos} uzlabojums, {regressed} — "
        "pasliktinājums; nepilnības: {closed} novērstas, {opened} jaunas"
    ),
    "ui.report.improved": "Uzlabojās",
    "ui.report.regressed": "Pasliktinājās",
    "ui.report.made": (
        "Ziņojums sagatavots {made} par {date} novērtējumu; jautājumu kopa {bank} {version}; "
        "cse-assess {tool}."
    ),
    "ui.report.skip": "Pāriet uz ziņojumu",
    "ui.report.na_answers": "Atbildes „neattiecas”",
    "ui.report.na_none": "Nevienam jautājumam nav atbildes „neattiecas”.",
    "ui.report.na_intro": (
        "Šie jautājumi vērtējumā netiek ņemti vērā; katram norādīts sniegtais pamatojums."
    ),
    "ui.report.marked": "Jautājumi ar atzīmi „pārbaudīt vēlāk”",
    "ui.report.marked_intro": (
        "Jautājumi, kuriem vērtētājs pievienojis atzīmi „pārbaudīt vēlāk”, ar sniegto atbildi un"
        " to, kas jāpārbauda. Atzīme vērtējumu nemaina; melnraksts ir atbilde, kuras sniegšana"
        " tika pārtraukta, pirms tā bija pabeigta."
    ),
    "ui.report.marked_count": (
        "{count} {count:plural:jautājumam|jautājumiem} ir atzīme „pārbaudīt vēlāk”."
    ),
    "ui.report.marked_drafts": (
        "{drafts} {drafts:plural:atbilde ir melnraksts|atbildes ir melnraksti}:"
        " {drafts:plural:pārtraukta|pārtrauktas}, pirms {drafts:plural:bija pabeigta|bija"
        " pabeigtas}."
    ),
    "ui.report.mark_note": "Kas jāpārbauda",
    "ui.report.mark_draft": "Melnraksts",
    "ui.report.check_later": "Pārbaudīt vēlāk",
    "ui.report.justification": "Pamatojums",
    "ui.report.na_short": "Neattiecas",
    "ui.report.note_or_reason": "Piezīme vai pamatojums",
    "ui.report.note": "Piezīme",
    "ui.report.proof": "Pierādījumu pārbaude",
    "ui.report.proof.given": "pierādījumi norādīti",
    "ui.report.proof.missing": "vajadzīgi pierādījumi, nav norādīti",
    "ui.report.proof.not_needed": "pierādījumi nav vajadzīgi",
    "ui.report.owner_is": "atbildīgais: {owner}",
    "ui.report.due_is": "termiņš {due}",
    "ui.report.status_word": "Statuss",
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
    "ui.report.comment": "Komentārs",
    "ui.plan.state.done": "izpildīts",
    "ui.plan.state.late": "nokavēts",
    "ui.plan.state.in_progress": "tiek īstenots",
    "ui.plan.state.not_started": "nav uzsākts",
    "ui.plan.title": "Rīcības plāns {path}: izpilde {today}",
    "ui.plan.total": "Kopā",
    "ui.plan.no_owner": "(nav atbildīgā)",
    "ui.plan.late": "Nokavētās rīcības (termiņš pagājis, nav izpildītas):",
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
    "ui.trend.title": "Tendence {count} novērtējumos",
    "ui.trend.change": "Izmaiņas no pirmā līdz pēdējam (kopvērtējums, norādītais)",
    "ui.trend.claimed_note": (
        "Norādītie vērtējumi (0–100), katrs pēc savas jautājumu kopas versijas; diagrammās "
        "redzams arī pierādītais vērtējums."
    ),
    "ui.trend.table": "Vērtējumi pa datumiem",
    "ui.trend.charts": "Katra joma laika gaitā",
    "ui.trend.key": (
        "raustīta līnija: norādītais vērtējums; nepārtraukta līnija: pierādītais vērtējums"
    ),
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
    "ui.consensus.assessor": "Vērtētājs",
    # --- roll-up: errors --------------------------------------------------------------------------
    "rollup_no_files": "norādītajās vietās nav atrasts neviens novērtējuma fails (*.json): {paths}",
    "rollup_nothing_counted": (
        "kopsavilkumā nevarēja iekļaut nevienu novērtējumu: izlaisti visi faili ({count};"
        " uzskaitīti iepriekš)"
    ),
    "rollup_missing": "šāda faila vai mapes nav",
    "rollup_parquet_missing": (
        "parquet formātam vajadzīga bibliotēka pyarrow: pip install 'cse-assess[parquet]'"
    ),
    "ui.rollup.cache_unusable": (
        "kešatmiņu {path} nevar izmantot ({reason}): visi faili tiek lasīti pilnībā"
    ),
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
        "Krāsas atbilst jautājumu kopas līmeņiem pēc redzamā skaitļa; – nav vērtējuma."
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
    "ui.rollup.more_skipped": (
        "... un vēl {count}: formātos json, html, markdown un xlsx uzskaitīti pirmie {kept}."
    ),
    "ui.rollup.more_superseded": "... un vēl {count}: visus uzskaita --superseded FAILS.csv.",
    "ui.rollup.more_not_listed": (
        "... un vēl {count}, kas šeit nav uzskaitīti: uzskaitīti pirmie {kept}."
    ),
    "ui.rollup.no_rows": "Kopsavilkumā nevarēja iekļaut nevienu novērtējumu.",
    "ui.rollup.category.unreadable": "nevar nolasīt",
    "ui.rollup.category.not_json": "nav JSON",
    "ui.rollup.category.not_assessment": "nav novērtējuma fails",
    "ui.rollup.category.unknown_bank": "nezināma jautājumu kopa",
    "ui.rollup.category.invalid": "neatbilst savai jautājumu kopai",
    "ui.rollup.skipped_count": "{reason}: {count}",
    "ui.rollup.sheet_skipped": "izlaisti",
    "ui.rollup.sheet_superseded": "aizstāti",
    "ui.rollup.no_band_mark": "(līmenis vēl nav nosakāms: {count})",
    "ui.rollup.legend_bands": (
        "Krāsas atbilst jautājumu kopas līmeņiem pēc redzamā skaitļa; – nav vērtējuma."
    ),
    "ui.rollup.withheld_note": (
        "Struktūrvienībām ar atzīmi „līmenis vēl nav nosakāms” ir pārāk maz atbilžu (vai pārāk "
        "daudz atbilžu „neattiecas”), lai noteiktu līmeni: to vērtējumi ir provizoriski un "
        "parādīti atsevišķi; {count} {count:plural:rinda|rindas} netiek ņemtas vērā tīkla "
        "vidējā, minimālā, maksimālā vērtējuma un izkliedes aprēķinā."
    ),
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
        "Kritisks jautājums: kamēr atbildē nav sasniegta mērķa vērtība, līmenis ir ierobežots."
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
        " Aizpildītu veidlapu importējiet ar komandu: {command}"
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
    "forms_unreadable": (
        "nav nolasāma Excel darbgrāmata (.xlsx); bibliotēkas ziņojums (angliski): „{reason}”"
    ),
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
    "plan_no_columns": (
        "rīcības plāna virsrakstu rindā trūkst kolonnu {columns}; vai šis ir plāns, kas "
        "izveidots ar 'cse-assess score -o plan.xlsx'?"
    ),
    "plan_no_question": (
        "šajā rindā ir ieraksti, bet nav jautājuma identifikatora; rīcība attiecas uz kādu plāna "
        "nepilnību"
    ),
    "plan_duplicate": "jautājums '{id}' norādīts divreiz (pirmoreiz {first}. rindā)",
    "plan_unknown_question": "'{id}' nav šīs jautājumu kopas jautājums",
    "plan_bad_status": "'{value}' nav rīcības statuss; atļautie: {allowed}",
    "plan_bad_date": "'{value}' nav datums; rakstiet to formā GGGG-MM-DD, piemēram, 2027-03-31",
}

TERMS: dict[str, str] = {
    "os_not_found": "šāda faila vai mapes nav",
    "os_permission": "nav atļaujas",
    "os_no_space": "diskā vairs nav brīvas vietas",
    "os_quota": "diska kvota ir izlietota",
    "os_read_only": "disks vai mape ir tikai lasāma",
    "os_not_folder": "kāda ceļa daļa nav mape",
    "os_name_too_long": "nosaukums ir pārāk garš",
    "os_link_loop": "saites norāda cita uz citu cilpā",
    "os_io": "disks ziņoja par lasīšanas vai rakstīšanas kļūdu",
    "os_busy": "failu izmanto cita programma",
    "os_exists": "fails jau pastāv",
    "text": "teksts",
    "number": "skaitlis",
    "integer": "vesels skaitlis",
    "boolean": "true vai false",
    "list": "saraksts",
    "mapping": "atslēgu un vērtību kartējums",
    "null": "null",
    "date": "datums",
    "other": "cits datu tips",
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
