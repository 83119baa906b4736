"""cse-assess: how ready is an institution to live its Customer Service Standard?

The public API. Load a question bank and an assessment, score it, and read the result::

    import cse_assess

    bank = cse_assess.load_questionnaire("readiness")
    assessment = cse_assess.load_assessment("assessment.json")
    result = cse_assess.score(bank, assessment)
    print(result.overall, result.verified, result.band.id if result.band else None)

Data in and out, for a service that embeds the engine::

    assessment = cse_assess.assessment_from_data(json.loads(body), bank)  # every problem at once
    data = cse_assess.result_data(cse_assess.score(bank, assessment), "lv")
    form = cse_assess.questionnaire_data(bank, "lv")

The engine (:func:`score`, the parsers, :func:`assessment_from_data`) is pure and imports no
terminal code; :func:`load_questionnaire`, :func:`load_assessment` and :func:`save_assessment`
are the thin layer that touches files. Every error derives from :class:`CseAssessError` and
carries :class:`Problem` objects (``exc.problems``, ``problem.to_dict()``). The whole API is
described in ``docs/api.md``; an example web service is in ``docs/embedding.md``.
"""

from cse_assess._version import __version__

TYPE_CHECKING = False  # not imported from typing, which alone costs ~10 ms at start-up
if TYPE_CHECKING:
    from cse_assess.content.assessment import (
        assessment_from_data,
        assessment_from_text,
        dump_assessment,
        parse_assessment,
        parse_targets,
    )
    from cse_assess.content.bank import parse_questionnaire, questionnaire_from_data
    from cse_assess.content.data import QuestionnaireData, condition_data, questionnaire_data
    from cse_assess.core.conditions import hidden
    from cse_assess.core.errors import (
        AssessmentError,
        ContentError,
        CseAssessError,
        CseAssessWarning,
        Loc,
        MessageError,
        NotFoundError,
        OutputError,
        Problem,
        ProblemData,
        QuestionnaireError,
    )
    from cse_assess.core.explain import TraceStep, explain
    from cse_assess.core.model import (
        AllOf,
        Answer,
        AnyOf,
        Area,
        Assessment,
        Band,
        Compare,
        Condition,
        ConsensusInfo,
        Context,
        Disagreement,
        FrozenMap,
        Language,
        Lineage,
        Not,
        Operator,
        Option,
        Question,
        Questionnaire,
        Refs,
        Scale,
        Text,
        localize,
    )
    from cse_assess.core.scoring import (
        AreaResult,
        Gap,
        QuestionResult,
        Reason,
        Result,
        Status,
        Withheld,
        band_for,
        score,
    )
    from cse_assess.core.validate import Validation, validate_assessment
    from cse_assess.i18n import message, register_messages
    from cse_assess.io._bundled import Bundled
    from cse_assess.io.rollup_files import rollup_paths
    from cse_assess.io.store import (
        Loaded,
        bundled_ids,
        bundled_path,
        bundled_questionnaires,
        bundled_text,
        bundled_versions,
        example_path,
        json_schema,
        load_assessment,
        load_questionnaire,
        load_targets,
        read_assessment,
        save_assessment,
    )
    from cse_assess.kinds import KindName
    from cse_assess.kinds.checklist import ChecklistItem, ChecklistQuestion
    from cse_assess.kinds.number import Direction, NumberQuestion
    from cse_assess.kinds.scale import ScaleQuestion
    from cse_assess.kinds.text import TextQuestion
    from cse_assess.kinds.yes_no import YesNoQuestion
    from cse_assess.many.compare import Comparison, compare
    from cse_assess.many.consensus import Consensus, ConsensusReport, consensus
    from cse_assess.many.rollup import Rollup, Skipped, UnitScores, roll_up, summarize
    from cse_assess.render.report.data import ResultData, result_data

# The names below are imported on first use, so that ``cse-assess --help`` and tools that only
# need one module do not pay for the whole engine (attrs and PyYAML) at start-up. Type checkers
# see the imports above instead of ``__getattr__``, so a misspelt name is an error to them.
_LAZY = {
    "AllOf": "cse_assess.core.model",
    "Answer": "cse_assess.core.model",
    "AnyOf": "cse_assess.core.model",
    "Area": "cse_assess.core.model",
    "AreaResult": "cse_assess.core.scoring",
    "Assessment": "cse_assess.core.model",
    "AssessmentError": "cse_assess.core.errors",
    "Band": "cse_assess.core.model",
    "Bundled": "cse_assess.io._bundled",
    "ChecklistItem": "cse_assess.kinds.checklist",
    "ChecklistQuestion": "cse_assess.kinds.checklist",
    "Compare": "cse_assess.core.model",
    "Comparison": "cse_assess.many.compare",
    "Condition": "cse_assess.core.model",
    "Consensus": "cse_assess.many.consensus",
    "ConsensusInfo": "cse_assess.core.model",
    "ConsensusReport": "cse_assess.many.consensus",
    "ContentError": "cse_assess.core.errors",
    "Context": "cse_assess.core.model",
    "CseAssessError": "cse_assess.core.errors",
    "CseAssessWarning": "cse_assess.core.errors",
    "Direction": "cse_assess.kinds.number",
    "Disagreement": "cse_assess.core.model",
    "FrozenMap": "cse_assess.core.model",
    "Gap": "cse_assess.core.scoring",
    "KindName": "cse_assess.kinds",
    "Language": "cse_assess.core.model",
    "Lineage": "cse_assess.core.model",
    "Loaded": "cse_assess.io.store",
    "Loc": "cse_assess.core.errors",
    "MessageError": "cse_assess.core.errors",
    "Not": "cse_assess.core.model",
    "NotFoundError": "cse_assess.core.errors",
    "NumberQuestion": "cse_assess.kinds.number",
    "Operator": "cse_assess.core.model",
    "Option": "cse_assess.core.model",
    "OutputError": "cse_assess.core.errors",
    "Problem": "cse_assess.core.errors",
    "ProblemData": "cse_assess.core.errors",
    "Question": "cse_assess.core.model",
    "QuestionResult": "cse_assess.core.scoring",
    "Questionnaire": "cse_assess.core.model",
    "QuestionnaireData": "cse_assess.content.data",
    "QuestionnaireError": "cse_assess.core.errors",
    "Reason": "cse_assess.core.scoring",
    "Refs": "cse_assess.core.model",
    "Result": "cse_assess.core.scoring",
    "ResultData": "cse_assess.render.report.data",
    "Rollup": "cse_assess.many.rollup",
    "Scale": "cse_assess.core.model",
    "ScaleQuestion": "cse_assess.kinds.scale",
    "Skipped": "cse_assess.many.rollup",
    "Status": "cse_assess.core.scoring",
    "Text": "cse_assess.core.model",
    "TextQuestion": "cse_assess.kinds.text",
    "TraceStep": "cse_assess.core.explain",
    "UnitScores": "cse_assess.many.rollup",
    "Validation": "cse_assess.core.validate",
    "Withheld": "cse_assess.core.scoring",
    "YesNoQuestion": "cse_assess.kinds.yes_no",
    "assessment_from_data": "cse_assess.content.assessment",
    "assessment_from_text": "cse_assess.content.assessment",
    "band_for": "cse_assess.core.scoring",
    "bundled_ids": "cse_assess.io.store",
    "bundled_path": "cse_assess.io.store",
    "bundled_questionnaires": "cse_assess.io.store",
    "bundled_text": "cse_assess.io.store",
    "bundled_versions": "cse_assess.io.store",
    "compare": "cse_assess.many.compare",
    "condition_data": "cse_assess.content.data",
    "consensus": "cse_assess.many.consensus",
    "dump_assessment": "cse_assess.content.assessment",
    "example_path": "cse_assess.io.store",
    "explain": "cse_assess.core.explain",
    "hidden": "cse_assess.core.conditions",
    "load_assessment": "cse_assess.io.store",
    "load_questionnaire": "cse_assess.io.store",
    "load_targets": "cse_assess.io.store",
    "json_schema": "cse_assess.io.store",
    "localize": "cse_assess.core.model",
    "message": "cse_assess.i18n",
    "parse_assessment": "cse_assess.content.assessment",
    "parse_questionnaire": "cse_assess.content.bank",
    "parse_targets": "cse_assess.content.assessment",
    "questionnaire_data": "cse_assess.content.data",
    "questionnaire_from_data": "cse_assess.content.bank",
    "read_assessment": "cse_assess.io.store",
    "register_messages": "cse_assess.i18n",
    "result_data": "cse_assess.render.report.data",
    "roll_up": "cse_assess.many.rollup",
    "rollup_paths": "cse_assess.io.rollup_files",
    "save_assessment": "cse_assess.io.store",
    "score": "cse_assess.core.scoring",
    "summarize": "cse_assess.many.rollup",
    "validate_assessment": "cse_assess.core.validate",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module 'cse_assess' has no attribute {name!r}")
        import importlib

        value = getattr(importlib.import_module(module), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "AllOf",
    "Answer",
    "AnyOf",
    "Area",
    "AreaResult",
    "Assessment",
    "AssessmentError",
    "Band",
    "Bundled",
    "ChecklistItem",
    "ChecklistQuestion",
    "Compare",
    "Comparison",
    "Condition",
    "Consensus",
    "ConsensusInfo",
    "ConsensusReport",
    "ContentError",
    "Context",
    "CseAssessError",
    "CseAssessWarning",
    "Direction",
    "Disagreement",
    "FrozenMap",
    "Gap",
    "KindName",
    "Language",
    "Lineage",
    "Loaded",
    "Loc",
    "MessageError",
    "Not",
    "NotFoundError",
    "NumberQuestion",
    "Operator",
    "Option",
    "OutputError",
    "Problem",
    "ProblemData",
    "Question",
    "QuestionResult",
    "Questionnaire",
    "QuestionnaireData",
    "QuestionnaireError",
    "Reason",
    "Refs",
    "Result",
    "ResultData",
    "Rollup",
    "Scale",
    "ScaleQuestion",
    "Skipped",
    "Status",
    "Text",
    "TextQuestion",
    "TraceStep",
    "UnitScores",
    "Validation",
    "Withheld",
    "YesNoQuestion",
    "__version__",
    "assessment_from_data",
    "assessment_from_text",
    "band_for",
    "bundled_ids",
    "bundled_path",
    "bundled_questionnaires",
    "bundled_text",
    "bundled_versions",
    "compare",
    "condition_data",
    "consensus",
    "dump_assessment",
    "example_path",
    "explain",
    "hidden",
    "json_schema",
    "load_assessment",
    "load_questionnaire",
    "load_targets",
    "localize",
    "message",
    "parse_assessment",
    "parse_questionnaire",
    "parse_targets",
    "questionnaire_data",
    "questionnaire_from_data",
    "read_assessment",
    "register_messages",
    "result_data",
    "roll_up",
    "rollup_paths",
    "save_assessment",
    "score",
    "summarize",
    "validate_assessment",
]
