"""Labels used only by the management reports (HTML, CSV, XLSX), in English and Latvian.

Merged into :mod:`cse_assess.i18n.messages` under the ``ui.`` prefix, so ``t("key", lang)`` finds
them like any other label. Pure data: no imports. Terms follow the project glossary
(claimed = norādītais, verified = pierādītais, gap = nepilnība, evidence register =
pierādījumu reģistrs, action plan = rīcības plāns, owner / due date / status = atbildīgais /
termiņš / statuss).
"""

LABELS: dict[str, tuple[str, str]] = {
    # "ui.key": ("English", "Latvian"),
    # --- the HTML report -------------------------------------------------------------------
    "ui.report.kind": ("Self-assessment report", "Pašnovērtējuma ziņojums"),
    "ui.report.contents": ("Contents", "Saturs"),
    "ui.report.summary": ("Summary", "Kopsavilkums"),
    "ui.report.area_scores": ("Scores by area", "Vērtējumi pa jomām"),
    "ui.report.evidence_register": ("Evidence register", "Pierādījumu reģistrs"),
    "ui.report.method": ("Method", "Metode"),
    "ui.report.overall": ("Overall", "Kopvērtējums"),
    "ui.report.out_of": ("out of 100", "no 100"),
    "ui.report.print_hint": (
        "To keep this report as a PDF, print it (Ctrl+P) and choose “Save as PDF”.",
        "Lai saglabātu šo ziņojumu kā PDF, izdrukājiet to (Ctrl+P) un izvēlieties"
        " „Saglabāt kā PDF”.",
    ),
    "ui.report.coverage_sub": (
        "{answered} of {applicable} questions answered",
        "atbildēti {answered} no {applicable} jautājumiem",
    ),
    "ui.report.gap_count": ("Gaps to close", "Novēršamās nepilnības"),
    "ui.report.gap_count_value": (
        "{count}, critical: {critical}",
        "{count}, kritiskas: {critical}",
    ),
    "ui.report.cap_note": (
        "The readiness band can be no higher than “{band}” while these critical questions are"
        " open:",
        "Gatavības līmenis nevar būt augstāks par „{band}”, kamēr nav izpildīti šie kritiskie"
        " jautājumi:",
    ),
    "ui.report.chart_title": (
        "Claimed and verified score by area",
        "Norādītais un pierādītais vērtējums pa jomām",
    ),
    "ui.report.chart_desc": (
        "Horizontal bars on a scale from 0 to 100, two for each area: the claimed score and the"
        " verified score. The table below gives the same numbers.",
        "Horizontāli stabiņi skalā no 0 līdz 100, divi katrai jomai: norādītais vērtējums un"
        " pierādītais vērtējums. Tabulā zemāk ir tie paši skaitļi.",
    ),
    "ui.report.chart_label": (
        "{area}: claimed {claimed}, verified {verified}",
        "{area}: norādītais {claimed}, pierādītais {verified}",
    ),
    "ui.report.axis": ("Score, 0–100", "Vērtējums, 0–100"),
    "ui.report.table_caption": (
        "Scores by area (0–100) and the questions answered",
        "Vērtējumi pa jomām (0–100) un atbildētie jautājumi",
    ),
    "ui.report.gaps_intro": (
        "Highest priority first. Priority = weight × (target score − verified score) / 100,"
        " doubled for critical questions.",
        "Vispirms augstākā prioritāte. Prioritāte = svars × (mērķa vērtējums − pierādītais"
        " vērtējums) / 100, kritiskiem jautājumiem divkāršota.",
    ),
    "ui.report.overview": ("Gaps at a glance", "Nepilnību pārskats"),
    "ui.report.register_intro": (
        "Every evidence reference given in the answers, by area.",
        "Visi atbildēs norādītie pierādījumi pa jomām.",
    ),
    "ui.report.register_empty": (
        "No evidence given in this area.",
        "Šajā jomā pierādījumi nav norādīti.",
    ),
    "ui.report.register_count": (
        "{count} evidence references for {questions} questions.",
        "{count} pierādījumi {questions} jautājumiem.",
    ),
    "ui.report.answer": ("Answer", "Atbilde"),
    "ui.report.method_text": (
        "Each answer is scored from 0 to 100. An area's score is the weighted average of its"
        " answered questions, and the overall score the weighted average of the areas;"
        " unanswered and not applicable questions are left out, and coverage shows how many"
        " were answered. The claimed score takes every answer as given. The verified score"
        " counts only what is backed by evidence: an answer at a level that needs evidence,"
        " given without any, counts as the highest level that needs none. The readiness band"
        " follows the score.",
        "Katra atbilde tiek novērtēta no 0 līdz 100. Jomas vērtējums ir tās atbildēto"
        " jautājumu vidējais svērtais, bet kopvērtējums ir jomu vidējais svērtais; neatbildētie"
        " un neattiecināmie jautājumi netiek ņemti vērā, un aptvērums rāda, cik jautājumu ir"
        " atbildēti. Norādītais vērtējums ņem katru atbildi tā, kā tā dota. Pierādītais"
        " vērtējums ieskaita tikai to, ko apliecina pierādījumi: atbilde līmenī, kuram"
        " vajadzīgi pierādījumi, bet kas dota bez tiem, tiek ieskaitīta kā augstākais līmenis,"
        " kuram pierādījumi nav vajadzīgi. Gatavības līmeni nosaka vērtējums.",
    ),
    "ui.report.method_cap": (
        "While a critical question is unanswered or below its target in the verified score,"
        " the band can be no higher than “{band}”, whatever the score.",
        "Kamēr kāds kritisks jautājums nav atbildēts vai pierādītajā vērtējumā ir zem mērķa"
        " līmeņa, gatavības līmenis nevar būt augstāks par „{band}”, lai kāds būtu vērtējums.",
    ),
    "ui.report.method_gaps": (
        "A gap is a question that is unanswered, below its target in the verified score, or"
        " claimed without evidence. Gaps are ordered by priority: weight × (target score −"
        " verified score) / 100, doubled for critical questions.",
        "Nepilnība ir jautājums, kas nav atbildēts, pierādītajā vērtējumā ir zem mērķa līmeņa"
        " vai norādīts bez pierādījumiem. Nepilnības sakārtotas pēc prioritātes: svars ×"
        " (mērķa vērtējums − pierādītais vērtējums) / 100, kritiskiem jautājumiem divkāršota.",
    ),
    "ui.report.generated": (
        "Prepared with cse-assess {version}.",
        "Sagatavots ar cse-assess {version}.",
    ),
    # --- the action plan (CSV, XLSX) --------------------------------------------------------
    "ui.report.action_plan": ("Action plan", "Rīcības plāns"),
    "ui.report.question_id": ("Question id", "Jautājuma identifikators"),
    "ui.report.current_level": ("Current answer", "Pašreizējā atbilde"),
    "ui.report.target_level": ("Target", "Mērķa vērtība"),
    "ui.report.owner": ("Owner", "Atbildīgais"),
    "ui.report.due_date": ("Due date", "Termiņš"),
    "ui.report.status": ("Status", "Statuss"),
    "ui.report.status.not_started": ("Not started", "Nav uzsākts"),
    "ui.report.status.in_progress": ("In progress", "Tiek īstenots"),
    "ui.report.status.done": ("Done", "Izpildīts"),
    "ui.report.status_prompt": (
        "Choose a status from the list.",
        "Izvēlieties statusu no saraksta.",
    ),
    "ui.report.due_date_prompt": (
        "Enter a date, for example 2027-03-31.",
        "Ievadiet datumu, piemēram, 2027-03-31.",
    ),
    # --- the spreadsheet's other sheets ------------------------------------------------------
    "ui.report.item": ("Item", "Rādītājs"),
    "ui.report.value": ("Value", "Vērtība"),
    "ui.report.critical_gaps": ("Critical gaps", "Kritiskās nepilnības"),
    "ui.report.capped_by": ("Band capped by", "Līmeni ierobežo"),
    "ui.report.evidence_item": ("Evidence reference", "Pierādījums"),
}
