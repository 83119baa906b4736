"""The English wording of every message and term, keyed by its stable code.

Pure data, loaded the first time an English message is shown. Each code has its Latvian twin in
:mod:`cse_assess.i18n.lv`, in the same order and with the same placeholders; the template syntax
(``{count:plural:question|questions}``, ``{score:.1f}``) is described in
:mod:`cse_assess.i18n._catalogue`. Codes: ``ui.<key>`` labels the interface and the reports
(``ui.report.``, ``ui.compare.``, ``ui.consensus.``, ``ui.rollup.``, ``ui.forms.``); the others
are problems and warnings. British spelling; one term for one idea, as in the project glossary.
"""

MESSAGES: dict[str, str] = {
    # --- reading files ----------------------------------------------------------------------------
    "file_missing_named": "{path}: file not found",
    "cannot_write": "{path}: cannot write the file: {reason}",
    "file_unreadable": "cannot read the file: {reason}",
    "file_not_utf8": "the file is not UTF-8 text (byte {position})",
    "file_too_large": (
        "the file is {size} {size:plural:byte|bytes}; at most {limit} {limit:plural:byte is|bytes"
        " are} accepted"
    ),
    "file_changed": (
        "{path} was changed on disk after it was read (by another session or by hand), so it"
        " was not overwritten; save to another file, or open it again to go on from what it"
        " holds now"
    ),
    "text_not_unicode": (
        "the text is not valid Unicode: it holds half of a character (a lone surrogate)"
    ),
    "yaml_syntax": "not valid YAML: {reason}",
    "json_syntax": "not valid JSON: {reason}",
    "yaml_too_many_nodes": (
        "the document expands to more than {limit} {limit:plural:value|values} (too many YAML"
        " aliases?); refused"
    ),
    "yaml_too_deep": "the document nests deeper than {limit} {limit:plural:level|levels}; refused",
    "yaml_duplicate_key": "key '{key}' appears twice (first on line {first})",
    "yaml_key_not_text": "a key must be text, not {got}",
    "empty_document": "the file is empty",
    "too_many_problems": (
        "... and {count} more {count:plural:problem|problems} (only the first {shown} are listed)"
    ),
    # --- structure --------------------------------------------------------------------------------
    "expected_type": "expected {expected}, got {got}",
    "missing_key": "required key '{key}' is missing",
    "unknown_key": "unknown key '{key}'; allowed: {allowed}",
    "bad_pattern": "'{value}' is not a valid {what}: {rule}",
    "id_too_long": (
        "{what} '{value}' has {length} {length:plural:character|characters}; at most {limit}"
        " {limit:plural:is|are} allowed"
    ),
    "not_in_choices": "'{value}' is not allowed; allowed: {allowed}",
    "out_of_range": "{value} is out of range; allowed: {allowed}",
    "empty_list": "the list must not be empty",
    "empty_text": "the text must not be empty",
    "not_finite": "expected a finite number; NaN and infinity are not numbers here",
    "number_too_large": "the number is too large to be a value here (more than 300 digits)",
    "missing_language": "the '{lang}' text is missing (the bank's languages: {languages})",
    "unknown_language": "language '{lang}' is not one of the bank's languages: {languages}",
    "duplicate_id": "id '{id}' is used twice (first on line {first})",
    "wrong_format": "this is not a {expected} file (format is '{got}')",
    "unsupported_format_version": (
        "format_version {got} is not supported; this version of cse-assess reads {supported}"
    ),
    # --- bank semantics ---------------------------------------------------------------------------
    "unknown_kind": "unknown question kind '{kind}'; known kinds: {allowed}",
    "unknown_scale": "unknown scale '{scale}'; scales in this bank: {allowed}",
    "scale_required": "the bank has several scales; name one with 'scale:' ({allowed})",
    "scale_too_small": "a scale needs at least two options",
    "scale_not_increasing": "option values must increase: {value} follows {previous}",
    "not_on_scale": "{value} is not a level of scale '{scale}'; allowed: {allowed}",
    "bands_start": "the first band must start at 0, not {value}",
    "bands_not_increasing": "band minimums must increase: {value} follows {previous}",
    "unknown_band": "unknown band '{band}'; bands in this bank: {allowed}",
    "replaces_not_older": (
        "'replaces' must name an earlier version than this one: {old} is not before {new}"
    ),
    "replaces_unknown": (
        "'replaces' maps to question '{question}', which this version does not have"
    ),
    "na_when_without_na": (
        "'na_when' says when the question does not apply, but N/A is not allowed here (allow_na:"
        " false)"
    ),
    "question_id_prefix": "question id '{id}' must start with its area id: '{area}.'",
    "weight_positive": "a weight must be greater than 0, not {value}",
    "unknown_ref": "'{value}' is not a {framework} criterion; allowed: {allowed}",
    "condition_operator": "a condition needs 'question' and exactly one test; tests: {allowed}",
    "condition_unknown": (
        "the condition refers to question '{question}', which the bank does not have"
    ),
    "condition_later": (
        "the condition refers to question '{question}' (line {line}), which comes later; a"
        " condition can only use answers given before it"
    ),
    "condition_not_numeric": (
        "'{operator}' needs a scale or number question; '{question}' is neither"
    ),
    "condition_not_checklist": "'checked' needs a checklist question; '{question}' is not one",
    "zero_at_side": (
        "zero_at {zero_at} must be {side} the target {target} when direction is {direction}"
    ),
    "target_outside_range": "the target {target} is outside the allowed range {allowed}",
    "range_empty": "min {min} is above max {max}",
    # --- assessment semantics ---------------------------------------------------------------------
    "answer_off_scale": (
        "question {question}: {value} is not a level of the scale; allowed: {allowed}"
    ),
    "answer_wrong_type": "question {question}: expected {expected}, got {got}",
    "unknown_item": "question {question}: unknown item '{item}'; items: {allowed}",
    "duplicate_item": "question {question}: item '{item}' is checked twice",
    "number_out_of_range": "question {question}: {value} is outside the allowed range {allowed}",
    "target_past_zero_at": (
        "targets: question {question}: the target {target} must be {side} the bank's zero_at"
        " {zero_at}, where the score falls to 0"
    ),
    "unknown_target": "targets: question '{question}' is not a number question of bank '{bank}'",
    "na_not_allowed": "question {question} cannot be marked not applicable",
    "na_needs_note": (
        "question {question} is marked not applicable: give the justification in 'note'"
    ),
    "na_with_value": "question {question} is marked not applicable, so its value must be null",
    "bad_date": "'{value}' is not a date in the form YYYY-MM-DD",
    "other_bank": "the file is for question bank '{got}', not '{expected}'",
    # --- warnings ---------------------------------------------------------------------------------
    "warn_unknown_answers": (
        "{count} {count:plural:answer|answers} to questions this bank does not have"
        " {count:plural:was|were} kept as {count:plural:it is|they are}: {ids}"
    ),
    "warn_version": (
        "the file was written for {bank} {old} and is read with {bank} {new}: {unknown}"
        " {unknown:plural:answer|answers} to questions no longer in the bank, {missing}"
        " {missing:plural:question|questions} of the bank not answered in the file (new or still"
        " open)"
    ),
    # --- reports and the interface ----------------------------------------------------------------
    "ui.institution": "Institution",
    "ui.unit": "Unit",
    "ui.assessor": "Assessor",
    "ui.date": "Date",
    "ui.questionnaire": "Question bank",
    "ui.version": "Version",
    "ui.claimed": "Claimed",
    "ui.verified": "Verified",
    "ui.overall_claimed": "Overall score (claimed)",
    "ui.overall_verified": "Overall score (verified)",
    "ui.band": "Readiness band",
    "ui.band_verified": "Band on verified score",
    "ui.capped": "no higher than '{band}' while critical questions are open: {ids}",
    "ui.coverage": "Coverage",
    "ui.coverage_value": (
        "{answered} of {applicable} {applicable:plural:question|questions} answered ({percent})"
    ),
    "ui.areas": "Areas",
    "ui.area": "Area",
    "ui.answered": "Answered",
    "ui.weight": "Weight",
    "ui.no_score": "no score",
    "ui.gaps": "Gaps to close",
    "ui.no_gaps": "No gaps: every question meets its target with evidence.",
    "ui.more_gaps": (
        "... and {count} more: use --gaps 0 to list them all, or --format markdown or json."
    ),
    "ui.priority": "Priority",
    "ui.question": "Question",
    "ui.questions": "Questions",
    "ui.current": "Current",
    "ui.target": "Target",
    "ui.critical": "critical",
    "ui.why": "Why",
    "ui.evidence_to_collect": "Evidence to collect",
    "ui.evidence": "Evidence",
    "ui.action": "Action",
    "ui.next_level": "Next level",
    "ui.missing": "Missing",
    "ui.answer": "Answer",
    "ui.and": "and",
    "ui.or": "or",
    "ui.not": "not",
    "ui.zero_at": "Score 0 at: {value}",
    "ui.asked_when": "Asked only when: {condition}",
    "ui.help": "What good looks like",
    "ui.levels": "Levels",
    "ui.refs": "Sources",
    "ui.na": "not applicable",
    "ui.unanswered": "not answered",
    "ui.reason.unanswered": "not answered",
    "ui.reason.below_target": "below target",
    "ui.reason.no_evidence": "claimed without evidence",
    "ui.bands": "Readiness bands",
    "ui.band_from": "from {min}",
    "ui.explain": "How the scores were computed",
    "ui.id": "Id",
    "ui.title": "Title",
    "ui.valid_bank": (
        "{path}: valid, {areas} {areas:plural:area|areas} and {questions}"
        " {questions:plural:question|questions}"
    ),
    "ui.valid_assessment": (
        "{path}: valid, {answered} of {questions} {questions:plural:question|questions} answered"
    ),
    "ui.warning": "warning",
    "ui.error": "error",
    "ui.internal_error": (
        "internal error: {error}. Please report it; set CSE_ASSESS_DEBUG=1 for details."
    ),
    "ui.interrupted": "interrupted",
    "ui.written": "Written: {path}",
    "ui.example_note": "This is the bundled example of a fictional institution: {path}",
    "ui.band_range": "{low} to under {high}",
    # --- the interactive assessment ---------------------------------------------------------------
    "ui.ask_institution": "Institution",
    "ui.ask_unit": "Unit or branch (may be empty)",
    "ui.ask_assessor": "Assessor (your name)",
    "ui.required": "Please fill this in.",
    "ui.file_is": "Answers are saved after each question to: {path}",
    "ui.file_exists": "{path} already exists. Continue that assessment?",
    "ui.progress": (
        "Area {area} of {areas} · Question {question} of {questions} · {percent} answered"
    ),
    "ui.choose_level": "Your answer",
    "ui.yes": "Yes",
    "ui.no": "No",
    "ui.choice_answer": "Answer",
    "ui.choice_tick": "Tick the items that are in place",
    "ui.choice_enter_number": "Enter the value",
    "ui.checkbox_instruction": "(Space or an item's number ticks, Enter confirms, Esc goes back)",
    "ui.ask_number": "Value ({unit})",
    "ui.not_a_number": "Enter a number, for example 4.2 or 4,2",
    "ui.number_range": "Allowed: {allowed}",
    "ui.target_share": "{percent} of the items",
    "ui.at_least": "at least {value}",
    "ui.at_most": "at most {value}",
    "ui.target_default": "default {value}",
    "ui.checked_count": "{checked} of {total} {total:plural:item|items}",
    "ui.select_instruction": "(arrow keys, then Enter)",
    "ui.confirm_yes": "(Y/n)",
    "ui.confirm_no": "(y/N)",
    "ui.choice_help": "? Help: what good looks like, evidence",
    "ui.choice_na": "Not applicable (give a justification)",
    "ui.choice_skip": "Skip for now",
    "ui.choice_back": "Back to the previous question",
    "ui.current_answer": "current answer: {answer}",
    "ui.ask_na_note": "Why does this question not apply?",
    "ui.ask_evidence": "Evidence {n} (a document, record or link; an empty line ends)",
    "ui.evidence_hint": "This answer needs evidence to count in the verified score. For example:",
    "ui.evidence_keep": "Evidence already recorded:",
    "ui.evidence_what": "What to do with this evidence?",
    "ui.evidence_keep_add": "Keep it and add more",
    "ui.evidence_keep_only": "Keep it as it is",
    "ui.evidence_replace": "Enter it again",
    "ui.ask_note": "Note (optional)",
    "ui.saved": "Saved",
    "ui.resume_with": "Resume with:",
    "ui.all_done": "All questions are answered.",
    "ui.still_open": (
        "{count} {count:plural:question is|questions are} still unanswered; continue later with:"
    ),
    "ui.write_report": "Write this report to a file?",
    "ui.report_path": "File name (.html, .docx, .md, .txt, .json, .csv or .xlsx)",
    "ui.review_area": "Which area?",
    "ui.review_question": "Which question?",
    "ui.review_done": "Finish the review",
    "ui.review_back": "Back to the areas",
    "ui.review_keep": "Leave it as it is",
    "ui.needs_terminal": (
        "'cse-assess {command}' asks questions and needs an interactive terminal. To score a file"
        " without questions, use: cse-assess score FILE"
    ),
    "ui.welcome": (
        "Self-assessment. Answer each question as things are today, and give evidence for what you"
        " claim. You can stop at any time with Ctrl-C: every answer given is already saved, and one"
        " being given is kept as a draft."
    ),
    "ui.keys_choose": "(a digit, or arrow keys then Enter)",
    "ui.keys_letter": "(the letter shown, or arrow keys then Enter)",
    "ui.keys_nothing_chosen": (
        "Nothing is chosen yet: type a digit, or move with the arrow keys, then Enter."
    ),
    "ui.keys_nothing_ticked": "Nothing is ticked: tick items with Space, or choose '{none}'.",
    "ui.escaped": "back",
    "ui.key_yes": "y",
    "ui.key_no": "n",
    "ui.tick_none": "None of these is in place",
    "ui.entry_instruction": "(Enter confirms, Esc goes back)",
    "ui.choice_edit": "Change the evidence or the note (keep the answer)",
    "ui.choice_mark": "Mark 'to check later'",
    "ui.choice_unmark": "Remove the mark 'to check later'",
    "ui.choice_jump": "Go to… (areas, unanswered, marked, finish)",
    "ui.kept": "Kept as it was",
    "ui.marked": "marked to check later",
    "ui.marked_saved": "Marked to check later; saved",
    "ui.unmarked": "Mark removed; saved",
    "ui.ask_mark_note": "What to check later (optional)",
    "ui.mark_instruction": "(Enter saves the mark, Esc goes back without one)",
    "ui.na_when": "Does not apply when",
    "ui.na_instruction": "(an empty line or Esc goes back to the answers)",
    "ui.na_evidence": "This answer has evidence. With 'not applicable':",
    "ui.na_evidence_keep": "keep its evidence ({n} {n:plural:item|items})",
    "ui.na_evidence_remove": "remove its evidence",
    "ui.save_failed": (
        "Your answers are all still here, in this session. Give a file to save them to: the"
        " same file tries again (once there is room on the disk, say); Esc stops without"
        " saving the last answer."
    ),
    "ui.ask_save_path": "Save the answers to",
    "ui.save_path_instruction": "(a .json file; Enter saves, Esc stops)",
    "ui.save_path_json": "An assessment file ends in .json.",
    "ui.na_cancelled": "Not marked as not applicable.",
    "ui.unproven_level": (
        "Saved without evidence: until there is some, the verified score counts it as {level}."
    ),
    "ui.unproven_score": (
        "Saved without evidence: until there is some, the verified score counts it as {score}"
        " points."
    ),
    "ui.draft_flag": "draft: interrupted before the answer was finished; check it",
    "ui.draft": "draft",
    "ui.draft_kept": (
        "Kept as a draft, to check when you go on: {question}: {answer}, {evidence}"
        " {evidence:plural:evidence item|evidence items}."
    ),
    "ui.not_saved_value": "Not saved: {question}: '{value}' is not a valid answer.",
    "ui.not_saved_na": (
        "Not saved: {question}: 'not applicable' was chosen, but no justification was given."
    ),
    "ui.not_saved_context": "Not saved: the change of '{field}' being typed.",
    "ui.saved_all": "Every answer given is saved in",
    "ui.nothing_saved": "Interrupted. Nothing was answered, so no file was written.",
    "ui.nothing_answered": "Nothing was answered, so no file was written.",
    "ui.name_the_bank": "If the file answers a bank of your own, give the bank's file: {command}",
    "ui.resume_status": (
        "{answered} of {total} {total:plural:question|questions} answered; last change on {when}."
    ),
    "ui.resume_how": (
        "Going on after the last question answered. 'Go to…' in any question lists the areas, the"
        " unanswered, the skipped and the marked questions."
    ),
    "ui.area_summary": (
        "Area {n}: {area}: {answered} of {applicable} answered · score {score} (verified"
        " {verified})"
    ),
    "ui.area_gaps": "{count} {count:plural:gap|gaps} to close in this area.",
    "ui.jump_where": "Where to?",
    "ui.jump_left": (
        "{open} {open:plural:question|questions} unanswered, {marked} marked to check later."
    ),
    "ui.jump_back": "Back to the question",
    "ui.jump_unanswered": "The unanswered questions ({count})",
    "ui.jump_skipped": "The skipped questions ({count})",
    "ui.jump_marked": "The questions marked to check later ({count})",
    "ui.jump_whole_area": "The whole area, from its first question",
    "ui.jump_finish": "Finish: show the result",
    "ui.review_context": "Context: institution, unit, assessor, date",
    "ui.ask_date": "Date of the assessment (YYYY-MM-DD)",
    "ui.bad_date_typed": "Enter a date as YYYY-MM-DD, for example 2026-11-27.",
    "ui.still_marked": "{count} {count:plural:question is|questions are} marked to check later.",
    "ui.check_marked_with": "All questions are answered; check the marked ones with:",
    "ui.report_file": "report",
    "ui.report_exists": "{path} already exists. Replace it?",
    "ui.valid_assessment_against": (
        "{path}: valid against {bank}, {answered} of {questions}"
        " {questions:plural:question|questions} answered"
    ),
    # --- the command line: help, argparse's own words, syntax errors ------------------------------
    "ui.cli.description": (
        "Assess how ready an institution is to live its Customer Service Standard: answer a"
        " question bank, score the assessment, list the gaps with the evidence and the actions that"
        " close them."
    ),
    "ui.cli.epilog": (
        "Run 'cse-assess score --example' to see a full report of a fictional institution."
        " 'cse-assess COMMAND --help' describes a command."
    ),
    "ui.cli.commands": "commands",
    "ui.cli.version": "show the version and exit",
    "ui.cli.lang": (
        "the language of the output and of the questions (default: the file's, else your"
        " computer's)"
    ),
    "ui.cli.format": (
        "the output format: {allowed} (default: from the extension of --output, else text)"
    ),
    "ui.cli.integer": "whole number",
    "ui.cli.metavar.command": "COMMAND",
    "ui.cli.metavar.file": "FILE",
    "ui.cli.metavar.path": "PATH",
    "ui.cli.metavar.bank": "BANK",
    "ui.cli.metavar.id": "ID",
    "ui.cli.metavar.old": "OLD",
    "ui.cli.metavar.new": "NEW",
    "ui.cli.metavar.form": "FORM",
    "ui.cli.metavar.date": "DATE",
    "ui.cli.assess": "answer a question bank at the terminal (the default)",
    "ui.cli.assess.about": (
        "Work through a question bank at the terminal. Every answer is saved at once; Ctrl-C stops"
        " and keeps an answer being given as a draft; 'resume' goes on."
    ),
    "ui.cli.assess.questionnaire": (
        "the bank to answer: a bundled bank's id, ID@VERSION or a bank file (default: readiness)"
    ),
    "ui.cli.assess.targets": (
        "your institution's own targets (YAML: question id to target), kept in the file"
    ),
    "ui.cli.assess.file": (
        "the assessment file (default: named after the institution and the date); an existing one"
        " is continued"
    ),
    "ui.cli.assess.no_remember": (
        "neither use nor save the remembered institution, unit and assessor"
    ),
    "ui.cli.resume": "go on with an assessment after the last question answered",
    "ui.cli.resume.about": (
        "Go on with an assessment: how far it is, then the question after the last one answered."
        " 'Go to…' in any question lists the areas, the unanswered, the skipped and the marked"
        " questions."
    ),
    "ui.cli.review": "change answers, evidence, notes, marks or the context of an assessment",
    "ui.cli.review.about": (
        "Change an assessment area by area: answers, evidence, notes, marks 'to check later', and"
        " the context (institution, unit, assessor, date)."
    ),
    "ui.cli.assessment": "the assessment file (JSON)",
    "ui.cli.continue.questionnaire": (
        "the bank (default: the bundled one the file names; give the file of a bank of your own)"
    ),
    "ui.cli.questionnaires": "list the bundled question banks",
    "ui.cli.questionnaires.about": (
        "List the bundled question banks: id, version, number of questions and title."
    ),
    "ui.cli.validate": "check question banks (YAML) and assessments (JSON)",
    "ui.cli.validate.about": (
        "Check each file and print every problem as PATH:LINE: message. An assessment is checked"
        " against --questionnaire, else against the bank given in the same command, else against"
        " the bank it names. Exit 0 when all are valid, 2 otherwise."
    ),
    "ui.cli.validate.paths": "bank files (.yaml) and assessment files (.json)",
    "ui.cli.validate.questionnaire": "the bank to check the assessments against",
    "ui.cli.show": "print a whole question bank as Markdown",
    "ui.cli.show.about": "Print a question bank as Markdown, for a workshop on paper.",
    "ui.cli.show.questionnaire": "a bundled bank's id, ID@VERSION or a bank file",
    "ui.cli.show.output": "write to this file (.md or .txt) instead",
    "ui.cli.score": "score an assessment and list its gaps",
    "ui.cli.score.about": (
        "Score an assessment: overall and per-area scores, claimed and verified, the readiness"
        " band, and the gaps to close."
    ),
    "ui.cli.score.file": "the assessment file (JSON)",
    "ui.cli.score.example": (
        "score the bundled example of a fictional institution for a bank (default: readiness; also"
        " kpi, standard-content)"
    ),
    "ui.cli.score.output": (
        "write the report to this file: .txt, .md, .html, .json, .csv, .xlsx or .docx; a folder"
        " (ending in /) takes the CSV set: the action plan and the evidence register"
    ),
    "ui.cli.score.explain": "show how every score was computed",
    "ui.cli.score.targets": (
        "score against your institution's own targets (YAML: question id to target)"
    ),
    "ui.cli.score.gaps": "how many gaps the text report lists (0 for all; default 10)",
    "ui.cli.score.questionnaire": "score against this bank (default: the one the file names)",
    "ui.cli.score.previous": (
        "an earlier assessment of the same unit: the summary says what improved and what regressed"
    ),
    "ui.cli.score.plan": (
        "the action plan (.xlsx) as the team updated it: each gap shows its owner, due date and"
        " status"
    ),
    "ui.cli.compare": (
        "compare assessments of one unit: what improved, what regressed; three or more: the trend"
    ),
    "ui.cli.compare.about": (
        "Compare two assessments of the same unit at two dates: overall and per-area change,"
        " questions improved and regressed, gaps closed and opened. Each file is scored against the"
        " bank version it names; when the version changed, the questions added and removed are"
        " listed and scores are compared on the questions both share."
    ),
    "ui.cli.compare.old": "the earlier assessment file (JSON)",
    "ui.cli.compare.new": (
        "the later assessment file (JSON); give three or more files, oldest first, for a trend:"
        " a table and a line chart per area"
    ),
    "ui.cli.compare.output": "write the comparison to this file: .txt, .md, .json or .html",
    "ui.cli.compare.questionnaire": (
        "score both files against this bank (default: the version each file names)"
    ),
    "ui.cli.consensus": "merge several assessors' files into one consensus assessment",
    "ui.cli.consensus.about": (
        "Merge several assessors' files for the same question bank into one consensus assessment"
        " (median level; not applicable where a strict majority says so), write it to --output and"
        " print where the assessors disagree, to discuss first."
    ),
    "ui.cli.consensus.files": "the assessors' files (JSON), each a different assessment",
    "ui.cli.consensus.output": (
        "where to write: .json the consensus assessment, .html a page to review each disagreement"
        " with every assessor's answer, evidence and note, .md the report; may be given more than"
        " once"
    ),
    "ui.cli.consensus.format": "the report's format (default: text)",
    "ui.cli.consensus.questionnaire": "the bank the files answer (default: the one they name)",
    "ui.cli.rollup": "roll many units' assessments up into one table of units by areas",
    "ui.cli.rollup.about": (
        "Roll up assessment files (or folders of them, searched for *.json) into one table per"
        " question bank: units by areas, coloured by score, with the network's mean, minimum,"
        " maximum and spread per area, the weakest areas and units, and every file skipped or"
        " superseded. Where a unit has several files, the latest date counts. A bad file is"
        " reported and left out; the others still count."
    ),
    "ui.cli.rollup.paths": "assessment files or folders",
    "ui.cli.rollup.by": (
        "one row per unit (default), or per institution: the mean of its units' scores"
    ),
    "ui.cli.rollup.output": (
        "write to this file: .txt, .md, .json, .html, .xlsx, .csv (csv-long) or .parquet (xlsx"
        " and parquet need one)"
    ),
    "ui.cli.rollup.score": "the scores the table shows and ranks by (default: claimed)",
    "ui.cli.rollup.questionnaire": (
        "a bank to use for the files that name its id (may be given more than once; default: the"
        " bundled bank at the version each file names)"
    ),
    "ui.cli.rollup.jobs": (
        "worker processes for large roll-ups (default 0: one per processor this process may use,"
        " for more than 2,000 files)"
    ),
    "ui.cli.rollup.superseded": (
        "also write every superseded file to this CSV file, with the file that counts instead"
    ),
    "ui.cli.rollup.cache": (
        "keep each file's scores in this folder and read again only the files that changed"
        " (without a folder: the user's cache folder)"
    ),
    "ui.cli.template": (
        "write a question bank as a spreadsheet form (.xlsx) to fill in without the tool"
    ),
    "ui.cli.template.about": (
        "Write a question bank as an Excel form: the context (institution, unit, assessor, date) on"
        " the first sheet, then one row per question with a drop-down of answers and columns for"
        " not applicable, evidence and notes. Send it to branches without cse-assess; read the"
        " filled-in form back with 'cse-assess import'. An existing file is replaced only with"
        " --force."
    ),
    "ui.cli.template.questionnaire": "the bank: a bundled bank's id, ID@VERSION or a bank file",
    "ui.cli.template.output": "the form to write (.xlsx)",
    "ui.cli.template.force": "replace the form if the file exists (a filled-in form is lost)",
    "ui.cli.import": "read a filled-in spreadsheet form into an assessment file",
    "ui.cli.import.about": (
        "Read a form made by 'cse-assess template' and filled in, check every cell and write the"
        " assessment file. Every bad cell is reported as Sheet!Cell: problem, all at once; then"
        " nothing is written and the exit code is 2. A question left empty stays unanswered."
    ),
    "ui.cli.import.form": "the filled-in form (.xlsx)",
    "ui.cli.import.output": "the assessment file to write (.json)",
    "ui.cli.import.questionnaire": (
        "the bank the form was made of, when it is not a bundled one (default: the one the form"
        " names)"
    ),
    "ui.cli.plan": "report an action plan's progress by owner, as the team updated it",
    "ui.cli.plan.about": (
        "Read the action plan that 'score -o plan.xlsx' wrote, as the team updated it (owner, due"
        " date, status, comment), check it cell by cell, and report what is done, late, in"
        " progress and not started, by owner."
    ),
    "ui.cli.plan.file": "the action plan (.xlsx)",
    "ui.cli.plan.today": "judge lateness on this day, YYYY-MM-DD (default: today)",
    "ui.cli.plan.output": "write the progress to this file: .txt, .md or .json",
    "ui.cli.plan.questionnaire": "check the plan's question ids against this bank",
    "ui.cli.argparse.usage": "usage: ",
    "ui.cli.argparse.positionals": "positional arguments",
    "ui.cli.argparse.options": "options",
    "ui.cli.argparse.help": "show this help message and exit",
    "ui.cli.argparse.error": "{prog}: error: {message}",
    "ui.cli.argparse.ambiguous": "ambiguous option: %(option)s could match %(matches)s",
    "ui.cli.argparse.argument": "argument %(argument_name)s: %(message)s",
    "ui.cli.argparse.at_least_one": "expected at least one argument",
    "ui.cli.argparse.at_most_one": "expected at most one argument",
    "ui.cli.argparse.one": "expected one argument",
    "ui.cli.argparse.count": "expected %s arguments",
    "ui.cli.argparse.ignored": "ignored explicit argument %r",
    "ui.cli.argparse.invalid_value": "invalid %(type)s value: %(value)r",
    "ui.cli.argparse.invalid_choice": "invalid choice: %(value)r (choose from %(choices)s)",
    "ui.cli.argparse.not_allowed": "not allowed with argument %s",
    "ui.cli.argparse.one_required": "one of the arguments %s is required",
    "ui.cli.argparse.required": "the following arguments are required: %s",
    "ui.cli.argparse.unrecognized": "unrecognized arguments: %s",
    "ui.cli.argparse.cannot_open": "can't open '%(filename)s': %(error)s",
    "ui.cli.argparse.unknown_parser": "unknown parser %(parser_name)r (choices: %(choices)s)",
    "ui.syntax.mapping_values": (
        "a key and value are not allowed here (check the indentation and put text with ': ' in"
        " quotes)"
    ),
    "ui.syntax.expected_key": "a key was expected here (check the indentation)",
    "ui.syntax.unclosed_list": "a list is not closed: a ',' or ']' is missing",
    "ui.syntax.unclosed_mapping": "a mapping is not closed: a ',' or a closing brace is missing",
    "ui.syntax.expected_item": "a list item ('- ') was expected here",
    "ui.syntax.list_item": "a list item is not allowed here (check the indentation)",
    "ui.syntax.unexpected_end": (
        "the file ends too early (an opening quote or bracket is not closed)"
    ),
    "ui.syntax.bad_character": "a character that cannot start a value (a tab, '@' or '`'?)",
    "ui.syntax.tab": "a tab is not allowed here; indent with spaces",
    "ui.syntax.undefined_alias": "an alias ('*name') that names no anchor",
    "ui.syntax.duplicate_anchor": "an anchor ('&name') is defined twice",
    "ui.syntax.bad_escape": "an unknown escape sequence after '\\' in quoted text",
    "ui.syntax.two_documents": "the file holds more than one document ('---')",
    "ui.syntax.tag": "a tag ('!name') is not allowed",
    "ui.syntax.bad_value": "a value that cannot be read (a date or a number written wrongly?)",
    "ui.syntax.duplicate_key": "a key appears twice",
    "ui.syntax.expected_name": (
        "a name in double quotes was expected (a trailing comma, or a key without quotes?)"
    ),
    "ui.syntax.expected_colon": "a ':' was expected after the name",
    "ui.syntax.expected_comma": "a ',' was expected between two values",
    "ui.syntax.expected_value": "a value was expected here",
    "ui.syntax.unterminated_string": "a text is not closed: a '\"' is missing",
    "ui.syntax.control_character": (
        "a line break or another control character inside a text in quotes"
    ),
    "ui.syntax.extra_data": "more text after the end of the document",
    "ui.syntax.trailing_comma": "a comma before a closing bracket",
    "ui.syntax.other": "a syntax error",
    # --- the command line: errors ---------------------------------------------------------------
    "output_extension": (
        "{path}: this command cannot write '{extension}' files; it writes {allowed}"
    ),
    "output_pdf": (
        "{path}: cse-assess does not write PDF; write the report as .html and print it to PDF from"
        " a browser (it is laid out for printing). This command writes {allowed}"
    ),
    "output_format_mismatch": (
        "{path}: the name says '{extension}', but --format asks for {format}; give a name ending in"
        " the format's extension"
    ),
    "output_is_input": (
        "{path}: this is one of the files the command reads; choose another name for the output, so"
        " that nothing is written over it"
    ),
    "binary_needs_output": "the {format} format is a binary file: give --output PATH.{format}",
    "score_needs_file": "give the assessment FILE to score, or --example for the bundled example",
    "score_file_and_example": "give FILE or --example, not both",
    "output_folder_csv": (
        "{path} is a folder: only the CSV set (--format csv) is written into a folder"
    ),
    "plan_bad_today": "--today {value}: not a date; give it as YYYY-MM-DD",
    "validate_bank_invalid": "{path}: not checked: the bank {bank} has errors (listed with it)",
    "template_exists": (
        "{path}: the file exists (a filled-in form?); give another name, or --force to replace it"
    ),
    "consensus_same_file": (
        "{path}: the same file as {other}; each assessor's assessment is given once"
    ),
    "consensus_same_content": (
        "{path}: the same assessment as {other} (identical files); each assessor's assessment is"
        " given once"
    ),
    # --- the scoring engine: statuses, the explanation, conditions, targets ------------------
    "ui.status.answered": "answered",
    "ui.status.na": "not applicable",
    "ui.status.unanswered": "not answered",
    "ui.status.hidden": "not asked (skip logic)",
    "ui.status.context": "context, not scored",
    "ui.explain.level.question": "question",
    "ui.explain.level.verified": "verified",
    "ui.explain.level.area": "area",
    "ui.explain.level.area-verified": "area, verified",
    "ui.explain.level.area-floor": "area, open counted as 0",
    "ui.explain.level.overall": "overall",
    "ui.explain.level.overall-verified": "overall, verified",
    "ui.explain.level.overall-floor": "overall, open counted as 0",
    "ui.explain.level.overall-verified-floor": "verified, open counted as 0",
    "ui.explain.level.band": "band",
    "ui.explain.level.band-verified": "band, verified",
    "ui.explain.level.band-cap": "band cap",
    "ui.explain.unproven_level": "no evidence: counted as level {level}",
    "ui.explain.unproven_zero": "no evidence: counted as 0",
    "ui.explain.band": "{band} (score {score})",
    "ui.explain.withheld_coverage": "no band: {needed} more {needed:plural:answer|answers} needed",
    "ui.explain.withheld_na": "no band: too many questions answered not applicable",
    "ui.explain.withheld_nothing": "no band: nothing to score",
    "ui.explain.cap": "no higher than {band} while critical questions are open",
    "condition_operator_kind": (
        "'{operator}' cannot test question '{question}'; its tests: {allowed}"
    ),
    "condition_in_list": "'in' needs a list of answers of question '{question}'",
    "target_not_taken": "question '{question}' takes no institution target",
    # --- looking things up ------------------------------------------------------------------------
    "unknown_questionnaire": (
        "no bundled question bank '{name}' and no such file; bundled banks: {allowed}"
    ),
    "unknown_questionnaire_version": (
        "question bank '{name}' has no version {version}; available: {allowed}"
    ),
    "unknown_schema": "no JSON Schema named '{name}'; schemas: {allowed}",
    "unknown_bank_language": (
        "question bank '{name}' has no texts in language '{lang}'; its languages: {allowed}"
    ),
    # --- report: the HTML report ------------------------------------------------------------------
    "ui.report.kind": "Self-assessment report",
    "ui.report.contents": "Contents",
    "ui.report.summary": "Summary",
    "ui.report.area_scores": "Scores by area",
    "ui.report.evidence_register": "Evidence register",
    "ui.report.method": "Method",
    "ui.report.overall": "Overall",
    "ui.report.out_of": "out of 100",
    "ui.report.print_hint": (
        "To keep this report as a PDF, print it (Ctrl+P) and choose “Save as PDF”."
    ),
    "ui.report.coverage_sub": (
        "{answered} of {applicable} {applicable:plural:question|questions} answered"
    ),
    "ui.report.gap_count": "Gaps to close",
    "ui.report.gap_count_value": "{count}, critical: {critical}",
    "ui.report.cap_note": (
        "{name} is held at “{band}”: it would be higher, but these critical questions are open "
        "or below their target:"
    ),
    "ui.report.chart_title": "Claimed and verified score by area, with the target",
    "ui.report.chart_desc": (
        "Horizontal bars on a scale from 0 to 100, two for each area: the claimed score and the "
        "verified score; a red mark shows the area's target. The table below gives the same "
        "numbers."
    ),
    "ui.report.chart_label": "{area}: claimed {claimed}, verified {verified}, target {target}",
    "ui.report.axis": "Score, 0–100",
    "ui.report.table_caption": (
        "Scores by area (0–100), each area's target, the questions answered and those not "
        "applicable"
    ),
    "ui.report.gaps_intro": (
        "Highest priority first: the points closing each gap would gain. Priority = weight × "
        "(shortfall + {proof:n} × missing proof) / 100, × {factor:n} for critical questions; equal "
        "priorities: critical questions first, then in the order of the question bank."
    ),
    "ui.report.overview": "Gaps at a glance",
    "ui.report.register_intro": (
        "Every question with its answer, the evidence given, the note or the justification of "
        "not applicable, and whether the evidence the answer needs is there, by area."
    ),
    "ui.report.register_empty": "No evidence given in this area.",
    "ui.report.register_count": (
        "{count} evidence {count:plural:reference|references} for {questions}"
        " {questions:plural:question|questions}."
    ),
    "ui.report.answer": "Answer",
    "ui.report.method_text": (
        "Each answer is scored from 0 to 100. An area's score is the weighted average of its "
        "answered questions, and the overall score the weighted average of the areas; questions "
        "answered not applicable are left out. The claimed score takes every answer as given. "
        "The verified score counts only what is backed by evidence: an answer at a level that "
        "needs evidence, given without any, counts lower."
    ),
    "ui.report.method_cap": (
        "While a critical question is unanswered or below its target in the verified score, the "
        "{name_lower} can be no higher than “{band}”, whatever the score."
    ),
    "ui.report.method_gaps": (
        "A gap is a question that is unanswered, below its target, or at its target without the "
        "evidence it needs (“target met, not yet proven”). Its priority is the points closing it "
        "would gain: weight × (shortfall + {proof:n} × missing proof) / 100, × {factor:n} for "
        "critical questions. Equal priorities: critical questions first, then in the order of "
        "the question bank."
    ),
    "ui.report.generated": "Prepared with cse-assess {version}.",
    "ui.report.method_band": (
        "The {name_lower} is judged on the score in which every unanswered question counts as 0,"
        " so leaving a question open never raises it. No band is given while fewer than {coverage} "
        "of the questions are answered, or while more than {na} of them are answered not "
        "applicable; until then the scores are provisional."
    ),
    "ui.report.withheld_coverage": (
        "No band yet: {needed} more {needed:plural:answer|answers} needed"
    ),
    "ui.report.withheld_na": (
        "No band: too many answers are not applicable ({na}; at most {max:%} may be)"
    ),
    "ui.report.withheld_nothing": "No band: nothing to score",
    "ui.report.withheld_hint": "A band needs at least {coverage} of the questions answered.",
    "ui.report.provisional": "provisional",
    "ui.report.provisional_note": "The scores are provisional until a band can be given.",
    "ui.report.na_count": "{count} not applicable",
    "ui.report.next": "What to do next: the gaps that matter most",
    "ui.report.first_action": "First action",
    "ui.report.gap_line": "{current} → target {target} · priority {priority}",
    "ui.report.more_gaps": "{count} more {count:plural:gap|gaps} in the appendix",
    "ui.report.strong_areas": "Strongest areas (verified score)",
    "ui.report.strong_answers": "Strongest answers (target met and proven)",
    "ui.report.none_yet": "none yet",
    "ui.report.since": "Since the previous assessment",
    "ui.report.previous_is": "Previous assessment: {previous}",
    "ui.report.changes": "Changes",
    "ui.report.changes_value": (
        "{improved} {improved:plural:question|questions} improved, {regressed} regressed; gaps: "
        "{closed} closed, {opened} opened"
    ),
    "ui.report.improved": "Improved",
    "ui.report.regressed": "Regressed",
    "ui.report.made": (
        "Report made on {made} from the assessment of {date}; question bank {bank} {version}; "
        "cse-assess {tool}."
    ),
    "ui.report.skip": "Skip to the report",
    "ui.report.na_answers": "Not applicable answers",
    "ui.report.na_none": "No question was answered not applicable.",
    "ui.report.na_intro": (
        "These questions are left out of the scores; each with the justification given."
    ),
    "ui.report.marked": "Marked to check later",
    "ui.report.marked_intro": (
        "Questions the assessor marked to check later, with the answer given and what to check."
        " A mark changes no score; a draft is an answer interrupted before it was finished."
    ),
    "ui.report.marked_count": (
        "{count} {count:plural:question is|questions are} marked to check later."
    ),
    "ui.report.marked_drafts": (
        "{drafts} {drafts:plural:answer is a draft|answers are drafts}, interrupted before"
        " {drafts:plural:it was|they were} finished."
    ),
    "ui.report.mark_note": "What to check",
    "ui.report.mark_draft": "Draft",
    "ui.report.check_later": "To check later",
    "ui.report.justification": "Justification",
    "ui.report.na_short": "N/A",
    "ui.report.note_or_reason": "Note or justification",
    "ui.report.note": "Note",
    "ui.report.proof": "Evidence check",
    "ui.report.proof.given": "evidence given",
    "ui.report.proof.missing": "evidence needed, none given",
    "ui.report.proof.not_needed": "no evidence needed",
    "ui.report.owner_is": "owner: {owner}",
    "ui.report.due_is": "due {due}",
    "ui.report.status_word": "Status",
    # --- report: the action plan (CSV, XLSX) ------------------------------------------------------
    "ui.report.action_plan": "Action plan",
    "ui.report.question_id": "Question id",
    "ui.report.current_level": "Current answer",
    "ui.report.target_level": "Target",
    "ui.report.owner": "Owner",
    "ui.report.due_date": "Due date",
    "ui.report.status": "Status",
    "ui.report.status.not_started": "Not started",
    "ui.report.status.in_progress": "In progress",
    "ui.report.status.done": "Done",
    "ui.report.status_prompt": "Choose a status from the list.",
    "ui.report.due_date_prompt": "Enter a date, for example 2027-03-31.",
    "ui.report.comment": "Comment",
    "ui.plan.state.done": "done",
    "ui.plan.state.late": "late",
    "ui.plan.state.in_progress": "in progress",
    "ui.plan.state.not_started": "not started",
    "ui.plan.title": "Action plan {path}: progress on {today}",
    "ui.plan.total": "Total",
    "ui.plan.no_owner": "(no owner)",
    "ui.plan.late": "Late actions (due date passed, not done):",
    # --- report: the spreadsheet's other sheets ---------------------------------------------------
    "ui.report.item": "Item",
    "ui.report.value": "Value",
    "ui.report.critical_gaps": "Critical gaps",
    "ui.report.capped_by": "Band capped by",
    "ui.report.evidence_item": "Evidence reference",
    # --- compare: errors --------------------------------------------------------------------------
    "compare_other_bank": (
        "{path}: an assessment of question bank '{got}', but {other} is of '{expected}'; only"
        " assessments of the same bank can be compared"
    ),
    # --- compare: warnings ------------------------------------------------------------------------
    "compare_other_unit": (
        "the files are of different units: '{old}' and '{new}'; the comparison may not show a trend"
        " of one unit"
    ),
    "compare_dates_reversed": (
        "the new file is dated {new}, before the old file ({old}); were they given the other way"
        " round?"
    ),
    "compare_targets_differ": (
        "the files set different targets of their own; scores against targets may differ for that"
        " reason alone"
    ),
    "compare_version_changed": (
        "the question bank changed from version {old} to {new}: {added}"
        " {added:plural:question|questions} added, {removed} removed; scores are compared on the"
        " {shared} {shared:plural:question|questions} both versions share"
    ),
    # --- compare: the report ----------------------------------------------------------------------
    "ui.compare.title": "Progress between two assessments",
    "ui.compare.old": "Old",
    "ui.compare.new": "New",
    "ui.compare.change": "Change",
    "ui.compare.overall": "Overall score",
    "ui.compare.overall_claimed": "Overall score (claimed)",
    "ui.compare.overall_verified": "Overall score (verified)",
    "ui.compare.areas": "Areas, claimed score",
    "ui.compare.improved": "Questions improved",
    "ui.compare.regressed": "Questions regressed",
    "ui.compare.gaps_closed": "Gaps closed",
    "ui.compare.gaps_opened": "Gaps opened",
    "ui.compare.gaps_remaining": "Gaps still open",
    "ui.compare.added": "Questions added in the new version",
    "ui.compare.removed": "Questions removed in the new version",
    "ui.compare.none": "none",
    "ui.compare.warnings": "Warnings",
    "ui.compare.note": "Note",
    "ui.compare.only_old": "only in the old version",
    "ui.compare.only_new": "only in the new version",
    "ui.compare.shared_note": "Scores compared on the questions both versions share.",
    "ui.compare.legend": "▲ up, ▼ down, = unchanged; change in points on a scale of 0–100",
    "ui.compare.generated": "Written by cse-assess {version}.",
    "ui.trend.title": "Trend over {count} assessments",
    "ui.trend.change": "Change, first to last (overall, claimed)",
    "ui.trend.claimed_note": (
        "Claimed scores (0–100), each against its own bank version; the charts show the verified "
        "score too."
    ),
    "ui.trend.table": "Scores by date",
    "ui.trend.charts": "Each area over time",
    "ui.trend.key": "dashed line: claimed score; solid line: verified score",
    # --- consensus: errors ------------------------------------------------------------------------
    "consensus_too_few": "a consensus needs at least two assessment files; {count} given",
    "consensus_other_bank": (
        "{path}: the file is an assessment of question bank '{got}', the others of '{expected}'; a"
        " consensus needs assessments of the same bank"
    ),
    "consensus_other_version": (
        "{path}: the file answers version {got} of question bank '{bank}', the first file version"
        " {expected}; open it with 'cse-assess review' to bring it to one version"
    ),
    "consensus_output_is_input": (
        "{path}: the output file is one of the assessors' files; choose another name so that no"
        " assessment is overwritten"
    ),
    # --- consensus: warnings ----------------------------------------------------------------------
    "consensus_institution_differs": (
        "the files name different institutions: {values}; the consensus keeps '{kept}'"
    ),
    "consensus_unit_differs": (
        "the files name different units: {values}; the consensus keeps '{kept}'"
    ),
    "consensus_targets_differ": (
        "{path}: the file sets other targets than the first file; the consensus keeps the first"
        " file's targets"
    ),
    "consensus_unknown_answers": (
        "{path}: {count} {count:plural:answer|answers} to questions the bank does not have"
        " {count:plural:is|are} not carried into the consensus: {ids}"
    ),
    # --- consensus: the report --------------------------------------------------------------------
    "ui.consensus.title": "Consensus of the assessors",
    "ui.consensus.assessors": "Assessors",
    "ui.consensus.file": "Consensus file",
    "ui.consensus.agreement": "Agreement between assessors",
    "ui.consensus.agreement_value": (
        "{percent} ({agreed} of {compared} {compared:plural:question|questions} answered by two or"
        " more assessors)"
    ),
    "ui.consensus.agreement_none": "– (no question was answered by two assessors)",
    "ui.consensus.disagreements": "Disagreements to discuss",
    "ui.consensus.disagreements_intro": (
        "Widest spread first. A disagreement is a spread of two levels or more, or not applicable"
        " beside a level; for other kinds of question, any difference."
    ),
    "ui.consensus.no_disagreements": "The assessors agree on every question they answered.",
    "ui.consensus.spread": "spread: {steps} {steps:plural:level|levels}",
    "ui.consensus.na_beside": "not applicable beside an answer",
    "ui.consensus.result": "Consensus",
    "ui.consensus.not_answered": "nobody answered",
    "ui.consensus.score": "Score of the consensus",
    "ui.consensus.warnings": "Warnings",
    "ui.consensus.assessor": "Assessor",
    # --- roll-up: errors --------------------------------------------------------------------------
    "rollup_no_files": "no assessment files (*.json) found in: {paths}",
    "rollup_nothing_counted": (
        "no assessment could be rolled up: every file was skipped ({count}; listed above)"
    ),
    "rollup_missing": "no such file or folder",
    "rollup_parquet_missing": (
        "the parquet format needs the pyarrow library: pip install 'cse-assess[parquet]'"
    ),
    "ui.rollup.cache_unusable": (
        "the cache {path} cannot be used ({reason}): every file is read in full"
    ),
    "rollup_unexpected": "could not be read: {reason}",
    "rollup_xlsx_needs_output": (
        "xlsx output can only be written to a file: give --output FILE.xlsx"
    ),
    # --- roll-up: the report ----------------------------------------------------------------------
    "ui.rollup.title": "Network roll-up",
    "ui.rollup.bank": "Question bank: {title} ({id})",
    "ui.rollup.versions": "Bank versions: {versions}",
    "ui.rollup.by_unit": "One row per unit",
    "ui.rollup.by_institution": "One row per institution: the mean of its units' scores",
    "ui.rollup.basis_claimed": "Scores shown: claimed",
    "ui.rollup.basis_verified": "Scores shown: verified",
    "ui.rollup.counts": (
        "Files: {files} read, {counted} counted, {superseded} superseded, {skipped} skipped"
    ),
    "ui.rollup.weakest_area": "Weakest area of the network: {area} (mean {mean}, lowest {min})",
    "ui.rollup.weakest_areas": "Weakest areas",
    "ui.rollup.weakest_units": "Weakest units",
    "ui.rollup.weakest_institutions": "Weakest institutions",
    "ui.rollup.overall": "Overall",
    "ui.rollup.units": "Units",
    "ui.rollup.mean": "Mean",
    "ui.rollup.min": "Minimum",
    "ui.rollup.max": "Maximum",
    "ui.rollup.stdev": "Standard deviation",
    "ui.rollup.scored": "Scored",
    "ui.rollup.legend": (
        "Colours follow the question bank's bands, judged on the number shown; – no score."
    ),
    "ui.rollup.area_key": "Areas (columns)",
    "ui.rollup.heatmap": "Scores by row and area (0–100)",
    "ui.rollup.network": "The network",
    "ui.rollup.line": "line {line}",
    "ui.rollup.file": "File",
    "ui.rollup.reason": "Reason",
    "ui.rollup.counts_instead": "Counts instead",
    "ui.rollup.skipped": "Skipped files",
    "ui.rollup.skipped_none": "No file was skipped.",
    "ui.rollup.superseded": "Superseded assessments (a later assessment of the same unit counts)",
    "ui.rollup.superseded_none": "No assessment was superseded.",
    "ui.rollup.more_skipped": (
        "... and {count} more: --format json, html, markdown or xlsx list the first {kept}."
    ),
    "ui.rollup.more_superseded": "... and {count} more: --superseded FILE.csv lists every one.",
    "ui.rollup.more_not_listed": (
        "... and {count} more, not listed here: the first {kept} are listed."
    ),
    "ui.rollup.no_rows": "No assessment could be rolled up.",
    "ui.rollup.category.unreadable": "cannot be read",
    "ui.rollup.category.not_json": "not JSON",
    "ui.rollup.category.not_assessment": "not an assessment file",
    "ui.rollup.category.unknown_bank": "unknown question bank",
    "ui.rollup.category.invalid": "does not fit its question bank",
    "ui.rollup.skipped_count": "{reason}: {count}",
    "ui.rollup.sheet_skipped": "skipped",
    "ui.rollup.sheet_superseded": "superseded",
    "ui.rollup.no_band_mark": "(no band yet: {count})",
    "ui.rollup.legend_bands": (
        "Colours follow the question bank's bands, judged on the number shown; – no score."
    ),
    "ui.rollup.withheld_note": (
        "Units marked “no band yet” have too few answers (or too many not applicable) for a "
        "band: their scores are provisional and shown apart; {count} {count:plural:row is|rows "
        "are} left out of the network's mean, minimum, maximum and spread."
    ),
    # --- forms: sheet names (at most 31 characters; no : \\ / ? * [ ]) ----------------------------
    "ui.forms.sheet_context": "Context",
    "ui.forms.sheet_questions": "Questions",
    "ui.forms.sheet_lists": "Lists",
    # --- forms: the context sheet -----------------------------------------------------------------
    "ui.forms.form_title": "Self-assessment form: {title}",
    "ui.forms.context_intro": (
        "Fill in the white cells on this sheet and on the sheet “{questions}”. Grey cells are part"
        " of the form: do not change them. Leave a question empty if you cannot answer it yet; it"
        " stays unanswered. Save the file as .xlsx and send it back to the coordinator."
    ),
    "ui.forms.col_field": "Field",
    "ui.forms.col_value": "Value",
    "ui.forms.col_explanation": "Explanation",
    "ui.forms.institution": "Institution",
    "ui.forms.unit": "Unit (branch)",
    "ui.forms.assessor": "Assessor",
    "ui.forms.date": "Date",
    "ui.forms.language": "Language",
    "ui.forms.bank": "Question bank",
    "ui.forms.bank_version": "Question bank version",
    "ui.forms.form_format": "Form format",
    "ui.forms.hint_institution": "The institution's name, e.g. Valsts ieņēmumu dienests",
    "ui.forms.hint_unit": "The branch or unit this assessment covers",
    "ui.forms.hint_assessor": "Who fills in this form (name, position)",
    "ui.forms.hint_date": "The date of the assessment as YYYY-MM-DD, e.g. 2026-03-02",
    "ui.forms.hint_language": "The language of the reports: lv (Latvian) or en (English)",
    "ui.forms.do_not_change": "Do not change: the coordinator's tool checks it",
    "ui.forms.levels_title": "Levels of the scale",
    "ui.forms.levels_scale": "Scale “{scale}”",
    # --- forms: the questions sheet ---------------------------------------------------------------
    "ui.forms.questions_title": "{title} (version {version})",
    "ui.forms.questions_intro": (
        "One row per question. Choose the answer in column “{answer}” from the drop-down list. For"
        " a checklist, mark each item on the rows below the question Yes or No. If a question does"
        " not apply, choose Yes under “{na}” and write why under “{justification}”. Write each"
        " piece of evidence on its own line (Alt+Enter starts a new line in a cell)."
    ),
    "ui.forms.col_area": "Area",
    "ui.forms.col_id": "ID",
    "ui.forms.col_question": "Question",
    "ui.forms.col_guidance": "Guidance",
    "ui.forms.col_answer": "Answer",
    "ui.forms.col_na": "Not applicable",
    "ui.forms.col_justification": "Why not applicable",
    "ui.forms.col_evidence": "Evidence (one per line)",
    "ui.forms.col_note": "Note",
    "ui.forms.target": "Target: {target}.",
    "ui.forms.critical": (
        "Critical question: while its answer is below the target, the band is capped."
    ),
    "ui.forms.evidence_from": (
        "From level {level} an answer needs evidence to count in the verified score."
    ),
    "ui.forms.evidence_required": "The answer needs evidence to count in the verified score.",
    "ui.forms.evidence_examples": "Evidence, for example:",
    "ui.forms.when": "Answer only if: {condition}.",
    "ui.forms.tick_items": "Mark each item on the rows below Yes or No.",
    "ui.forms.number_rule": "A number in {unit}; allowed: {allowed}.",
    "ui.forms.number_rule_no_unit": "A number; allowed: {allowed}.",
    "ui.forms.cond_and": "and",
    "ui.forms.cond_or": "or",
    "ui.forms.cond_not": "not",
    "ui.forms.cond_in": "is one of",
    "ui.forms.cond_checked": "has “{item}” ticked",
    "ui.forms.prompt_level": "Choose a level",
    "ui.forms.prompt_yes_no": "Choose Yes or No",
    "ui.forms.prompt_number": "Enter a number",
    "ui.forms.prompt_na": "Not applicable?",
    "ui.forms.prompt_na_text": (
        "Choose Yes only if the question does not concern your unit at all, and write why in the"
        " next column."
    ),
    "ui.forms.error_title": "Not allowed",
    "ui.forms.error_list": "Choose a value from the drop-down list.",
    "ui.forms.error_number": "Enter a number in the allowed range.",
    # --- forms: the command line ------------------------------------------------------------------
    "ui.forms.written": (
        "Form written: {path} ({questions} {questions:plural:question|questions}). Once it is"
        " filled in, import it with: {command}"
    ),
    "ui.forms.imported": (
        "{path}: {answered} of {questions} {questions:plural:question|questions} answered ({na} not"
        " applicable); written to {output}"
    ),
    # --- forms: errors and warnings ---------------------------------------------------------------
    "forms_not_xlsx_name": "{path}: a form is an Excel workbook; give a file name ending in .xlsx",
    "forms_output_is_form": (
        "{path}: the assessment would overwrite the form; give another --output, e.g. {suggested}"
    ),
    "forms_not_xlsx_file": (
        "not an Excel workbook (.xlsx); open it in Excel or LibreOffice and save it as “Excel"
        " workbook (.xlsx)”"
    ),
    "forms_unreadable": "not an Excel workbook (.xlsx) that can be read: {reason}",
    "forms_unpacked_too_large": (
        "the workbook unpacks to {size} {size:plural:byte|bytes}; at most {limit}"
        " {limit:plural:byte is|bytes are} accepted"
    ),
    "forms_part_too_large": (
        "the workbook's part {part} unpacks to {size} {size:plural:byte|bytes}; at most {limit}"
        " {limit:plural:byte is|bytes are} accepted"
    ),
    "forms_too_many_parts": (
        "the workbook holds {count} {count:plural:part|parts}; at most {limit}"
        " {limit:plural:is|are} accepted"
    ),
    "forms_beyond_last_row": (
        "a form ends at row {limit} and nothing below it is read, but this cell is not empty"
    ),
    "forms_formula_no_value": (
        "the cell holds a formula ({formula}) but no calculated value; open the form in Excel or"
        " LibreOffice, let it calculate and save it, or type the value itself"
    ),
    "forms_no_sheet": "no sheet named {names}; is this a form made by 'cse-assess template'?",
    "forms_layout": (
        "expected '{expected}' here, found '{found}'; the form's rows or columns were changed: copy"
        " the answers into a fresh form (cse-assess template)"
    ),
    "forms_format": "'{got}' is not a form format this version of cse-assess reads ({expected})",
    "forms_bank_empty": (
        "the question bank is missing; this cell must keep the value the form was made with"
    ),
    "forms_other_bank": (
        "this form is for question bank '{got}' version {got_version}, not '{expected}' version"
        " {expected_version}"
    ),
    "forms_bank_unknown": (
        "the form is for question bank '{name}' version {version}, which is not bundled; give the"
        " bank file with --questionnaire PATH"
    ),
    "forms_not_level": "'{value}' is not a level of the scale; allowed: {allowed}",
    "forms_not_yes_no": "'{value}' is not an answer here; allowed: {allowed}",
    "forms_not_number": "'{value}' is not a number; write it like 4.2 or 4,2",
    "forms_out_of_range": "{value} is outside the allowed range {allowed}",
    "forms_bad_na": (
        "'{value}' is not a mark of not applicable; choose Yes, or leave the cell empty"
    ),
    "forms_na_not_allowed": (
        "question {question} cannot be marked not applicable: it concerns every institution"
    ),
    "forms_na_needs_justification": (
        "not applicable needs a justification: write here why the question does not apply"
    ),
    "forms_na_and_answer": "both an answer and not applicable are given; keep one of them",
    "forms_justification_without_na": (
        "a justification is given, but the question is not marked not applicable; choose Yes under"
        " not applicable, or clear this cell"
    ),
    "forms_unknown_question": "'{id}' is not a question of bank '{bank}' version {version}",
    "forms_duplicate_question": "'{id}' appears twice (first in row {first})",
    "forms_missing_questions": (
        "questions missing from the form: {ids}; copy the answers into a fresh form (cse-assess"
        " template)"
    ),
    "forms_unknown_item": "'{item}' is not an item of question {question}; items: {allowed}",
    "forms_item_orphan": "item row of question {question}, which is not on the rows just above",
    "forms_missing_items": "question {question}: items missing from the form: {items}",
    "forms_checklist_answer": (
        "a checklist is answered on its item rows below, not here; clear this cell"
    ),
    "forms_item_extra": (
        "an item row takes only Yes or No in the answer column; not applicable, evidence and notes"
        " go on the question's row {row}"
    ),
    "forms_row_without_id": (
        "this row has an entry but no question id; answers belong on the rows of the questions"
    ),
    "forms_bad_date": "'{value}' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-02",
    "forms_bad_language": "'{value}' is not a language of the reports; allowed: lv, en",
    "forms_hidden_answered": (
        "question {question} is answered, but for these answers the bank skips it; the answer is"
        " kept in the file and not scored"
    ),
    "plan_no_columns": (
        "the action plan's header row lacks the columns {columns}; is this a plan written by "
        "'cse-assess score -o plan.xlsx'?"
    ),
    "plan_no_question": (
        "this row has entries but no question id; an action belongs to a gap of the plan"
    ),
    "plan_duplicate": "question '{id}' appears twice (first in row {first})",
    "plan_unknown_question": "'{id}' is not a question of the question bank",
    "plan_bad_status": "'{value}' is not a status of an action; allowed: {allowed}",
    "plan_bad_date": "'{value}' is not a date; write it as YYYY-MM-DD, e.g. 2027-03-31",
}

TERMS: dict[str, str] = {
    "os_not_found": "there is no such file or folder",
    "os_permission": "permission denied",
    "os_no_space": "there is no space left on the disk",
    "os_quota": "the disk quota is used up",
    "os_read_only": "the disk or folder is read-only",
    "os_not_folder": "a part of the path is not a folder",
    "os_name_too_long": "the name is too long",
    "os_link_loop": "the links point to each other in a loop",
    "os_io": "the disk reported a read or write error",
    "os_busy": "the file is in use by another program",
    "os_exists": "the file already exists",
    "text": "text",
    "number": "a number",
    "integer": "a whole number",
    "boolean": "true or false",
    "list": "a list",
    "mapping": "a mapping of keys to values",
    "null": "null",
    "date": "a date",
    "other": "a value of another type",
    "text_or_null": "text or null",
    "number_or_null": "a number or null",
    "list_of_text": "a list of texts",
    "folder": "it is a folder",
    "fifo": "it is a named pipe (FIFO), not a file",
    "device": "it is a device, not a file",
    "not_regular": "it is not a regular file",
    "below": "below",
    "above": "above",
    "id": "id",
    "question_id": "question id",
    "version": "version",
    "language_code": "language code",
    "rule.id": "lowercase letters, digits and single hyphens, starting with a letter",
    "rule.question_id": "the area id, a dot, then lowercase letters, digits and hyphens",
    "rule.version": "MAJOR.MINOR.PATCH, e.g. 1.0.0",
    "rule.language_code": "two lowercase letters, e.g. lv",
}
